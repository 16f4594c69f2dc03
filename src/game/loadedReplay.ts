// A replay ready for the viewer: verified turn by turn, with every state and report from the start to its
// last turn. It comes from a file, a link, a game just played, or a replay already in memory; whatever is
// wrong with it is a refusal that names the first turn that does not reproduce.

import {
  type Outcome,
  type ReadReplay,
  type Replay,
  readReplay,
  readReplayLink,
  replayTimeline,
  type ScenarioLookup,
  verifyRead,
} from '../replay/index.ts';
import { refuse } from '../replay/problems.ts';
import { decodeBytes } from '../scenario/decode.ts';
import { MAX_BYTES } from '../scenario/parse.ts';
import type { Scenario } from '../scenario/schema.ts';
import { type GameState, newGame, type TurnReport } from '../sim/index.ts';
import type { Session } from './session.ts';

/** The scenarios this game has: the shipped ones, then the player's own files. */
export interface ScenarioShelf {
  scenarios(): Scenario[];
  readonly custom: readonly Scenario[];
}

export interface LoadedReplay {
  scenario: Scenario;
  replay: Replay;
  states: GameState[]; // states[0] is the start; states[t] the state after turn t
  reports: TurnReport[]; // reports[t - 1] explains turn t
  custom: boolean; // the scenario came from the player's own file
}

/** The scenarios a replay may be of: the shipped ones and the files the player loaded. */
export const scenarioLookup =
  (app: ScenarioShelf): ScenarioLookup =>
  (id) =>
    app.scenarios().find((s) => s.id === id) ?? null;

function verified(app: ScenarioShelf, read: Outcome<ReadReplay>, what: string): Outcome<LoadedReplay> {
  if (!read.ok) return read;
  const find = scenarioLookup(app);
  const states: GameState[] = [];
  const reports: TurnReport[] = [];
  const checked = verifyRead(
    read.value,
    find,
    {
      onTurn: (state, report) => {
        states.push(state);
        reports.push(report);
      },
    },
    what,
  );
  if (!checked.ok) return checked;
  const { replay } = checked.value;
  const scenario = find(replay.scenario.id)!; // verifyRead found it
  states.unshift(newGame(scenario, replay.seed));
  return { ok: true, value: { scenario, replay, states, reports, custom: app.custom.includes(scenario) } };
}

/** A replay file's text. */
export const replayFromText = (app: ScenarioShelf, text: string): Outcome<LoadedReplay> =>
  verified(app, readReplay(text, 'replay file'), 'file');

/** A file the player picked or dropped; one too large to be a replay is refused before it is read. */
export async function replayFromFile(app: ScenarioShelf, file: File): Promise<Outcome<LoadedReplay>> {
  if (file.size > MAX_BYTES) {
    return refuse(
      'ERR_TOO_LARGE',
      `The file is ${(file.size / 1e6).toFixed(1)} MB; no replay is larger than ${MAX_BYTES / 1e6} MB.`,
      null,
    );
  }
  const decoded = decodeBytes(new Uint8Array(await file.arrayBuffer()), 'file');
  if (!decoded.ok) return refuse('ERR_NOT_JSON', decoded.message, null);
  return replayFromText(app, decoded.text);
}

/** A link (or its fragment) that carries a replay. */
export const replayFromLink = (app: ScenarioShelf, link: string): Outcome<LoadedReplay> =>
  verified(app, readReplayLink(link), 'link');

/** A replay already in memory, of a scenario this game has. */
export function replayOf(app: ScenarioShelf, replay: Replay): Outcome<LoadedReplay> {
  const scenario = scenarioLookup(app)(replay.scenario.id);
  if (!scenario) {
    return refuse(
      'ERR_UNKNOWN_SCENARIO',
      `The replay is of scenario "${replay.scenario.id}", which this game does not have.`,
      1,
    );
  }
  const timeline = replayTimeline(scenario, replay);
  if (!timeline.ok) return timeline;
  return {
    ok: true,
    value: { scenario, replay, ...timeline.value, custom: app.custom.includes(scenario) },
  };
}

/** The game just played: its states are already known, so nothing is replayed again. */
export function replayOfSession(session: Session): LoadedReplay {
  return {
    scenario: session.scenario,
    replay: session.toReplay(),
    states: [...session.states],
    reports: [...session.reports],
    custom: session.custom,
  };
}
