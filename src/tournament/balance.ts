// The balance targets of issue 6, as checks over tournament reports. Which games to play for a
// scenario, and whether their figures meet each target. The command that plays them is `tug balance`.
import { FIXED_PLAYERS } from '../players/fixed.ts';
import type { Scenario } from '../scenario/schema.ts';
import {
  ACTION_SIDES,
  CHALLENGER_ENDINGS,
  HOLDER_ENDINGS,
  type Side,
  unlockedActions,
} from '../sim/index.ts';
import { pct } from './stats.ts';
import type { TournamentReport } from './summary.ts';

export interface Matchup {
  holder: string;
  challenger: string;
  hard: boolean; // plays ai:hard, so it gets the (smaller) hard game count
}

export interface TargetResult {
  target: string; // what the issue asks, in a sentence
  scenario: string;
  figure: string; // what was measured, in a sentence
  pass: boolean;
  applies: boolean; // false where the scenario leaves a side nothing to play with (a tutorial)
}

/**
 * Whether a side has any move of its own beyond research, offers and event decisions at some turn. A
 * tutorial can leave one side without: then "the hard AI beats the easy one" asks the impossible of it.
 */
export function sideCanPlay(scenario: Scenario, side: Side): boolean {
  const shared = new Set(['setResearch', 'offer', 'choose']);
  for (let turn = 1; turn <= scenario.turns; turn++) {
    for (const type of unlockedActions(scenario, turn))
      if (!shared.has(type) && ACTION_SIDES[type].length === 1 && ACTION_SIDES[type][0] === side) return true;
  }
  return false;
}

const fixedFor = (side: Side) =>
  Object.entries(FIXED_PLAYERS)
    .filter(([, f]) => f.side === side)
    .map(([name]) => name)
    .sort();
/** Every fixed doctrine, by the side it plays: each is checked against ai:normal. */
export const FIXED_HOLDERS = fixedFor('holder');
export const FIXED_CHALLENGERS = fixedFor('challenger');
/** Holders a random challenger is checked against: the weakest (idle) and the reference AI. */
export const RANDOM_CHECK_HOLDERS = ['idle', 'ai:normal'] as const;

const m = (holder: string, challenger: string): Matchup => ({
  holder,
  challenger,
  hard: holder.startsWith('ai:hard') || challenger.startsWith('ai:hard'),
});

/** Every game series the report plays for one scenario. */
export function balanceMatchups(scenarioId: string): Matchup[] {
  const out = [
    m('ai:hard', 'ai:easy'),
    m('ai:easy', 'ai:hard'),
    ...RANDOM_CHECK_HOLDERS.map((h) => m(h, 'random')),
    ...FIXED_HOLDERS.map((h) => m(h, 'ai:normal')),
    ...FIXED_CHALLENGERS.map((c) => m('ai:normal', c)),
    m('ai:normal', 'ai:normal'),
    m('ai:easy', 'ai:easy'),
  ];
  if (scenarioId === 'next-japan')
    for (const h of NEXT_JAPAN_PANEL) if (h !== 'ai:normal') out.push(m(h, 'fixed:domestic-only'));
  return out;
}

/**
 * Holders the domestic-only challenger meets in next-japan. The target is about the strategy, whoever
 * holds: so it is pooled over the passive holder, every fixed holder doctrine and the easy and normal AI.
 */
export const NEXT_JAPAN_PANEL = ['idle', ...FIXED_HOLDERS, 'ai:easy', 'ai:normal'];

/** Judges the targets from the reports of one scenario's matchups (as balanceMatchups lists them). */
export function judge(scenario: Scenario, reports: readonly TournamentReport[]): TargetResult[] {
  const scenarioId = scenario.id;
  const find = (holder: string, challenger: string) =>
    reports.find((r) => r.holder === holder && r.challenger === challenger);
  const out: TargetResult[] = [];
  const need = (r: TournamentReport | undefined, what: string): TournamentReport => {
    if (!r) throw new Error(`the balance report has no games for ${what} in ${scenarioId}`);
    return r;
  };

  for (const [hardSide, holder, challenger] of [
    ['holder', 'ai:hard', 'ai:easy'],
    ['challenger', 'ai:easy', 'ai:hard'],
  ] as const) {
    const r = need(find(holder, challenger), `${holder} vs ${challenger}`);
    const rate = r.winRate[hardSide];
    const applies = sideCanPlay(scenario, hardSide);
    out.push({
      target: `ai:hard beats ai:easy in ≥ 70% of games as the ${hardSide}`,
      scenario: scenarioId,
      figure: `ai:hard ${hardSide} won ${pct(rate)} of ${r.games} games${applies ? '' : ` (the ${hardSide} has no move of its own here but research and offers)`}`,
      pass: rate >= 0.7,
      applies,
    });
  }

  for (const holder of RANDOM_CHECK_HOLDERS) {
    const r = need(find(holder, 'random'), `${holder} vs random`);
    const choked = ((r.challengerEndings['still-choked'] ?? 0) + (r.challengerEndings.crisis ?? 0)) / r.games;
    out.push({
      target: 'a random challenger ends Still choked or Crisis in ≥ 80% of games',
      scenario: scenarioId,
      figure: `against ${holder}: ${pct(choked)} of ${r.games} games`,
      pass: choked >= 0.8,
      applies: true,
    });
  }

  const fixed = [
    ...FIXED_HOLDERS.map((h) => ({ name: h, side: 'holder' as const, r: find(h, 'ai:normal') })),
    ...FIXED_CHALLENGERS.map((c) => ({ name: c, side: 'challenger' as const, r: find('ai:normal', c) })),
  ].map((f) => ({ ...f, rate: need(f.r, `${f.name} vs ai:normal`).winRate[f.side] }));
  const worst = fixed.reduce((a, b) => (b.rate > a.rate ? b : a));
  out.push({
    target: 'no single fixed strategy beats ai:normal in more than 65% of seeds',
    scenario: scenarioId,
    figure: `best fixed strategy: ${worst.name} won ${pct(worst.rate)} (${fixed.map((f) => `${f.name} ${pct(f.rate)}`).join(', ')})`,
    pass: worst.rate <= 0.65,
    applies: true,
  });

  const reached = (ending: string, key: 'challengerEndings' | 'holderEndings') =>
    reports.filter((r) => (r[key][ending] ?? 0) > 0);
  const missing = [
    ...CHALLENGER_ENDINGS.filter((e) => reached(e, 'challengerEndings').length === 0),
    ...HOLDER_ENDINGS.filter((e) => reached(e, 'holderEndings').length === 0),
  ];
  out.push({
    target: 'every ending of every scenario is reached by some player',
    scenario: scenarioId,
    figure: missing.length === 0 ? 'all 8 endings reached' : `never reached: ${missing.join(', ')}`,
    pass: missing.length === 0,
    applies: true,
  });

  if (scenarioId === 'next-japan') {
    const panel = NEXT_JAPAN_PANEL.map((h) =>
      need(find(h, 'fixed:domestic-only'), `${h} vs fixed:domestic-only`),
    );
    const japan = panel.reduce((n, r) => n + (r.challengerEndings['next-japan'] ?? 0), 0);
    const games = panel.reduce((n, r) => n + r.games, 0);
    const each = panel.map((r) => `${r.holder} ${pct((r.challengerEndings['next-japan'] ?? 0) / r.games)}`);
    out.push({
      target: 'a domestic-only challenger ends as The Next Japan in next-japan in most seeds',
      scenario: scenarioId,
      figure: `fixed:domestic-only: ${pct(japan / games)} of ${games} games against ${panel.length} holders (${each.join(', ')})`,
      pass: japan / games > 0.5,
      applies: true,
    });
  }
  return out;
}

/** Which matchup first reached each ending, with its count: the coverage table of the report. */
export function endingCoverage(reports: readonly TournamentReport[]): { ending: string; by: string }[] {
  const rows: { ending: string; by: string }[] = [];
  for (const [endings, key] of [
    [CHALLENGER_ENDINGS, 'challengerEndings'],
    [HOLDER_ENDINGS, 'holderEndings'],
  ] as const) {
    for (const e of endings) {
      const hits = reports
        .filter((r) => (r[key][e] ?? 0) > 0)
        .map((r) => `${r.holder} vs ${r.challenger} (${r[key][e]}/${r.games})`);
      rows.push({ ending: e, by: hits.length > 0 ? hits.slice(0, 3).join('; ') : '—' });
    }
  }
  return rows;
}
