// The module Vite builds from the shipped scenario files (src/scenario/shippedModule.ts).
declare module 'virtual:shipped-scenarios' {
  const scenarios: import('./schema.ts').Scenario[];
  export default scenarios;
}
