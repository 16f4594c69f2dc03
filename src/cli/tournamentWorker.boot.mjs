// Worker threads do not inherit tsx's loader from `npm run tug`, so the worker registers it first.
import { register } from 'tsx/esm/api';

register();
await import('./tournamentWorker.ts');
