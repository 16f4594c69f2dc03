// The game played the way a person plays it: by accessible names, the documented URL and window.tug.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ahead } from '../../src/game/forecast.ts';
import { ropeTrend } from '../../src/game/ropeTrend.ts';
import { upkeepOf } from '../../src/game/selectors.ts';
import { playMatch } from '../../src/match/match.ts';
import { idle } from '../../src/players/idle.ts';
import type { Player } from '../../src/players/index.ts';
import {
  hashState,
  laneBars,
  laneInputs,
  makeFactor,
  NO_ORDERS,
  newGame,
  resolveTurn,
} from '../../src/sim/index.ts';
import { shipped } from '../support/scenarios.ts';
import { openPage, shot, tugHash, tugState, untilDeciding, useHarness } from './harness.ts';

const h = useHarness();
// A rope as the debrief writes it: one decimal, a true minus sign.
const fmtRope = (x: number) => x.toFixed(1).replace('-', '−');

describe.each([
  ['en', 'New game', 'Start', 'End turn'],
  ['zh', '新游戏', '开始', '结束回合'],
] as const)('a whole game in %s', (lang, newGame, start, endTurn) => {
  it('is played through the interface to its end screen', { timeout: 120_000 }, async () => {
    const { page, errors } = await openPage(h, { lang });
    await page.goto(h.url);
    await shot(page, `title-${lang}`);
    await page.getByRole('button', { name: newGame }).click();
    await page.getByRole('radio').first().click();
    await page.locator('#seed').fill(`whole-${lang}`);
    await shot(page, `choose-${lang}`);
    await page.getByRole('button', { name: start, exact: true }).click();
    await untilDeciding(page);
    await page.waitForSelector('canvas');
    await shot(page, `board-${lang}`);
    for (let turn = 0; turn < 60; turn++) {
      if ((await untilDeciding(page)) === 'over') break;
      await page.getByRole('button', { name: endTurn }).click();
      if (turn === 0) {
        await untilDeciding(page);
        await shot(page, `debrief-${lang}`);
      }
    }
    await page.getByRole('heading', { level: 1 }).waitFor();
    const state = (await tugState(page)) as { ending: { id: string } | null };
    expect(state.ending?.id).toMatch(/\//);
    await shot(page, `end-${lang}`);
    expect(errors).toEqual([]);
  });
});

describe('save and continue', () => {
  it('survives a reload and continues where it was', async () => {
    const { page, errors } = await openPage(h);
    await page.goto(`${h.url}?scenario=slow-tug&seed=reload&side=challenger&opponent=random`);
    for (let i = 0; i < 3; i++) {
      await untilDeciding(page);
      await page.getByRole('button', { name: 'End turn' }).click();
    }
    await untilDeciding(page);
    await page.getByRole('button', { name: '2 · major' }).first().click();
    const before = await tugHash(page);
    await page.goto(h.url);
    await page.getByRole('button', { name: 'Continue' }).click();
    await untilDeciding(page);
    expect(await tugHash(page)).toBe(before);
    // The unfinished draft survived too: the button is still pressed.
    await expect
      .poll(() => page.getByRole('button', { name: '2 · major' }).first().getAttribute('aria-pressed'))
      .toBe('true');
    expect(errors).toEqual([]);
  });

  it('keeps a corrupt save for inspection and says why', async () => {
    const { page } = await openPage(h);
    await page.goto(h.url);
    // A save of an earlier version, in its single localStorage slot, cut short.
    await page.evaluate(() =>
      localStorage.setItem('tug.save', '{"kind":"slow-tug-save","version":1,"orders":'),
    );
    await page.reload();
    const damaged = page.locator('.saved-games li.damaged');
    await damaged.waitFor();
    expect(await damaged.textContent()).toContain('not valid JSON');
    expect(await damaged.getByRole('button', { name: 'Export to a file' }).count()).toBe(1);
    const saves = await page.evaluate(() =>
      (window as unknown as { tug: { saves(): Promise<unknown[]> } }).tug.saves(),
    );
    expect(saves).toEqual([expect.objectContaining({ damaged: expect.stringContaining('not valid JSON') })]);
    await shot(page, 'title-broken-save');
  });
});

describe('a broken scenario file', () => {
  it('shows its whole list of problems, as text, and changes nothing else', async () => {
    const { page, errors } = await openPage(h);
    await page.goto(h.url);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('radio').first().waitFor(); // the scenario choice loads its code when first opened
    const cards = await page.getByRole('radio').count();
    const broken = JSON.parse(readFileSync('scenarios/slow-tug.json', 'utf8'));
    broken.id = 'broken';
    broken.technologies[3].dependsOn = ['no-such-tech'];
    broken.title.en = '<img src=x onerror="window.__pwned=1">';
    delete broken.turns;
    await page.locator('#scenario-file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain('turns');
    await shot(page, 'choose-broken-file');
    expect(await page.getByRole('radio').count()).toBe(cards);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
  });
});

describe('the browser and the command line agree', () => {
  it('gives the same hash after the same turns and actions', async () => {
    const scenario = shipped('slow-tug');
    const { page, errors } = await openPage(h);
    await page.goto(`${h.url}?scenario=slow-tug&seed=agree&side=challenger&opponent=idle`);
    await untilDeciding(page);
    // The first technology's card: the panel lists the technologies that matter now first.
    const firstCard = page.locator(`.tech-card[data-tech="${scenario.technologies[0]!.id}"]`);
    const major = firstCard.getByRole('button', { name: '2 · major' }).first();
    // Each level says its price on its face, from the rules' upkeep.
    const tech = scenario.technologies[0]!.id;
    const upkeep = upkeepOf(scenario, { type: 'setResearch', tech, level: 2 }, 'challenger').total;
    expect(await major.locator('.price').innerText()).toBe(`${upkeep.toFixed(1)}/turn`);
    await major.click();
    // A change says what it adds up to when kept for five turns, from the rules' own projection.
    const start = newGame(scenario, 'agree');
    const plan = [{ type: 'setResearch' as const, tech, level: 2 }];
    const gain =
      ahead(scenario, start, 'challenger', plan, 5)!.ropes[0]! -
      ahead(scenario, start, 'challenger', [], 5)!.ropes[0]!;
    await expect
      .poll(() => firstCard.locator('.control .expect').first().innerText())
      .toContain(`Kept for 5 turns (nothing else changed), by then: rope +${gain.toFixed(1)} (your way)`);
    const turns = 6;
    for (let i = 0; i < turns; i++) {
      await untilDeciding(page);
      await page.getByRole('button', { name: 'End turn' }).click();
    }
    await untilDeciding(page);
    const firstTech = scenario.technologies[0]!.id;
    const challenger: Player = {
      name: 'script',
      decide: ({ state }) => (state.turn === 1 ? [{ type: 'setResearch', tech: firstTech, level: 2 }] : []),
    };
    const node = playMatch(scenario, 'agree', { holder: idle, challenger }, { turns, keepReports: true });
    expect(await tugHash(page)).toBe(hashState(node.state));
    // The open card says where the board's make comes from, in the figures the rules read.
    const x = laneInputs(scenario, node.state)[0]!;
    const make = laneBars(scenario, node.state)[0]!.make;
    expect(make).toBeCloseTo(x.capC * makeFactor(x.capacityC), 9);
    await expect
      .poll(() => firstCard.locator('.board-why li').first().innerText())
      .toBe(
        `make ${make.toFixed(0)} = capability ${x.capC.toFixed(1)} × ${(100 * makeFactor(x.capacityC)).toFixed(0)}%, ` +
          `as your lines serve ${(100 * x.capacityC).toFixed(0)}% of home demand (× 40% with no lines, × 100% with lines for all of it)`,
      );
    // The debrief sums each rope's last turns, with the causes the rules gave for every move.
    await page.getByRole('tab', { name: 'Why' }).click();
    const trend = ropeTrend(node.reports, firstTech)!;
    await expect
      .poll(() => page.locator(`.why-list > li[data-tech="${firstTech}"] .trend`).innerText())
      .toMatch(new RegExp(`^Last ${turns} turns: ${fmtRope(trend.from)} → ${fmtRope(trend.to)} `));
    // The Goals tab says at its top where the ropes nearest Self-reliant end at this pace.
    await page.getByRole('tab', { name: 'Goals' }).click();
    await expect
      .poll(() => page.locator('.pace-line').innerText())
      .toMatch(
        /^At the last turns’ pace, the ropes nearest Self-reliant end at: .+ −?\d+ → [−+]?\d+, .+\. Self-reliant needs 2 at −9 or past; at this pace (1 gets|\d+ get) there\.$/,
      );
    // And with no actions at all, through the idle path.
    let state = newGame(scenario, 'agree');
    for (let i = 0; i < turns; i++) {
      const r = resolveTurn(scenario, state, NO_ORDERS);
      if (!r.ok) throw new Error(r.error.message);
      state = r.value.state;
    }
    expect(hashState(state)).not.toBe(hashState(node.state));
    expect(errors).toEqual([]);
  });
});

describe('hot-seat', () => {
  it('passes the screen between two players and hides each plan until both have decided', async () => {
    const { page, errors } = await openPage(h);
    await page.goto(`${h.url}?scenario=slow-tug&seed=hotseat&side=challenger&opponent=hotseat`);
    // The first player takes the screen.
    await page.getByRole('button', { name: 'I am the Challenger: show my turn' }).click();
    await untilDeciding(page);
    await page.getByRole('button', { name: '3 · all-out' }).first().click();
    await page.getByRole('button', { name: 'End turn for the Challenger' }).click();
    // The holder sees a handover, not the challenger's plan.
    const handover = page.getByRole('dialog');
    await handover.waitFor();
    expect(await handover.textContent()).toContain('Pass the screen to the Holder');
    await shot(page, 'hotseat-handover');
    await page.getByRole('button', { name: 'I am the Holder: show my turn' }).click();
    await untilDeciding(page);
    expect(await page.getByRole('heading', { name: 'Decisions for the Holder' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: '3 · all-out', pressed: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'End turn for the Holder' }).click();
    await page.getByRole('button', { name: 'I am the Challenger: show my turn' }).waitFor();
    const state = (await tugState(page)) as {
      turn: number;
      challenger: { policy: { research: Record<string, number> } };
    };
    expect(state.turn).toBe(2);
    expect(Object.values(state.challenger.policy.research)).toContain(3);
    expect(errors).toEqual([]);
  });
});
