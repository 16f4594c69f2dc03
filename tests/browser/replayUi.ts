// Shared by the replay interface's browser tests: replays recorded in Node, what the viewer shows of a
// state (its ropes as the text board reads them), and axe-core.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { playMatch } from '../../src/match/match.ts';
import type { Player } from '../../src/players/index.ts';
import {
  encodeReplayLink,
  type Replay,
  replayFromMatch,
  replayTimeline,
  serializeReplay,
} from '../../src/replay/index.ts';
import { validateScenarioText } from '../../src/scenario/validate.ts';
import { type Action, CONTROL_LEVELS, checkOrders } from '../../src/sim/index.ts';
import { playerDice } from '../../src/sim/random.ts';
import { recorded, slowTug } from '../replay/support.ts';

export { recorded, slowTug };

export const replayText = (replay: Replay): string => serializeReplay(replay);

export const replayFile = (text: string, name = 'game.replay.json') => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text),
});

export function linkOf(replay: Replay, base: string): string {
  const link = encodeReplayLink(replay, base);
  if (!link.ok) throw new Error(link.error.message);
  return link.value;
}

/** Each rope as the text board words it ("rope at −3.2"), after `turns` turns of the replay. */
export function ropesAfter(replay: Replay, turns: number): string[] {
  const timeline = replayTimeline(slowTug(), replay);
  if (!timeline.ok) throw new Error(timeline.error.message);
  return timeline.value.states[turns]!.techs.map((t) => t.rope.toFixed(1));
}

/** The ropes the page's text board shows now. */
export async function ropesShown(page: Page): Promise<string[]> {
  const items = await page.locator('.board li').allTextContents();
  // "rope at −3.2" in English, "绳结在 −3.2" in Chinese: the figure is the one decimal in the line,
  // written with a true minus sign.
  return items.map((text) => /([-−]?\d+\.\d)/.exec(text)?.[1]?.replace('−', '-') ?? `?${text}`);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical findings on the page as it is. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document)).violations;
  })) as { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} at ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

/** A player that changes every setting it may, every turn: replays too long for a link. */
export const busyPlayer: Player = {
  name: 'busy',
  decide: ({ scenario, state, side }) => {
    const dice = playerDice(state.seed, `busy/${side}`, state.turn);
    const level = () => Math.floor(dice.next() * 4);
    const wanted: Action[] = [];
    for (const t of scenario.technologies) {
      wanted.push({ type: 'setResearch', tech: t.id, level: level() });
      if (side === 'holder') wanted.push({ type: 'setControl', tech: t.id, level: CONTROL_LEVELS[level()]! });
      else
        wanted.push(
          { type: 'setProcurement', tech: t.id, level: level() },
          { type: 'setExportDrive', tech: t.id, level: level() },
          { type: 'setEcosystem', tech: t.id, level: level() },
        );
    }
    if (side === 'holder')
      wanted.push({ type: 'setAllies', level: level() }, { type: 'setSupport', level: level() });
    else wanted.push({ type: 'setMarketAccess', level: Math.floor(dice.next() * 3) });
    const orders: Action[] = [];
    for (const a of wanted) if (checkOrders(scenario, state, side, [...orders, a]).ok) orders.push(a);
    return orders;
  },
};

/** slow-tug stretched to 200 turns under another id: a scenario file a player could load. */
export function longScenarioText(): string {
  const raw = JSON.parse(readFileSync('scenarios/slow-tug.json', 'utf8'));
  raw.id = 'long-tug';
  raw.turns = 200;
  raw.title = { zh: '很长的拔河', en: 'The Very Long Tug' };
  return JSON.stringify(raw);
}

export function longReplay(): Replay {
  const { scenario } = validateScenarioText(longScenarioText());
  if (!scenario) throw new Error('the long scenario does not validate');
  const players = { holder: busyPlayer, challenger: busyPlayer };
  return replayFromMatch(scenario, 'long', playMatch(scenario, 'long', players));
}
