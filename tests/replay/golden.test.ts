// The golden replays verify under today's rules, and their traces match state for state. A rule change
// that alters them fails here with the turn and the fields that changed; `npm run golden` updates them.
import { describe, expect, it } from 'vitest';
import { readReplay, scenarioHash, verifyReplayText } from '../../src/replay/index.ts';
import { type GameState, newGame } from '../../src/sim/index.ts';
import { GOLDEN_MATCHES, goldenDrift, goldenFiles, makeGolden, readGolden } from '../golden/golden.ts';
import { SHIPPED_IDS, shipped } from '../support/scenarios.ts';

const ON_PURPOSE =
  'If that is on purpose, raise RULES_VERSION in src/sim/version.ts (for a rule change) and run `npm run golden`.';

describe.each(SHIPPED_IDS)('golden replays of %s', (id) => {
  const scenario = shipped(id);

  it.each(GOLDEN_MATCHES.map((m) => [m.name, m] as const))('%s reproduces turn by turn', (_name, match) => {
    const golden = readGolden(id, match);
    if (!golden)
      return expect.fail(`There is no golden ${match.name} replay for ${id}: run \`npm run golden\`.`);
    const read = readReplay(golden.replay);
    if (!read.ok) return expect.fail(read.error.message);
    const replay = read.value.replay;
    if (replay.scenario.hash !== scenarioHash(scenario)) {
      return expect.fail(
        `scenarios/${id}.json has changed since its golden replays were made (content hash ${replay.scenario.hash}, now ${scenarioHash(scenario)}). If on purpose, run \`npm run golden\`.`,
      );
    }
    const drift = goldenDrift(scenario, replay, golden.states);
    if (drift) return expect.fail(`tests/golden/${id}.${match.name}: ${drift} ${ON_PURPOSE}`);
    const verified = verifyReplayText(golden.replay, (x) => (x === id ? scenario : null));
    if (!verified.ok)
      return expect.fail(`tests/golden/${id}.${match.name}: ${verified.error.message} ${ON_PURPOSE}`);
    expect(verified.value.turns).toBe(golden.states.length - 1);
  });
});

describe('the golden folder', () => {
  it('holds the replays of every scenario and of no other', () => {
    const expected = SHIPPED_IDS.flatMap((id) =>
      GOLDEN_MATCHES.flatMap((m) => [`${id}.${m.name}.replay.json`, `${id}.${m.name}.states.jsonl`]),
    ).sort();
    expect(goldenFiles().sort(), 'run `npm run golden`').toEqual(expected);
  });
});

describe('goldenDrift', () => {
  const id = SHIPPED_IDS[0]!;
  const scenario = shipped(id);
  // Made afresh, so these tests check goldenDrift itself whatever the committed files hold.
  const made = makeGolden(scenario, GOLDEN_MATCHES[0]);
  const golden = {
    replay: made.replay,
    states: made.states
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as GameState),
  };
  const read = readReplay(golden.replay);
  if (!read.ok) throw new Error(read.error.message);
  const replay = read.value.replay;

  it('names the turn and the field that changed', () => {
    const trace = structuredClone(golden.states);
    trace[12]!.techs[1]!.challenger.capability += 0.5;
    const drift = goldenDrift(scenario, replay, trace)!;
    expect(drift).toMatch(/^turn 12 changed: techs\[1\]\.challenger\.capability was [\d.]+, now [\d.]+\.$/);
  });

  it('names the start when the starting state changed', () => {
    const trace = structuredClone(golden.states);
    trace[0]!.holder.money += 1;
    expect(goldenDrift(scenario, replay, trace)).toMatch(/^the start changed: holder\.money was/);
  });

  it('lists several fields and counts the rest', () => {
    const trace = structuredClone(golden.states);
    trace[0] = newGame(scenario, 'another seed'); // many fields differ: the seed and every stream
    expect(goldenDrift(scenario, replay, trace)).toMatch(/^the start changed: .*; and \d+ more fields\.$/);
  });

  it('finds nothing when nothing changed', () => {
    expect(goldenDrift(scenario, replay, golden.states)).toBeNull();
  });
});
