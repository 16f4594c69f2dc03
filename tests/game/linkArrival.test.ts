// A game link arriving in a browser: a browser new to the game answers; the sealer's kept secret reveals
// the turn when the answer arrives; without it nothing happens; an old link is just old; a rewritten one
// is refused; and the last reveal leaves one link to send. The stored copy reads back, checked.
import { describe, expect, it } from 'vitest';
import { type Arrival, arrive } from '../../src/game/linkArrival.ts';
import { type LinkRecord, readRecordText, recordText } from '../../src/game/linkRecord.ts';
import {
  answer,
  compactGame,
  encodeGameLink,
  hexOf,
  type LinkGame,
  type OpenGame,
  seal,
  startLinkGame,
} from '../../src/replay/index.ts';
import { find, slowTug } from '../replay/support.ts';

const BASE = 'https://example.org/tug/';
let n = 0;
const random = () => hexOf(Uint8Array.from({ length: 16 }, (_, i) => (n++ * 37 + i * 11) & 255));
const ok = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const text = (game: LinkGame) => compactGame(game);
function accepted(a: Arrival) {
  if (a.kind !== 'accepted') throw new Error(`not accepted: ${a.kind}`);
  return a;
}

/** The challenger's browser starts and seals turn 1 with a research order. */
function started() {
  const scenario = slowTug();
  const start = ok(startLinkGame(scenario, { seed: 'arrive', game: random(), sealer: 'challenger' }));
  const sealed = ok(seal(scenario, start, [{ type: 'setResearch', tech: 'bearings', level: 2 }], random()));
  const sealer: LinkRecord = { game: sealed.game, me: 'challenger', secret: sealed.secret, link: 'sent' };
  return { scenario, sealed, sealer };
}

describe('a game link arriving', () => {
  it('makes a browser new to the game the answerer, and reveals at the sealer’s', () => {
    const { scenario, sealer } = started();
    const atAnswerer = accepted(arrive(text(sealer.game), find, null, BASE));
    expect(atAnswerer.record.me).toBe('holder');
    expect(atAnswerer.record.secret).toBeNull();
    expect(atAnswerer.open.phase).toEqual({ phase: 'answer', side: 'holder', turn: 1 });
    const answered = ok(answer(scenario, atAnswerer.open, [{ type: 'setAllies', level: 1 }]));
    const back = accepted(arrive(text(answered.game), find, sealer, BASE));
    expect(back.report?.turn).toBe(1);
    expect(back.knownTurns).toBe(0);
    expect(back.open.phase).toEqual({ phase: 'seal', side: 'challenger', turn: 2 });
    expect(back.record.secret).toBeNull(); // spent
    expect(back.record.link).toBeNull(); // the next link is made when turn 2 is sealed
    expect(back.open.game.replay.turns[0]!.orders.challenger).toEqual([
      { type: 'setResearch', tech: 'bearings', level: 2 },
    ]);
  });

  it('cannot reveal without the secret, and refuses a rewritten link, keeping the game', () => {
    const { scenario, sealer } = started();
    const atAnswerer = accepted(arrive(text(sealer.game), find, null, BASE));
    const answered = ok(answer(scenario, atAnswerer.open, []));
    const lost = arrive(text(answered.game), find, { ...sealer, secret: null }, BASE);
    expect(lost).toMatchObject({ kind: 'noSecret', turn: 1 });
    const forged = { ...answered.game, sealed: { turn: 1, seal: 'f'.repeat(64) } };
    const refused = arrive(text(forged), find, sealer, BASE);
    expect(refused.kind).toBe('refused');
    expect(refused.kind === 'refused' && refused.error.code).toBe('ERR_HISTORY_CHANGED');
    expect(refused.kind === 'refused' && refused.known).toBe(sealer);
  });

  it('takes a link this browser has moved past as old, not forged', () => {
    const { scenario, sealer } = started();
    const atAnswerer = accepted(arrive(text(sealer.game), find, null, BASE));
    const answered = ok(answer(scenario, atAnswerer.open, []));
    const known: LinkRecord = { ...atAnswerer.record, game: answered.game };
    const again = arrive(text(sealer.game), find, known, BASE);
    expect(again).toEqual({ kind: 'older', record: known });
  });

  it('leaves the last reveal as the link to send, so the answerer sees the end', () => {
    const scenario = slowTug();
    let open: OpenGame = ok(
      startLinkGame(scenario, { seed: 'to the end', game: random(), sealer: 'holder' }),
    );
    let sealer: LinkRecord = { game: open.game, me: 'holder', secret: null, link: null };
    let last: ReturnType<typeof accepted> | null = null;
    while (open.phase.phase !== 'over') {
      const sealed = ok(seal(scenario, open, [], random()));
      sealer = { ...sealer, game: sealed.game, secret: sealed.secret };
      const answered = ok(answer(scenario, accepted(arrive(text(sealed.game), find, null, BASE)).open, []));
      last = accepted(arrive(text(answered.game), find, sealer, BASE));
      sealer = last.record;
      open = last.open;
    }
    expect(last?.record.link).toBe(ok(encodeGameLink(open.game, BASE)));
    const atAnswerer = accepted(arrive(text(open.game), find, null, BASE));
    expect(atAnswerer.open.phase.phase).toBe('over');
  });

  it('stores a record that reads back checked, and not a damaged one', () => {
    const { sealer } = started();
    const back = readRecordText(recordText(sealer), find);
    expect(back).toEqual(sealer);
    const damaged = recordText(sealer).replace('"me":"challenger"', '"me":"referee"');
    expect(readRecordText(damaged, find)).toBeNull();
    expect(readRecordText('{not json', find)).toBeNull();
    expect(readRecordText(null, find)).toBeNull();
  });
});
