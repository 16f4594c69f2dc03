// `tug survey`: plays one pairing of players over many seeds and counts the endings, so a scenario
// author can see which endings a strategy reaches and how often.
import { ENDING_NAMES } from '../i18n/endings.ts';
import { playMatch } from '../match/match.ts';
import type { EndingFigures } from '../sim/index.ts';
import { intFlag, parseArgs, stringFlag, UsageError } from './args.ts';
import { loadScenario } from './scenarioFiles.ts';
import { player } from './sim.ts';

export interface Survey {
  scenario: string;
  holder: string;
  challenger: string;
  seeds: number;
  endings: Record<string, number>; // "challenger/holder" → games
  challengerEndings: Record<string, number>;
  holderEndings: Record<string, number>;
  meanScore: { holder: number; challenger: number };
  meanFigures: Omit<EndingFigures, 'lanes'>;
  meanTurns: number;
}

const count = (tally: Record<string, number>, key: string) => {
  tally[key] = (tally[key] ?? 0) + 1;
};

export function surveyCommand(argv: string[], out: (line: string) => void): number {
  const args = parseArgs(argv, {
    values: ['scenario', 'seeds', 'from', 'holder', 'challenger'],
    switches: ['json'],
  });
  if (args.positional.length > 0) throw new UsageError(`Unexpected argument "${args.positional[0]}".`);
  const scenario = loadScenario(stringFlag(args, 'scenario'));
  const seeds = intFlag(args, 'seeds', 1, 10_000) ?? 50;
  const from = intFlag(args, 'from', 0, 1_000_000) ?? 1;
  const holder = player(stringFlag(args, 'holder', 'idle'), 'holder');
  const challenger = player(stringFlag(args, 'challenger', 'idle'), 'challenger');
  const survey: Survey = {
    scenario: scenario.id,
    holder: holder.name,
    challenger: challenger.name,
    seeds,
    endings: {},
    challengerEndings: {},
    holderEndings: {},
    meanScore: { holder: 0, challenger: 0 },
    meanFigures: {
      rope: 0,
      make: 0,
      home: 0,
      abroad: 0,
      chain: 0,
      holderHealth: 0,
      industryIndex: 0,
      crisisTurns: 0,
    },
    meanTurns: 0,
  };
  for (let i = 0; i < seeds; i++) {
    const { state, orders } = playMatch(scenario, String(from + i), { holder, challenger });
    const ending = state.ending!;
    count(survey.endings, ending.id);
    count(survey.challengerEndings, ending.challenger);
    count(survey.holderEndings, ending.holder);
    survey.meanScore.holder += ending.score.holder / seeds;
    survey.meanScore.challenger += ending.score.challenger / seeds;
    for (const k of Object.keys(survey.meanFigures) as (keyof Survey['meanFigures'])[])
      survey.meanFigures[k] += ending.figures[k] / seeds;
    survey.meanTurns += orders.length / seeds;
  }
  if (args.flags.has('json')) {
    out(JSON.stringify(survey));
    return 0;
  }
  const name = (id: string) => ENDING_NAMES[id as keyof typeof ENDING_NAMES]?.en ?? id;
  out(
    `${scenario.id}: ${holder.name} holder vs ${challenger.name} challenger, seeds ${from}–${from + seeds - 1}`,
  );
  const sorted = Object.entries(survey.endings).sort((a, b) => b[1] - a[1]);
  for (const [id, n] of sorted) {
    const [c, h] = id.split('/') as [string, string];
    out(`  ${String(n).padStart(5)}  ${`${name(c)} / ${name(h)}`.padEnd(44)} ${id}`);
  }
  const f = survey.meanFigures;
  out(
    `  mean: score challenger ${survey.meanScore.challenger.toFixed(1)}, holder ${survey.meanScore.holder.toFixed(1)}; make ${f.make.toFixed(1)}, home ${(f.home * 100).toFixed(1)}%, abroad ${(f.abroad * 100).toFixed(1)}%, chain ${f.chain.toFixed(1)}, holder revenue index ${f.holderHealth.toFixed(3)}, industry ${f.industryIndex.toFixed(3)}, ${survey.meanTurns.toFixed(1)} turns`,
  );
  return 0;
}
