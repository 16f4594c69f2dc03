// The browser game's logic, in Node: a session plays turns from drafts, and a save replays to the same game.
import { describe, expect, it } from 'vitest';
import { serialise } from '../../src/game/save.ts';
import { restore } from '../../src/game/saveCheck.ts';
import { Session } from '../../src/game/session.ts';
import { foldOrders, newGame } from '../../src/sim/index.ts';
import { slowTug } from '../replay/support.ts';

const tech = () => slowTug().technologies[0]!.id;

async function played(turns: number): Promise<Session> {
  const session = new Session({
    scenario: slowTug(),
    seed: 'game-test',
    side: 'challenger',
    opponent: 'random',
  });
  for (let i = 0; i < turns; i++) {
    session.propose('challenger', { type: 'setResearch', tech: tech(), level: (i % 3) + 1 });
    await session.endTurn();
    session.animationDone();
  }
  return session;
}

describe('a session', () => {
  it('keeps only real changes in a draft, and refuses what the rules refuse', () => {
    const session = new Session({ scenario: slowTug(), seed: 's', side: 'challenger', opponent: 'idle' });
    expect(session.propose('challenger', { type: 'setResearch', tech: tech(), level: 2 })).toBeNull();
    expect(session.drafts.challenger).toHaveLength(1);
    const inForce = session.state.challenger.policy.research[tech()] ?? 0;
    session.propose('challenger', { type: 'setResearch', tech: tech(), level: inForce });
    expect(session.drafts.challenger).toEqual([]);
    const error = session.propose('challenger', { type: 'setResearch', tech: 'no-such-tech', level: 1 });
    expect(error?.code).toBe('ERR_UNKNOWN_TECH');
    expect(session.drafts.challenger).toEqual([]);
  });

  it('plays turns from its drafts, to the state a fold of its orders gives', async () => {
    const session = await played(3);
    expect(session.state.turn).toBe(4);
    expect(session.orders).toHaveLength(3);
    expect(session.phase.kind).toBe('deciding');
    const folded = foldOrders(slowTug(), newGame(slowTug(), 'game-test'), session.orders);
    if (!folded.ok) throw new Error(folded.error.error.message);
    expect(folded.value.state).toEqual(session.state);
  });

  it('passes the screen between two players at the same screen', async () => {
    const session = new Session({ scenario: slowTug(), seed: 'hs', side: 'challenger', opponent: 'hotseat' });
    expect(session.phase).toEqual({ kind: 'handover', side: 'challenger' });
    session.takeOver();
    await session.endTurn();
    expect(session.phase).toEqual({ kind: 'handover', side: 'holder' });
    session.takeOver();
    await session.endTurn();
    expect(session.phase.kind).toBe('resolving');
    expect(session.state.turn).toBe(2);
  });

  it('records the game as a replay that matches its states', async () => {
    const session = await played(2);
    const replay = session.toReplay();
    expect(replay.turns.map((t) => t.turn)).toEqual([1, 2]);
    expect(replay.turns[1]!.hash).toBe(session.hash());
  });
});

describe('a save', () => {
  it('restores to the same game, draft included', async () => {
    const session = await played(2);
    session.propose('challenger', { type: 'setResearch', tech: tech(), level: 3 });
    const loaded = restore(serialise(session), [slowTug()]);
    if (!loaded.ok) throw new Error(loaded.error);
    expect(loaded.value.session.hash()).toBe(session.hash());
    expect(loaded.value.session.drafts).toEqual(session.drafts);
  });

  it('says why it cannot be read', async () => {
    const text = serialise(await played(1));
    expect(restore('{', [slowTug()])).toMatchObject({ ok: false });
    expect(restore(text, [])).toEqual({
      ok: false,
      error: 'its scenario "slow-tug" is not shipped with this version',
    });
    const edited = JSON.parse(text) as { orders: { challenger: unknown[] }[] };
    edited.orders[0]!.challenger = [{ type: 'setResearch', tech: 'no-such-tech', level: 1 }];
    const replayed = restore(JSON.stringify(edited), [slowTug()]);
    expect(replayed.ok).toBe(false);
    if (!replayed.ok) expect(replayed.error).toMatch(/^it cannot be replayed/);
  });
});
