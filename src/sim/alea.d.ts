// seedrandom ships Alea as its own CommonJS module; importing it alone keeps Node's crypto out of the browser build.
declare module 'seedrandom/lib/alea.js' {
  interface AleaState {
    c: number;
    s0: number;
    s1: number;
    s2: number;
  }
  interface Alea {
    (): number;
    state(): AleaState;
  }
  function alea(seed: string, options?: { state?: boolean | AleaState }): Alea;
  export default alea;
}
