// `tug balance`: plays the balance report's tournaments for every shipped scenario (or those named),
// judges the targets, and writes the report as Markdown and JSON. The figures depend only on the
// code, the scenarios and the seeds, so a re-run gives the same report.
import { readdirSync } from 'node:fs';
import { ENDING_NAMES } from '../i18n/endings.ts';
import { balanceMatchups, endingCoverage, judge, type TargetResult } from '../tournament/balance.ts';
import { pct } from '../tournament/stats.ts';
import type { TournamentReport } from '../tournament/summary.ts';
import { intFlag, parseArgs, stringFlag, UsageError } from './args.ts';
import { checkOutput, writeOutput } from './files.ts';
import { loadScenario, SCENARIO_DIR } from './scenarioFiles.ts';
import { defaultWorkers, runTournament } from './tournamentRunner.ts';

// Each series plays 50 games on seeds of its own, so a scenario plays 600 games (850 in next-japan) and
// every target is checked over 100 games or more: two series each for hard against easy and for the random
// challenger, six for the fixed doctrines, five more for the domestic-only panel. The whole report takes
// about an hour on two cores.
export const BALANCE_GAMES = 50;
export const BALANCE_HARD_GAMES = 50;

export async function balanceCommand(argv: string[], out: (line: string) => void): Promise<number> {
  const args = parseArgs(argv, {
    values: ['scenario', 'games', 'hard-games', 'seed', 'out', 'workers'],
    switches: ['json'],
  });
  if (args.positional.length > 0) throw new UsageError(`Unexpected argument "${args.positional[0]}".`);
  const ids = args.flags.has('scenario')
    ? stringFlag(args, 'scenario').split(',')
    : readdirSync(SCENARIO_DIR)
        .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
        .map((f) => f.replace(/\.json$/, ''))
        .sort();
  const games = intFlag(args, 'games', 1, 100_000) ?? BALANCE_GAMES;
  const hardGames = intFlag(args, 'hard-games', 1, 100_000) ?? BALANCE_HARD_GAMES;
  const seed = stringFlag(args, 'seed', 'balance');
  const workers = intFlag(args, 'workers', 1, 64) ?? defaultWorkers();
  const path = args.flags.has('out') ? stringFlag(args, 'out') : null;
  // Every output and every scenario is checked before the first game: the report takes minutes to hours.
  if (path) {
    checkOutput(path);
    checkOutput(jsonPathOf(path), '--out (its JSON twin)');
  }
  const loaded = new Map(ids.map((id) => [id, loadScenario(id)]));

  const scenarios: { id: string; title: string; reports: TournamentReport[]; targets: TargetResult[] }[] = [];
  for (const id of ids) {
    const scenario = loaded.get(id)!;
    const reports: TournamentReport[] = [];
    for (const matchup of balanceMatchups(scenario.id)) {
      const started = Date.now();
      const n = matchup.hard ? hardGames : games;
      // Each series on seeds of its own, so a target checked over several series sees as many seeds.
      const series = `${seed}/${matchup.holder}/${matchup.challenger}`;
      const report = await runTournament({ scenario, ...matchup, games: n, seed: series, workers });
      reports.push(report);
      out(
        `${scenario.id}: ${matchup.holder} vs ${matchup.challenger}: holder won ${pct(report.winRate.holder)}, challenger ${pct(report.winRate.challenger)} (${n} games, ${Math.round((Date.now() - started) / 1000)} s)`,
      );
    }
    const targets = judge(scenario, reports);
    scenarios.push({
      id: scenario.id,
      title: `${scenario.title.en} (${scenario.title.zh})`,
      reports,
      targets,
    });
  }
  const command = `npm run tug -- balance ${argv.join(' ')}`.trim();
  const all = scenarios.flatMap((s) => s.targets);
  if (path) {
    writeOutput(path, markdown(command, { games, hardGames, seed }, scenarios));
    writeOutput(
      jsonPathOf(path),
      `${JSON.stringify({ command, games, hardGames, seed, scenarios }, null, 1)}\n`,
      '--out (its JSON twin)',
    );
    out(`Wrote ${path}`);
  }
  const verdict = (t: TargetResult) => (t.pass ? 'met' : t.applies ? 'MISSED' : 'n/a');
  for (const t of all) out(`${verdict(t).padEnd(6)} ${t.scenario}: ${t.target}: ${t.figure}`);
  if (args.flags.has('json')) out(JSON.stringify({ games, hardGames, seed, targets: all }));
  return all.every((t) => t.pass || !t.applies) ? 0 : 1;
}

const jsonPathOf = (path: string) => `${path.replace(/\.md$/, '')}.json`;

const name = (id: string) => ENDING_NAMES[id as keyof typeof ENDING_NAMES]?.en ?? id;

function markdown(
  command: string,
  params: { games: number; hardGames: number; seed: string },
  scenarios: { id: string; title: string; reports: TournamentReport[]; targets: TargetResult[] }[],
): string {
  const lines: string[] = [
    '# Balance report',
    '',
    'Made by this command (it rewrites this file and `balance.json` beside it; the figures depend only on',
    'the code, the scenarios and the seeds, so a re-run gives the same report):',
    '',
    '```sh',
    command,
    '```',
    '',
    `Each series plays ${params.games} games (${params.hardGames} for series with \`ai:hard\`) on seeds of its own:`,
    `game *i* of holder H against challenger C is played on seed \`${params.seed}/H/C/i\`. Who "won" is read from`,
    'the ending as [tournament.md](tournament.md) defines it. What changed in the rules and the AI to meet the',
    'targets, and how each target is read, is in [balance-notes.md](balance-notes.md).',
    '',
    '## Targets',
    '',
    '| scenario | target | measured | |',
    '|---|---|---|---|',
  ];
  for (const s of scenarios)
    for (const t of s.targets)
      lines.push(
        `| ${s.id} | ${t.target} | ${t.figure} | ${t.pass ? 'met' : t.applies ? '**missed**' : 'n/a'} |`,
      );
  for (const s of scenarios) {
    lines.push('', `## ${s.title}`, '');
    lines.push(
      '| holder | challenger | games | holder won | challenger won | drawn | scores (median / 95th pct): holder, challenger |',
    );
    lines.push('|---|---|---|---|---|---|---|');
    for (const r of s.reports) {
      lines.push(
        `| ${r.holder} | ${r.challenger} | ${r.games} | ${pct(r.winRate.holder)} | ${pct(r.winRate.challenger)} | ${pct(r.drawRate)} | ${r.score.holder.median} / ${r.score.holder.p95}, ${r.score.challenger.median} / ${r.score.challenger.p95} |`,
      );
    }
    lines.push('', 'Endings of each series (challenger / holder, games):', '');
    for (const r of s.reports) {
      const parts = Object.entries(r.endings).map(([id, n]) => `${id.split('/').map(name).join(' / ')} ${n}`);
      lines.push(`- ${r.holder} vs ${r.challenger}: ${parts.join('; ')}`);
    }
    lines.push(
      '',
      'Who reached each ending (up to three series):',
      '',
      '| ending | reached by |',
      '|---|---|',
    );
    for (const row of endingCoverage(s.reports)) lines.push(`| ${name(row.ending)} | ${row.by} |`);
  }
  lines.push('');
  return lines.join('\n');
}
