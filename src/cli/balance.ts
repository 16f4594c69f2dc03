// `tug balance`: plays the balance report's tournaments for every shipped scenario (or those named),
// judges the issue's targets, and writes the report as Markdown and JSON. The figures depend only on the
// code, the scenarios and the seeds, so a re-run gives the same report.
import { readdirSync } from 'node:fs';
import { ENDING_NAMES } from '../i18n/endings.ts';
import type { Scenario } from '../scenario/schema.ts';
import { CHALLENGER_ENDINGS } from '../sim/index.ts';
import {
  balanceMatchups,
  DICE_GAMES,
  DICE_PAIRING,
  endingCoverage,
  judge,
  judgeAll,
  meanRopes,
  REACH_SERIES,
  SPLIT_GAMES,
  SWITCH_CHALLENGERS,
  SWITCH_HOLDERS,
  type TargetResult,
} from '../tournament/balance.ts';
import { pct } from '../tournament/stats.ts';
import type { TournamentReport } from '../tournament/summary.ts';
import { intFlag, parseArgs, stringFlag, UsageError } from './args.ts';
import { checkOutput, InputError, readInput, reasonOf, writeOutput } from './files.ts';
import { loadScenario, SCENARIO_DIR } from './scenarioFiles.ts';
import { defaultWorkers, runTournament } from './tournamentRunner.ts';

// Series without ai:hard play BALANCE_GAMES games; ai:hard against ai:normal or ai:easy, whose win rates
// two targets read, BALANCE_HARD_PAIRING_GAMES; every other series with ai:hard (each fixed doctrine and
// switching plan against it, 18 a scenario) BALANCE_HARD_GAMES: a hard decision costs several times a
// normal one. `--quick` plays a few games a series for iterating, judged by the same targets. A hard game
// costs 5–30 s of one core, by scenario: at these counts the whole report (six scenarios) plays in about
// 32 minutes on two cores.
export const BALANCE_GAMES = 4;
export const BALANCE_HARD_GAMES = 4;
export const BALANCE_HARD_PAIRING_GAMES = 8;
export const QUICK_GAMES = 2;
export const QUICK_HARD_GAMES = 1;

export async function balanceCommand(argv: string[], out: (line: string) => void): Promise<number> {
  const args = parseArgs(argv, {
    values: ['scenario', 'games', 'hard-games', 'seed', 'out', 'workers', 'rejudge', 'update'],
    switches: ['json', 'quick'],
  });
  if (args.positional.length > 0) throw new UsageError(`Unexpected argument "${args.positional[0]}".`);
  const quick = args.flags.has('quick');
  const ids = args.flags.has('scenario')
    ? stringFlag(args, 'scenario').split(',')
    : readdirSync(SCENARIO_DIR)
        .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
        .map((f) => f.replace(/\.json$/, ''))
        .sort();
  const games = intFlag(args, 'games', 1, 100_000) ?? (quick ? QUICK_GAMES : BALANCE_GAMES);
  const hardGames =
    intFlag(args, 'hard-games', 1, 100_000) ?? (quick ? QUICK_HARD_GAMES : BALANCE_HARD_GAMES);
  const hardPairingGames = quick ? hardGames : Math.max(hardGames, BALANCE_HARD_PAIRING_GAMES);
  const began = Date.now();
  const seed = stringFlag(args, 'seed', 'balance');
  const workers = intFlag(args, 'workers', 1, 64) ?? defaultWorkers();
  const path = args.flags.has('out') ? stringFlag(args, 'out') : null;
  // Every output and every scenario is checked before the first game: the report takes minutes to hours.
  if (path) {
    checkOutput(path);
    checkOutput(jsonPathOf(path), '--out (its JSON twin)');
  }
  if (args.flags.has('rejudge'))
    return rejudge(stringFlag(args, 'rejudge'), path, args.flags.has('json'), out);
  // `--update <report.json> --scenario a,b`: play only these scenarios again (their files changed), keep the
  // others' games from the earlier report, which must have been played with the same counts and seed.
  const earlier = args.flags.has('update') ? readReport(stringFlag(args, 'update')) : null;
  if (earlier) {
    if (!args.flags.has('scenario'))
      throw new UsageError('--update needs --scenario: the scenarios to play again.');
    const mine = { games, hardGames, hardPairingGames, seed };
    const theirs = {
      games: earlier.games,
      hardGames: earlier.hardGames,
      hardPairingGames: earlier.hardPairingGames,
      seed: earlier.seed,
    };
    if (JSON.stringify(mine) !== JSON.stringify(theirs))
      throw new UsageError(
        `--update: ${stringFlag(args, 'update')} was played with ${JSON.stringify(theirs)}, not ${JSON.stringify(mine)}; play the whole report again.`,
      );
  }
  const loaded = new Map(ids.map((id) => [id, loadScenario(id)]));

  const played: Played[] = [];
  for (const id of ids) {
    const scenario = loaded.get(id)!;
    // Series run side by side, one worker each, `workers` at a time: a series of one or two hard games
    // would otherwise leave a core idle. Reports are kept in the order of the matchups.
    const matchups = balanceMatchups(scenario.id);
    const reports: TournamentReport[] = new Array(matchups.length);
    let next = 0;
    const lane = async () => {
      while (next < matchups.length) {
        const i = next++;
        const matchup = matchups[i]!;
        const started = Date.now();
        const n = matchup.games ?? (matchup.hard ? (matchup.pairing ? hardPairingGames : hardGames) : games);
        // Each series on seeds of its own, so a target checked over several series sees as many seeds.
        const series = `${seed}/${matchup.holder}/${matchup.challenger}`;
        const report = await runTournament({ scenario, ...matchup, games: n, seed: series, workers: 1 });
        reports[i] = report;
        out(
          `${scenario.id}: ${matchup.holder} vs ${matchup.challenger}: holder won ${pct(report.winRate.holder)}, challenger ${pct(report.winRate.challenger)} (${n} games, ${Math.round((Date.now() - started) / 1000)} s)`,
        );
      }
    };
    await Promise.all(Array.from({ length: workers }, lane));
    played.push({ scenario, reports });
  }
  out(`Played in ${Math.round((Date.now() - began) / 1000)} s.`);
  if (earlier) {
    const kept = earlier.scenarios
      .filter((e) => !ids.includes(e.id))
      .map((e) => ({ scenario: loadScenario(e.id), reports: e.reports }));
    played.push(...kept);
    played.sort((a, b) => (a.scenario.id < b.scenario.id ? -1 : a.scenario.id > b.scenario.id ? 1 : 0));
  }
  const command = earlier ? earlier.command : `npm run tug -- balance ${argv.join(' ')}`.trim();
  return conclude(
    { command, games, hardGames, hardPairingGames, seed },
    played,
    path,
    args.flags.has('json'),
    out,
  );
}

interface Judged {
  id: string;
  title: string;
  reports: TournamentReport[];
  targets: TargetResult[];
}
type Params = { games: number; hardGames: number; hardPairingGames: number; seed: string };

/** A scenario's series as played (or read back from a report), before they are judged. */
interface Played {
  scenario: Scenario;
  reports: TournamentReport[];
}

/**
 * `--rejudge <report.json>`: the games of an earlier report judged again by today's targets, without
 * playing them (the games depend only on the code, scenarios and seeds, which a changed target leaves alone).
 */
function rejudge(file: string, path: string | null, json: boolean, out: (line: string) => void): number {
  const before = readReport(file);
  const played = before.scenarios.map((s) => ({ scenario: loadScenario(s.id), reports: s.reports }));
  return conclude(before, played, path, json, out);
}

type Report = Params & { command: string; scenarios: { id: string; reports: TournamentReport[] }[] };

/** An earlier report's JSON twin, checked for the parts rejudging reads. */
function readReport(file: string): Report {
  let r: Partial<Report>;
  try {
    r = JSON.parse(readInput(file, 'balance report')) as Partial<Report>;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(file, `is not JSON: ${reasonOf(e)}.`, true);
  }
  const fine =
    typeof r === 'object' &&
    r !== null &&
    typeof r.command === 'string' &&
    typeof r.seed === 'string' &&
    [r.games, r.hardGames, r.hardPairingGames].every((n) => Number.isInteger(n)) &&
    Array.isArray(r.scenarios) &&
    r.scenarios.every((s) => typeof s?.id === 'string' && Array.isArray(s.reports));
  if (!fine)
    throw new InputError(
      file,
      'is not a balance report written by `tug balance --out`: it needs command, seed, games, hardGames, hardPairingGames and scenarios with their reports.',
      true,
    );
  return r as Report;
}

function conclude(
  params: Params & { command: string },
  played: Played[],
  path: string | null,
  json: boolean,
  out: (line: string) => void,
): number {
  const { command, games, hardGames, hardPairingGames, seed } = params;
  const scenarios = played.map(
    ({ scenario, reports }): Judged => ({
      id: scenario.id,
      title: `${scenario.title.en} (${scenario.title.zh})`,
      reports,
      targets: judge(scenario, reports),
    }),
  );
  const overall = judgeAll(played);
  const all = [...scenarios.flatMap((s) => s.targets), ...overall];
  if (path) {
    writeOutput(path, markdown(command, { games, hardGames, hardPairingGames, seed }, scenarios, overall));
    writeOutput(
      jsonPathOf(path),
      `${JSON.stringify({ command, games, hardGames, hardPairingGames, seed, scenarios, overall }, null, 1)}\n`,
      '--out (its JSON twin)',
    );
    out(`Wrote ${path}`);
  }
  const verdict = (t: TargetResult) => (t.pass ? 'met' : t.applies ? 'NOT MET' : 'n/a');
  for (const t of all) out(`${verdict(t).padEnd(7)} ${t.scenario}: ${t.target}: ${t.figure}`);
  if (json) out(JSON.stringify({ games, hardGames, hardPairingGames, seed, targets: all }));
  return all.every((t) => t.pass || !t.applies) ? 0 : 1;
}

const jsonPathOf = (path: string) => `${path.replace(/\.md$/, '')}.json`;

const name = (id: string) => ENDING_NAMES[id as keyof typeof ENDING_NAMES]?.en ?? id;

function markdown(command: string, params: Params, scenarios: Judged[], overall: TargetResult[]): string {
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
    `Each series plays ${params.games} games (${params.hardGames} for a fixed doctrine or switching plan against \`ai:hard\`, ${params.hardPairingGames} for \`ai:hard\` against ai:normal or ai:easy, ${SPLIT_GAMES} for ai:normal vs ai:normal, whose split a target reads, and ${DICE_GAMES} for the dice series, ${DICE_PAIRING.join(' vs ')}) on seeds of its own:`,
    `game *i* of holder H against challenger C is played on seed \`${params.seed}/H/C/i\`. Who "won" is read from`,
    'the ending as [tournament.md](tournament.md) defines it. What changed in the rules and the AI to meet the',
    'targets, and how each target is read, is in [balance-notes.md](balance-notes.md). `npm run balance -- --quick`',
    'plays the same series with fewer games, for iterating.',
    '',
    `Switching plans tried against \`ai:hard\` (\`switch:<first>:<k>:<then>\` plays the fixed doctrine <first> for k turns, then <then>): ${[...SWITCH_HOLDERS, ...SWITCH_CHALLENGERS].map((n) => `\`${n}\``).join(', ')}.`,
    '',
    `Reach series, which show that an ending can happen at all and count only toward "every ending is reached" (not the rope order): ${REACH_SERIES.map(([h, c]) => `\`${h}\` vs \`${c}\``).join(', ')}.`,
    '',
    '## Targets',
    '',
    '| scenario | target | measured | |',
    '|---|---|---|---|',
  ];
  for (const s of scenarios)
    for (const t of s.targets)
      lines.push(
        `| ${s.id} | ${t.target} | ${t.figure} | ${t.pass ? 'met' : t.applies ? '**not met**' : 'n/a'} |`,
      );
  for (const t of overall)
    lines.push(`| all | ${t.target} | ${t.figure} | ${t.pass ? 'met' : '**not met**'} |`);
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
    const ropes = meanRopes(s.reports);
    lines.push(
      '',
      "The challenger's mean final rope (mean over the technologies) per ending, over all series:",
      '',
    );
    lines.push('| ending | games | mean final rope |', '|---|---|---|');
    for (const e of CHALLENGER_ENDINGS) {
      const x = ropes[e];
      if (x) lines.push(`| ${name(e)} | ${x.games} | ${x.meanRope.toFixed(1)} |`);
    }
    lines.push(
      '',
      'Talks and spread of each AI pairing:',
      '',
      '| holder | challenger | rounds of talks | deals | challenger score SD |',
      '|---|---|---|---|---|',
    );
    for (const r of s.reports.filter((x) => x.holder.startsWith('ai:') && x.challenger.startsWith('ai:')))
      lines.push(
        `| ${r.holder} | ${r.challenger} | ${r.talks.rounds} | ${r.talks.deals} | ${r.challengerScoreSd.toFixed(1)} |`,
      );
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
