// `tug tournament`: many games between two players on seeds derived from one base seed, played on worker
// threads, reported as win rates, endings and score spreads. With --json the last line is one JSON object.
import { ENDING_NAMES } from '../i18n/endings.ts';
import { pct } from '../tournament/stats.ts';
import type { TournamentReport } from '../tournament/summary.ts';
import { intFlag, parseArgs, stringFlag, UsageError } from './args.ts';
import { loadScenario } from './scenarioFiles.ts';
import { player } from './sim.ts';
import { defaultWorkers, runTournament } from './tournamentRunner.ts';

export async function tournamentCommand(argv: string[], out: (line: string) => void): Promise<number> {
  const args = parseArgs(argv, {
    values: ['scenario', 'games', 'holder', 'challenger', 'seed', 'workers'],
    switches: ['json'],
  });
  if (args.positional.length > 0) throw new UsageError(`Unexpected argument "${args.positional[0]}".`);
  const scenario = loadScenario(stringFlag(args, 'scenario'));
  const games = intFlag(args, 'games', 1, 100_000);
  if (games === undefined) throw new UsageError('--games is required.');
  const holder = player(stringFlag(args, 'holder'), 'holder').name;
  const challenger = player(stringFlag(args, 'challenger'), 'challenger').name;
  const seed = stringFlag(args, 'seed', 'tournament');
  const workers = intFlag(args, 'workers', 1, 64) ?? defaultWorkers();
  const bar = process.stdout.isTTY ? progressBar(games) : null;
  const report = await runTournament({ scenario, holder, challenger, games, seed, workers }, (done) =>
    bar?.(done),
  );
  if (bar) process.stdout.write('\r\x1b[K');
  if (args.flags.has('json')) out(JSON.stringify(report));
  else for (const line of describe(report)) out(line);
  return 0;
}

function progressBar(total: number) {
  const width = 30;
  const started = Date.now();
  return (done: number) => {
    const filled = Math.round((width * done) / total);
    const elapsed = (Date.now() - started) / 1000;
    const eta = done > 0 ? Math.round((elapsed * (total - done)) / done) : 0;
    process.stdout.write(
      `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} games, about ${eta} s left\x1b[K`,
    );
  };
}

function endingName(id: string): string {
  return id
    .split('/')
    .map((part) => ENDING_NAMES[part as keyof typeof ENDING_NAMES]?.en ?? part)
    .join(' / ');
}

export function describe(r: TournamentReport): string[] {
  const lines = [
    `${r.scenario}: ${r.games} games, ${r.holder} holder vs ${r.challenger} challenger (seeds ${r.seed}/0 … ${r.seed}/${r.games - 1})`,
    `Won: holder ${pct(r.winRate.holder)}, challenger ${pct(r.winRate.challenger)}, drawn ${pct(r.drawRate)}`,
    'Endings (challenger / holder):',
  ];
  for (const [id, n] of Object.entries(r.endings))
    lines.push(`  ${endingName(id).padEnd(48)} ${String(n).padStart(6)}  ${pct(n / r.games).padStart(6)}`);
  lines.push(
    `Scores: holder median ${r.score.holder.median.toFixed(1)}, 95th percentile ${r.score.holder.p95.toFixed(1)}; challenger median ${r.score.challenger.median.toFixed(1)}, 95th percentile ${r.score.challenger.p95.toFixed(1)}`,
  );
  lines.push(`Turns: median ${r.turns.median}, shortest ${r.turns.min}`);
  lines.push(
    `Talks: ${r.talks.deals} deals in ${r.talks.rounds} rounds${r.talks.rounds > 0 ? ` (${pct(r.talks.deals / r.talks.rounds)})` : ''}`,
  );
  return lines;
}
