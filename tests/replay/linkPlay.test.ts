// Play by link: two browsers, each keeping its own copy, play a whole game by sending links; the sealer's
// orders stay hidden until the answerer has moved, and no one can change what was sealed or played.
import { describe, expect, it } from 'vitest';
import { playMatch } from '../../src/match/match.ts';
import { random } from '../../src/players/random.ts';
import {
  answer,
  decodeLink,
  encodeGameLink,
  hexOf,
  type LinkGame,
  type OpenGame,
  openLink,
  openLinkGame,
  reveal,
  type SealSecret,
  seal,
  sealOf,
  startLinkGame,
  verifyReplay,
} from '../../src/replay/index.ts';
import type { Action, Side } from '../../src/sim/index.ts';
import { find, slowTug } from './support.ts';

const BASE = 'https://example.org/slow-tug/';
let counter = 0;
/** Stands in for crypto.getRandomValues: 16 distinct bytes each time. */
const randomHex = () => hexOf(Uint8Array.from({ length: 16 }, (_, i) => (counter++ * 31 + i * 7) & 255));

const ok = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const link = (game: LinkGame) => ok(encodeGameLink(game, BASE));
const opened = (l: string, known: LinkGame | null): OpenGame => {
  const o = ok(openLink(l, find, known));
  if (o.kind !== 'play') throw new Error('not a play link');
  return o.open;
};
const decide = (open: OpenGame, side: Side): Action[] =>
  random.decide({ scenario: slowTug(), state: open.state, side });

/** A whole game between two browsers; `inspect` sees every link as it travels. */
function playByLink(
  sealer: Side,
  inspect: (l: string, to: 'sealer' | 'answerer', open: OpenGame) => void = () => {},
) {
  const scenario = slowTug();
  const answerer: Side = sealer === 'holder' ? 'challenger' : 'holder';
  // The sealer's browser.
  let sealerKnown = ok(startLinkGame(scenario, { seed: 'by link', game: randomHex(), sealer })).game;
  let secret: SealSecret;
  let answererKnown: LinkGame | null = null;
  let start = ok(startLinkGame(scenario, { seed: 'by link', game: sealerKnown.game, sealer }));
  for (;;) {
    const sealed = ok(seal(scenario, start, decide(start, sealer), randomHex()));
    secret = sealed.secret;
    sealerKnown = sealed.game;
    let travelling = link(sealed.game);
    // The answerer's browser.
    const atAnswerer = opened(travelling, answererKnown);
    inspect(travelling, 'answerer', atAnswerer);
    expect(atAnswerer.phase).toEqual({ phase: 'answer', side: answerer, turn: atAnswerer.state.turn });
    const answered = ok(answer(scenario, atAnswerer, decide(atAnswerer, answerer)));
    answererKnown = answered.game;
    travelling = link(answered.game);
    // Back at the sealer's.
    const atSealer = opened(travelling, sealerKnown);
    inspect(travelling, 'sealer', atSealer);
    expect(atSealer.phase.phase).toBe('reveal');
    const revealed = ok(reveal(scenario, atSealer, secret));
    sealerKnown = revealed.game;
    if (revealed.phase.phase === 'over') {
      // The last reveal goes to the answerer too, who checks it against what it saw.
      const last = opened(link(revealed.game), answererKnown);
      expect(last.phase.phase).toBe('over');
      return last.game;
    }
    start = revealed;
  }
}

describe('play by link', () => {
  const scenario = slowTug();

  it('plays a whole game, hiding the sealer’s orders until the answerer has moved', () => {
    const sizes: number[] = [];
    const game = playByLink('holder', (l, to, open) => {
      sizes.push(l.length);
      const carried = JSON.parse(ok(decodeLink(l)).text) as LinkGame;
      if (to === 'answerer') {
        // Only the seal travels: a SHA-256 over the orders and a 128-bit salt the answerer never sees.
        expect(Object.keys(carried.sealed!).sort()).toEqual(['seal', 'turn']);
        expect(carried.answer).toBeNull();
        expect(carried.replay.turns.length).toBe(open.state.turn - 1);
        expect(carried.seals.every((s) => s.turn < open.state.turn)).toBe(true);
      }
    });
    // The same game as the same players give at one screen, and an ordinary replay that verifies.
    const headless = playMatch(scenario, 'by link', { holder: random, challenger: random });
    expect(game.replay.turns.map((t) => t.orders)).toEqual(headless.orders);
    expect(verifyReplay(game.replay, scenario).ok).toBe(true);
    expect(game.seals).toHaveLength(headless.orders.length);
    // Every link of a 40-turn game, seals and salts included, stays under 8 KB.
    expect(Math.max(...sizes)).toBeLessThan(8000);
  });

  it('binds each seal to the game, the turn and the side', () => {
    const orders: Action[] = [{ type: 'setAllies', level: 1 }];
    const salt = '00112233445566778899aabbccddeeff';
    const game = 'ffeeddccbbaa99887766554433221100';
    const s = sealOf(game, 3, 'holder', orders, salt);
    expect(s).toMatch(/^[0-9a-f]{64}$/);
    expect(sealOf(game, 4, 'holder', orders, salt)).not.toBe(s);
    expect(sealOf(game, 3, 'challenger', orders, salt)).not.toBe(s);
    expect(sealOf(game.replace('f', 'e'), 3, 'holder', orders, salt)).not.toBe(s);
    expect(sealOf(game, 3, 'holder', [{ type: 'setAllies', level: 2 }], salt)).not.toBe(s);
    expect(sealOf(game, 3, 'holder', orders, salt.replace('0', '1'))).not.toBe(s);
  });

  describe('cheating and mistakes', () => {
    const started = ok(startLinkGame(scenario, { seed: 'cheat', game: randomHex(), sealer: 'challenger' }));
    const sealed = ok(
      seal(scenario, started, [{ type: 'setResearch', tech: 'bearings', level: 2 }], randomHex()),
    );
    const answered = ok(answer(scenario, sealed, [{ type: 'setAllies', level: 1 }]));
    const done = ok(reveal(scenario, answered, sealed.secret));
    /** A game as it arrives by link, checked in full. */
    const arrive = (game: LinkGame, known: LinkGame | null = null) => openLinkGame(game, find, known);

    it('the sealer cannot reveal other orders than it sealed', () => {
      const changed = {
        ...sealed.secret,
        orders: [{ type: 'setResearch' as const, tech: 'bearings', level: 3 }],
      };
      const r = reveal(scenario, answered, changed);
      expect(!r.ok && r.error.code).toBe('ERR_SEAL_BROKEN');
      const wrongTurn = reveal(scenario, answered, { ...sealed.secret, turn: 2 });
      expect(!wrongTurn.ok && wrongTurn.error.code).toBe('ERR_SEAL_BROKEN');
    });

    it('a revealed turn whose orders or salt were changed afterwards is caught by anyone', () => {
      const forged = structuredClone(done.game);
      forged.replay.turns[0]!.orders.challenger = [];
      expect(arrive(forged).ok).toBe(false); // the state hash, or else the seal, no longer matches
      const reSalted = structuredClone(done.game);
      reSalted.seals[0]!.salt = '0'.repeat(32);
      expect(arrive(reSalted)).toMatchObject({ ok: false, error: { code: 'ERR_SEAL_BROKEN', turn: 1 } });
    });

    it('the answerer cannot swap the seal it was sent', () => {
      const swapped = { ...answered.game, sealed: { turn: 1, seal: 'a'.repeat(64) } };
      const atSealer = ok(arrive(swapped));
      const r = reveal(scenario, atSealer, sealed.secret);
      expect(!r.ok && r.error.code).toBe('ERR_SEAL_BROKEN');
      expect(arrive(swapped, sealed.game)).toMatchObject({
        ok: false,
        error: { code: 'ERR_HISTORY_CHANGED' },
      });
    });

    it('neither side can rewrite what the other has seen', () => {
      // The sealer re-seals turn 1 with other orders and a seal to match: the answerer remembers the old seal.
      const salt = randomHex();
      const other: Action[] = [];
      const reSealed = ok(
        arrive({
          ...answered.game,
          sealed: { turn: 1, seal: sealOf(answered.game.game, 1, 'challenger', other, salt) },
        }),
      );
      const forged = ok(
        reveal(scenario, reSealed, { game: answered.game.game, turn: 1, orders: other, salt }),
      ).game;
      const r = arrive(forged, answered.game);
      expect(!r.ok && r.error.code).toBe('ERR_HISTORY_CHANGED');
      expect(!r.ok && r.error.message).toMatch(/seal is not the one seen here/);
      // The sealer changes the answer it was given.
      const changedAnswer = ok(arrive({ ...answered.game, answer: [] }));
      const r2 = arrive(ok(reveal(scenario, changedAnswer, sealed.secret)).game, answered.game);
      expect(!r2.ok && r2.error.message).toMatch(/answer is not the one given here/);
      // An older link than the game this browser has.
      expect(arrive(sealed.game, done.game)).toMatchObject({
        ok: false,
        error: { code: 'ERR_HISTORY_CHANGED' },
      });
      // Another game altogether.
      const another = ok(
        startLinkGame(scenario, { seed: 'cheat', game: randomHex(), sealer: 'challenger' }),
      ).game;
      expect(arrive(another, done.game).ok).toBe(false);
    });

    it('moves out of turn are refused', () => {
      expect(seal(scenario, sealed, [], randomHex())).toMatchObject({
        ok: false,
        error: { code: 'ERR_WRONG_PHASE' },
      });
      const r = answer(scenario, answered, []);
      expect(!r.ok && r.error.code).toBe('ERR_WRONG_PHASE');
      expect(!r.ok && r.error.message).toMatch(/waiting for the challenger to reveal/);
      const early = reveal(scenario, sealed, sealed.secret);
      expect(!early.ok && early.error.code).toBe('ERR_WRONG_PHASE');
    });

    it('a link whose phase does not add up is refused', () => {
      expect(arrive({ ...started.game, answer: [] })).toMatchObject({
        ok: false,
        error: { code: 'ERR_WRONG_PHASE' },
      });
      expect(arrive({ ...started.game, sealed: { turn: 5, seal: 'a'.repeat(64) } }).ok).toBe(false);
      const illegalAnswer = {
        ...sealed.game,
        answer: [{ type: 'buildLine' as const, tech: 'bearings', lines: 1 }],
      };
      expect(arrive(illegalAnswer)).toMatchObject({ ok: false, error: { code: 'ERR_ILLEGAL_ORDERS' } });
    });

    it('illegal orders, bad salts and bad game ids are refused', () => {
      const illegal = answer(scenario, sealed, [{ type: 'buildLine', tech: 'bearings', lines: 1 }]);
      expect(!illegal.ok && illegal.error.code).toBe('ERR_ILLEGAL_ORDERS');
      expect(seal(scenario, started, [], 'not a salt').ok).toBe(false);
      expect(seal(scenario, started, [{ type: 'setAllies', level: 1 }], randomHex()).ok).toBe(false);
      expect(startLinkGame(scenario, { seed: 's', game: 'xyz', sealer: 'holder' }).ok).toBe(false);
      expect(() => hexOf(new Uint8Array(8))).toThrow();
    });

    it('a link that is not a game is refused with a reason', () => {
      expect(openLinkGame('{"format":"slow-tug-of-war/link-play"}', find).ok).toBe(false);
      expect(openLinkGame('not json', find).ok).toBe(false);
    });
  });
});
