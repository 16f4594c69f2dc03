// A bare page for the worker tests: it hands the workers' clients and the shipped scenarios to the test.
import { shippedScenarios } from '../../../src/scenario/shipped.ts';
import { newGame } from '../../../src/sim/index.ts';
import { aiClient, rangeClient } from '../../../src/workers/clients.ts';

declare global {
  interface Window {
    workersUnderTest: {
      aiClient: typeof aiClient;
      rangeClient: typeof rangeClient;
      shippedScenarios: typeof shippedScenarios;
      newGame: typeof newGame;
    };
  }
}

window.workersUnderTest = { aiClient, rangeClient, shippedScenarios, newGame };
