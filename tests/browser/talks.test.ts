// Talks bind no one without consent: the holder's proposal waits in the challenger's decisions for a turn,
// said in full with the rules' reckoning, and becomes a deal only if the player accepts it.
import { describe, expect, it } from 'vitest';
import { openPage, shot, tugState, untilDeciding, useHarness } from './harness.ts';

const h = useHarness();

interface TalksState {
  turn: number;
  table?: { turn: number; offers: { holder?: { asks: unknown[] } } };
  deals: { from: number }[];
}

describe('a proposal put to the player', () => {
  for (const accept of [true, false]) {
    it(`is a deal only if accepted (${accept ? 'accepted' : 'refused'})`, { timeout: 180_000 }, async () => {
      const { page, errors } = await openPage(h);
      // On this seed the holder proposes at the first round, on turn 8 (found with the rules in Node).
      await page.goto(`${h.url}?scenario=slow-tug&seed=a&side=challenger&opponent=ai:normal&lang=en`);
      for (let turn = 1; turn <= 8; turn++) {
        await untilDeciding(page);
        await page.locator('#end-turn').click();
      }
      await untilDeciding(page);
      const state = (await tugState(page)) as TalksState;
      expect(state.turn).toBe(9);
      expect(state.table?.offers.holder?.asks.length).toBeGreaterThan(0);
      const panel = page.getByRole('region', { name: 'The holder’s proposal awaits your answer' });
      await expect.poll(() => panel.count(), { timeout: 30_000 }).toBe(1);
      await expect.poll(() => panel.textContent()).toMatch(/At the talks of turn 8 the holder proposed/i);
      await expect.poll(() => panel.textContent()).toMatch(/It asks of you: Commit to buy/);
      // Not answering refuses: Refuse is pressed until the player says yes.
      const yes = panel.getByRole('button', { name: 'Accept' });
      expect(await panel.getByRole('button', { name: 'Refuse' }).getAttribute('aria-pressed')).toBe('true');
      if (accept) {
        await yes.click();
        await expect.poll(() => yes.getAttribute('aria-pressed')).toBe('true');
        await shot(page, 'talks-answer');
      }
      await page.locator('#end-turn').click();
      await untilDeciding(page);
      const after = (await tugState(page)) as TalksState;
      expect(after.table).toBeUndefined();
      expect(after.deals.length).toBe(accept ? 1 : 0);
      if (accept) expect(after.deals[0]!.from).toBe(9);
      expect(errors).toEqual([]);
    });
  }
});
