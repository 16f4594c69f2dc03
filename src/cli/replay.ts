// `tug replay <verb>`: verify a replay file, turn it into a link and back, fork it, compare two.
// Exit 0 when all is well, 1 when a replay is refused, 2 for a usage error or a file that cannot be read.
import { existsSync } from 'node:fs';
import { z } from 'zod';
import {
  compareTimelines,
  encodeReplayLink,
  forkReplay,
  OrdersSchema,
  openLink,
  type Replay,
  type ReplayError,
  readReplay,
  recordTurn,
  type ScenarioLookup,
  serializeReplay,
  startReplay,
  type Verified,
  verifyReplayText,
} from '../replay/index.ts';
import { parseJsonText } from '../scenario/parse.ts';
import { jsonPath } from '../scenario/problems.ts';
import type { Scenario } from '../scenario/schema.ts';
import { foldOrders, newGame } from '../sim/index.ts';
import { intFlag, parseArgs, stringFlag, UsageError } from './args.ts';
import { checkOutput, readInput, writeOutput } from './files.ts';
import { loadScenario, scenarioPath } from './scenarioFiles.ts';
import { player } from './sim.ts';

type Out = (line: string) => void;

const USAGE = `replay verify <file> [--scenario <id or path>] [--json]
  replay link <file> [--base <url>] [--scenario <id or path>]
  replay open <link> [--out <file>] [--scenario <id or path>]
  replay fork <file> --turn N --out <file> [--holder <player>] [--challenger <player>] [--scenario <id or path>]
  replay compare <file> <file> [--scenario <id or path>] [--json]
  replay build <orders.json> --scenario <id or path> --seed <text> --out <file>`;

export function replayCommand(argv: string[], out: Out): number {
  const [verb, ...rest] = argv;
  switch (verb) {
    case 'verify':
      return verify(rest, out);
    case 'link':
      return link(rest, out);
    case 'open':
      return open(rest, out);
    case 'fork':
      return fork(rest, out);
    case 'compare':
      return compare(rest, out);
    case 'build':
      return build(rest, out);
    default:
      throw new UsageError(`${verb ? `unknown verb "${verb}"` : 'name a verb'}; usage:\n  ${USAGE}`);
  }
}

/** Scenarios by id from scenarios/, or the one named by --scenario for every id. */
function scenarios(override: string | undefined): ScenarioLookup {
  const fixed = override === undefined ? null : loadScenario(override);
  const cache = new Map<string, Scenario | null>();
  return (id) => {
    if (fixed) return fixed;
    if (!cache.has(id)) {
      const known = /^[a-z][a-z0-9-]{0,39}$/.test(id) && existsSync(scenarioPath(id));
      cache.set(id, known ? loadScenario(id) : null);
    }
    return cache.get(id)!;
  };
}

/** A replay file's text: a regular file within the size limit (see readInput). */
const readText = (file: string): string => readInput(file, 'replay file');

/** The --scenario flag, for replays of a scenario file that is not shipped. */
function scenarioFlag(args: ReturnType<typeof parseArgs>): string | undefined {
  const v = args.flags.get('scenario');
  return typeof v === 'string' ? v : undefined;
}

const refusal = (where: string, e: ReplayError) => `${where}: refused (${e.code}): ${e.message}`;

function verify(argv: string[], out: Out): number {
  const args = parseArgs(argv, { values: ['scenario'], switches: ['json'] });
  if (args.positional.length !== 1) throw new UsageError('Name one replay file to verify.');
  const file = args.positional[0]!;
  const result = verifyReplayText(readText(file), scenarios(scenarioFlag(args)));
  if (args.flags.has('json')) {
    out(
      JSON.stringify(
        result.ok
          ? { file, ok: true, ...summary(result.value) }
          : {
              file,
              ok: false,
              code: result.error.code,
              turn: result.error.turn,
              reproduced: result.error.reproduced,
              message: result.error.message,
            },
      ),
    );
    return result.ok ? 0 : 1;
  }
  if (!result.ok) {
    out(refusal(file, result.error));
    for (const p of result.error.problems?.slice(1, 10) ?? []) out(`  also ${p.path}: ${p.message}`);
    return 1;
  }
  const s = summary(result.value);
  out(
    `${file}: verified: ${s.turns} turn${s.turns === 1 ? '' : 's'} of ${s.scenario}, seed ${JSON.stringify(s.seed)}, rules ${s.rules}, format ${s.format}: every turn's state hash reproduces.`,
  );
  out(
    s.ending
      ? `Ending: ${s.ending} on turn ${s.endingTurn}; final state hash ${s.hash}.`
      : `Unfinished: the game goes on from turn ${s.turns + 1}; state hash ${s.hash}.`,
  );
  if (s.parent) out(`A fork of replay ${s.parent.hash} after its turn ${s.parent.turn}.`);
  return 0;
}

function summary(v: Verified) {
  return {
    scenario: v.replay.scenario.id,
    seed: v.replay.seed,
    rules: v.replay.rules,
    format: v.replay.version,
    turns: v.turns,
    finished: v.finished,
    ending: v.state.ending?.id ?? null,
    endingTurn: v.state.ending?.turn ?? null,
    hash: v.replay.turns.at(-1)?.hash ?? v.replay.start,
    parent: v.replay.parent ?? null,
  };
}

/** Reads and verifies a replay file, or says why not. */
function loadReplay(file: string, find: ScenarioLookup): Replay {
  const text = readText(file);
  const read = readReplay(text);
  if (!read.ok) throw new Refused(refusal(file, read.error));
  const verified = verifyReplayText(text, find);
  if (!verified.ok) throw new Refused(refusal(file, verified.error));
  return read.value.replay;
}

class Refused extends Error {}

function guarded(out: Out, run: () => number): number {
  try {
    return run();
  } catch (e) {
    if (e instanceof Refused) {
      out(e.message);
      return 1;
    }
    throw e;
  }
}

function link(argv: string[], out: Out): number {
  const args = parseArgs(argv, { values: ['base', 'scenario'], switches: [] });
  if (args.positional.length !== 1) throw new UsageError('Name one replay file to make a link of.');
  return guarded(out, () => {
    const replay = loadReplay(args.positional[0]!, scenarios(scenarioFlag(args)));
    const made = encodeReplayLink(replay, stringFlag(args, 'base', 'http://localhost:5173/'));
    if (!made.ok) {
      out(made.error.message);
      return 1;
    }
    out(made.value);
    return 0;
  });
}

function open(argv: string[], out: Out): number {
  const args = parseArgs(argv, { values: ['out', 'scenario'], switches: [] });
  if (args.positional.length !== 1) throw new UsageError('Give one link to open.');
  const file = args.flags.get('out');
  if (typeof file === 'string') checkOutput(file);
  const opened = openLink(args.positional[0]!, scenarios(scenarioFlag(args)));
  if (!opened.ok) {
    out(refusal('link', opened.error));
    return 1;
  }
  if (opened.value.kind === 'play') {
    const { game, phase } = opened.value.open;
    out(
      `A game played by link: ${game.replay.turns.length} turns resolved; turn ${phase.turn} waits for the ${phase.side ?? 'nobody'} to ${phase.phase}.`,
    );
    return 0;
  }
  const v = opened.value.verified;
  out(`link: verified: ${v.turns} turns of ${v.replay.scenario.id}, seed ${JSON.stringify(v.replay.seed)}.`);
  if (typeof file === 'string') {
    writeOutput(file, serializeReplay(v.replay));
    out(`Replay written to ${file}.`);
  }
  return 0;
}

function fork(argv: string[], out: Out): number {
  const args = parseArgs(argv, { values: ['turn', 'out', 'holder', 'challenger', 'scenario'], switches: [] });
  if (args.positional.length !== 1) throw new UsageError('Name one replay file to fork.');
  const turn = intFlag(args, 'turn', 0, 200);
  if (turn === undefined) throw new UsageError('--turn is required: the last turn to keep.');
  const file = stringFlag(args, 'out');
  checkOutput(file);
  const holder = player(stringFlag(args, 'holder', 'idle'), 'holder');
  const challenger = player(stringFlag(args, 'challenger', 'idle'), 'challenger');
  return guarded(out, () => {
    const find = scenarios(scenarioFlag(args));
    const parent = loadReplay(args.positional[0]!, find);
    const scenario = find(parent.scenario.id)!;
    const forked = forkReplay(scenario, parent, turn, {
      players: { holder: holder.name, challenger: challenger.name },
      date: new Date().toISOString(),
      app: 'tug replay fork',
    });
    if (!forked.ok) throw new Refused(refusal(args.positional[0]!, forked.error));
    let replay = forked.value.replay;
    const played = foldOrders(
      scenario,
      forked.value.state,
      (state) =>
        state.ending
          ? null
          : {
              holder: holder.decide({ scenario, state, side: 'holder' }),
              challenger: challenger.decide({ scenario, state, side: 'challenger' }),
            },
      ({ orders, state }) => {
        replay = recordTurn(replay, orders, state);
      },
    );
    if (!played.ok) {
      const { error, state } = played.error;
      throw new Refused(
        `${args.positional[0]}: turn ${state.turn} cannot be played on: ${error.side ? `the ${error.side} gave illegal orders: ` : ''}${error.message}`,
      );
    }
    writeOutput(file, serializeReplay(replay));
    out(
      `${file}: a fork of ${args.positional[0]} after turn ${turn}, played on to turn ${replay.turns.length} by ${holder.name} and ${challenger.name}.`,
    );
    return 0;
  });
}

function compare(argv: string[], out: Out): number {
  const args = parseArgs(argv, { values: ['scenario'], switches: ['json'] });
  if (args.positional.length !== 2) throw new UsageError('Name two replay files to compare.');
  return guarded(out, () => {
    const find = scenarios(scenarioFlag(args));
    const [fa, fb] = args.positional as [string, string];
    const a = loadReplay(fa, find);
    const b = loadReplay(fb, find);
    const scenario = find(a.scenario.id)!;
    const c = compareTimelines(scenario, a, b);
    if (!c.ok) throw new Refused(refusal(`${fa} and ${fb}`, c.error));
    if (args.flags.has('json')) {
      out(JSON.stringify(c.value));
      return 0;
    }
    out(`${fa} and ${fb} share turns 1–${c.value.split} and split after turn ${c.value.split}.`);
    out(`turn  ${c.value.techs.map((t) => t.slice(0, 14).padStart(15)).join('')}   score c/h (a → b)`);
    for (const row of c.value.rows) {
      const ropes = c.value.techs
        .map((_, i) => {
          const ra = row.a?.ropes[i];
          const rb = row.b?.ropes[i];
          return `${ra === undefined ? '—' : ra.toFixed(1)}/${rb === undefined ? '—' : rb.toFixed(1)}`.padStart(
            15,
          );
        })
        .join('');
      const score = (p: typeof row.a) => (p ? `${p.score.challenger}/${p.score.holder}` : '—');
      out(`${String(row.turn).padStart(4)}  ${ropes}   ${score(row.a)} → ${score(row.b)}`);
    }
    return 0;
  });
}

/** A replay written from a list of orders: the rules play them and the hashes are filled in. */
function build(argv: string[], out: Out): number {
  const args = parseArgs(argv, { values: ['scenario', 'seed', 'out'], switches: [] });
  if (args.positional.length !== 1) throw new UsageError('Name one file holding a JSON list of orders.');
  const source = args.positional[0]!;
  const scenario = loadScenario(stringFlag(args, 'scenario'));
  const seed = stringFlag(args, 'seed');
  const file = stringFlag(args, 'out');
  checkOutput(file);
  // The same limits as a replay file: 2 MB, 64 levels deep (200 turns of orders fit in far less).
  const parsed = parseJsonText(readInput(source, 'orders file'), 'orders file');
  if (!parsed.ok) {
    out(`${source}: ${parsed.error[0]!.message}`);
    return 1;
  }
  const raw = parsed.value;
  const list = z.array(OrdersSchema).max(200).safeParse(raw, { reportInput: true });
  if (!list.success) {
    const issue = list.error.issues[0]!;
    const at = typeof issue.path[0] === 'number' ? ` (turn ${issue.path[0] + 1})` : '';
    out(`${source}: ${jsonPath(issue.path)}${at}: ${issue.message}`);
    return 1;
  }
  let replay = startReplay(scenario, seed, {
    meta: { date: new Date().toISOString(), app: 'tug replay build' },
  });
  const built = foldOrders(scenario, newGame(scenario, seed), list.data, ({ orders, state }) => {
    replay = recordTurn(replay, orders, state);
  });
  if (!built.ok) {
    const { error, state } = built.error;
    const which = error.action === undefined ? 'orders are' : `action ${error.action + 1} is`;
    out(
      error.side === null
        ? `${source}: turn ${state.turn}: ${error.message} (the game ended before it)`
        : `${source}: turn ${state.turn}: the ${error.side}'s ${which} refused: ${error.message}`,
    );
    return 1;
  }
  const { state } = built.value;
  writeOutput(file, serializeReplay(replay));
  out(
    `${file}: ${replay.turns.length} turns of ${scenario.id}, seed ${JSON.stringify(seed)}${state.ending ? `, ending ${state.ending.id}` : ', unfinished'}.`,
  );
  return 0;
}
