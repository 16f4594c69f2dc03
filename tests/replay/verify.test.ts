// Bad replays: each gets a clear error naming what is wrong and the first turn it stops, and nothing
// throws, whatever the input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Outcome,
  type ReplayErrorCode,
  serializeReplay,
  type Verified,
  verifyReplay,
  verifyReplayText,
} from '../../src/replay/index.ts';
import { RULES_VERSION } from '../../src/sim/index.ts';
import { SHIPPED_IDS } from '../support/scenarios.ts';
import { editTurn, find, recorded, recordedText, scenarios, slowTug } from './support.ts';

const refused = (r: Outcome<Verified>, code: ReplayErrorCode, turn: number | null) => {
  if (r.ok) throw new Error('the replay verified');
  expect(r.error.code, r.error.message).toBe(code);
  expect(r.error.turn, r.error.message).toBe(turn);
  if (turn !== null) expect(r.error.message).toContain(`urn ${turn}`);
  return r.error;
};

describe.each(SHIPPED_IDS)('a good replay of %s', (id) => {
  it('verifies, every turn', () => {
    const replay = recorded(scenarios.get(id)!);
    const r = verifyReplayText(serializeReplay(replay), find);
    expect(r.ok && r.value.turns).toBe(replay.turns.length);
    expect(r.ok && r.value.finished).toBe(true);
  });
});

describe('bad replays', () => {
  const text = recordedText();

  it('a JSON error inside a turn names the turn', () => {
    const edited = editTurn(text, 14, (l) => l.replace('"orders":', '"orders"'));
    const e = refused(verifyReplayText(edited, find), 'ERR_NOT_JSON', 14);
    expect(e.message).toMatch(/^Turn 14 cannot be replayed: The replay file is not valid JSON/);
  });

  it('bad JSON: says where', () => {
    const e = refused(verifyReplayText(text.replace('"seed"', 'seed'), find), 'ERR_NOT_JSON', null);
    expect(e.message).toMatch(/not valid JSON \(line 6, column 3\)/);
    refused(verifyReplayText('', find), 'ERR_NOT_JSON', null);
    refused(verifyReplayText('{"format":"slow-tug-of-war/replay"} trailing', find), 'ERR_NOT_JSON', null);
  });

  it('JSON that is not a replay, or is a scenario', () => {
    refused(verifyReplayText('[1, 2]', find), 'ERR_NOT_REPLAY', null);
    refused(verifyReplayText('"replay"', find), 'ERR_NOT_REPLAY', null);
    const e = refused(verifyReplayText(JSON.stringify(slowTug()), find), 'ERR_NOT_REPLAY', null);
    expect(e.message).toMatch(/scenario file/);
  });

  it('too large, or nested too deep', () => {
    refused(verifyReplayText(' '.repeat(2_000_001), find), 'ERR_TOO_LARGE', null);
    refused(verifyReplayText('['.repeat(100) + ']'.repeat(100), find), 'ERR_NOT_JSON', null);
  });

  it('a wrong format version: turn 1, and says which version', () => {
    const e = refused(
      verifyReplayText(text.replace('"version": 1', '"version": 2'), find),
      'ERR_FORMAT_VERSION',
      1,
    );
    expect(e.message).toMatch(/format version 2.*reads version 1.*newer/);
    refused(verifyReplayText(text.replace('"version": 1', '"version": "1"'), find), 'ERR_FORMAT_VERSION', 1);
  });

  it('other rules: the version is named, and the first turn that diverges', () => {
    const e = refused(
      verifyReplayText(text.replace(`"rules": ${RULES_VERSION}`, `"rules": ${RULES_VERSION + 1}`), find),
      'ERR_RULES_VERSION',
      1,
    );
    expect(e.message).toMatch(
      new RegExp(`rules version ${RULES_VERSION + 1}.*runs rules version ${RULES_VERSION}`),
    );
  });

  it('other scenario content: the diverging turn is named', () => {
    const replay = recorded(slowTug());
    const changed = { ...slowTug(), eventChance: 0.95 };
    const r = verifyReplay(replay, changed);
    if (r.ok) throw new Error('verified');
    expect(r.error.code).toBe('ERR_SCENARIO_CONTENT');
    expect(r.error.turn).toBeGreaterThan(1);
    expect(r.error.message).toMatch(new RegExp(`^Turn ${r.error.turn} diverges: .*other content`));
    const richer = { ...slowTug(), holder: { ...slowTug().holder, money: slowTug().holder.money + 10 } };
    const e = refused(verifyReplay(replay, richer), 'ERR_SCENARIO_CONTENT', 1);
    expect(e.message).toMatch(/starting state already differs/);
  });

  it('other scenario content that changes no turn is still refused', () => {
    const retitled = { ...slowTug(), title: { ...slowTug().title, en: 'Another title' } };
    const e = refused(verifyReplay(recorded(slowTug()), retitled), 'ERR_SCENARIO_CONTENT', 1);
    expect(e.message).toMatch(/Every recorded turn reproduces/);
  });

  it('checked against another scenario', () => {
    const other = { ...slowTug(), id: 'other-tug' };
    const e = refused(verifyReplay(recorded(slowTug()), other), 'ERR_SCENARIO_CONTENT', 1);
    expect(e.message).toMatch(
      /^Turn 1 diverges: the replay is of scenario "slow-tug", and it is checked against scenario "other-tug"/,
    );
  });

  it('a scenario this game does not have', () => {
    const e = refused(
      verifyReplayText(text.replace('"id":"slow-tug"', '"id":"no-such-scenario"'), find),
      'ERR_UNKNOWN_SCENARIO',
      1,
    );
    expect(e.message).toContain('"no-such-scenario"');
  });

  it('an edited seed: turn 1', () => {
    const e = refused(
      verifyReplayText(text.replace('"seed": "test"', '"seed": "tesT"'), find),
      'ERR_SEED',
      1,
    );
    expect(e.message).toMatch(/seed "tesT".*edited/);
  });

  it('a seed of the wrong type: turn 1, with the path', () => {
    const e = refused(verifyReplayText(text.replace('"seed": "test"', '"seed": 7'), find), 'ERR_SHAPE', 1);
    expect(e.message).toMatch(/seed: Should be a string, not the number 7/);
  });

  it('an edited action that is still legal: the turn is named', () => {
    const edited = editTurn(text, 12, (l) =>
      l.replace(/"level":(\d)/, (_, d) => `"level":${(Number(d) + 1) % 4}`),
    );
    const e = refused(verifyReplayText(edited, find), 'ERR_EDITED_ORDERS', 12);
    expect(e.reproduced).toBe(11);
    expect(e.message).toMatch(/Turns 1–11 reproduce/);
  });

  it('an added action: the turn is named', () => {
    const edited = editTurn(text, 9, (l) => {
      const entry = JSON.parse(l.trim().replace(/,$/, ''));
      entry.orders.challenger.push({ type: 'setMarketAccess', level: 1 });
      return `    ${JSON.stringify(entry)},`;
    });
    const r = verifyReplayText(edited, find);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.turn).toBe(9);
  });

  it('an illegal action: the side, the action and the reason', () => {
    const edited = editTurn(text, 5, (l) =>
      l.replace('"holder":[', '"holder":[{"type":"setAllies","level":9},'),
    );
    const e = refused(verifyReplayText(edited, find), 'ERR_ILLEGAL_ORDERS', 5);
    expect(e.message).toMatch(
      /holder's action 1 \(setAllies: level 9\) is illegal: A level is a whole number/,
    );
  });

  it('an action of the wrong side, or one that does not exist', () => {
    const wrongSide = editTurn(text, 3, (l) =>
      l.replace('"holder":[', '"holder":[{"type":"buildLine","tech":"bearings","lines":1},'),
    );
    expect(refused(verifyReplayText(wrongSide, find), 'ERR_ILLEGAL_ORDERS', 3).message).toMatch(
      /cannot buildLine/,
    );
    const unknown = editTurn(text, 3, (l) => l.replace('"holder":[', '"holder":[{"type":"launchRocket"},'));
    const e = refused(verifyReplayText(unknown, find), 'ERR_SHAPE', 3);
    expect(e.message).toMatch(
      /turns\[2\]\.orders\.holder\[0\]\.type: There is no action called "launchRocket"/,
    );
  });

  it('an edited state hash alone', () => {
    const edited = editTurn(text, 20, (l) => l.replace(/"hash":"[0-9a-f]{16}"/, '"hash":"0123456789abcdef"'));
    refused(verifyReplayText(edited, find), 'ERR_EDITED_HASH', 20);
  });

  it('a turn missing in the middle, and turns out of order', () => {
    const replay = recorded(slowTug(), 'test');
    const gap = { ...replay, turns: replay.turns.filter((t) => t.turn !== 7) };
    refused(verifyReplayText(serializeReplay(gap), find), 'ERR_TURN_NUMBER', 7);
    const swapped = { ...replay, turns: [...replay.turns] };
    [swapped.turns[3], swapped.turns[4]] = [swapped.turns[4]!, swapped.turns[3]!];
    refused(verifyReplayText(serializeReplay(swapped), find), 'ERR_TURN_NUMBER', 4);
  });

  it('turns after the game ended', () => {
    const replay = recorded(slowTug(), 'test');
    const last = replay.turns.at(-1)!;
    const longer = {
      ...replay,
      length: replay.length + 1,
      turns: [...replay.turns, { ...last, turn: last.turn + 1 }],
    };
    const e = refused(verifyReplayText(serializeReplay(longer), find), 'ERR_ILLEGAL_ORDERS', last.turn + 1);
    expect(e.message).toMatch(/the game ended on turn 40, and the file goes on after it/);
  });

  it('a file whose turns were removed from the end', () => {
    const replay = recorded(slowTug(), 'test');
    const short = { ...replay, turns: replay.turns.slice(0, 25) };
    const e = refused(verifyReplayText(serializeReplay(short), find), 'ERR_TRUNCATED', 26);
    expect(e.message).toMatch(/declares 40 turns and holds 25/);
  });

  it('a truncated file: the turn where it stops', () => {
    const lines = text.split('\n');
    const upTo = (turn: number) => lines.findIndex((l) => l.includes(`{"turn":${turn},`));
    // Cut in the middle of turn 18's line.
    const cut = lines.slice(0, upTo(18)).join('\n') + '\n' + lines[upTo(18)]!.slice(0, 60);
    const e = refused(verifyReplayText(cut, find), 'ERR_TRUNCATED', 18);
    expect(e.message).toMatch(/cut off after turn 17 of 40.*Turns 1–17 reproduce/);
    expect(e.reproduced).toBe(17);
    refused(verifyReplayText(text.slice(0, 40), find), 'ERR_TRUNCATED', 1);
    refused(verifyReplayText(text.trimEnd().slice(0, -1), find), 'ERR_TRUNCATED', 40);
  });

  it('a truncated file reformatted by another tool is still read up to its last whole turn', () => {
    const pretty = JSON.stringify(JSON.parse(text), null, 2);
    const cut = pretty.slice(0, Math.floor(pretty.length * 0.6));
    const r = verifyReplayText(cut, find);
    expect(!r.ok && r.error.code).toBe('ERR_TRUNCATED');
    expect(!r.ok && r.error.turn).toBeGreaterThan(1);
  });

  it('any cut is refused as truncated, naming the turn after the last whole one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: text.trimEnd().length - 1 }), (at) => {
        const r = verifyReplayText(text.slice(0, at), find);
        if (r.ok) return false;
        const whole = (text.slice(0, at).match(/\{"turn":\d+,.*"hash":"[0-9a-f]{16}"\}/g) ?? []).length;
        return r.error.code === 'ERR_TRUNCATED' && r.error.turn === Math.min(whole + 1, 40);
      }),
      { numRuns: 60 },
    );
  });

  it('no edit of a byte makes verification throw, and any edit outside meta and spacing is refused', () => {
    const meta = text.indexOf('"meta"');
    const metaEnd = text.indexOf('\n', meta);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: text.length - 1 }),
        fc.integer({ min: 32, max: 126 }),
        (at, code) => {
          const c = String.fromCharCode(code);
          if (text[at] === c) return true;
          const edited = text.slice(0, at) + c + text.slice(at + 1);
          const r = verifyReplayText(edited, find);
          const harmless = (at > meta && at < metaEnd) || /\s/.test(text[at]!);
          return harmless || (!r.ok && typeof r.error.message === 'string' && r.error.message.length > 0);
        },
      ),
      { numRuns: 150 },
    );
  });
});
