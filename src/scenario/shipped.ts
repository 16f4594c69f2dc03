// The scenarios that ship with the game, validated when the game is built (shippedModule.ts), in the
// order a new player meets them.
import scenarios from 'virtual:shipped-scenarios';
import type { Scenario } from './schema.ts';

export function shippedScenarios(): Scenario[] {
  return structuredClone(scenarios);
}
