// `tug sim`: plays one whole game headless and summarises it.
import { ENDING_NAMES } from '../i18n/endings.ts';
import { playMatch } from '../match/match.ts';
import { describePlayers, type Player, parsePlayer } from '../players/index.ts';
import { replayFromMatch, serializeReplay } from '../replay/index.ts';
import { hashState, laneBars } from '../sim/index.ts';
import { intFlag, parseArgs, stringFlag, UsageError } from './args.ts';
import { checkOutput, writeOutput } from './files.ts';
import { loadScenario } from './scenarioFiles.ts';

export function player(name: string, side: 'holder' | 'challenger'): Player {
  const p = parsePlayer(name);
  if (!p) throw new UsageError(`Unknown ${side} player "${name}"; players are ${describePlayers()}.`);
  // Fixed doctrines and AI personalities are made for one side.
  if (p.side && p.side !== side) throw new UsageError(`${name} plays the ${p.side}, not the ${side}.`);
  return p;
}

export function simCommand(argv: string[], out: (line: string) => void): number {
  const args = parseArgs(argv, {
    values: ['scenario', 'seed', 'holder', 'challenger', 'turns', 'replay-out'],
    switches: ['json'],
  });
  if (args.positional.length > 0) throw new UsageError(`Unexpected argument "${args.positional[0]}".`);
  const scenario = loadScenario(stringFlag(args, 'scenario'));
  const seed = stringFlag(args, 'seed');
  const holder = player(stringFlag(args, 'holder', 'idle'), 'holder');
  const challenger = player(stringFlag(args, 'challenger', 'idle'), 'challenger');
  const turns = intFlag(args, 'turns', 1, 10_000);
  const replayOut = args.flags.get('replay-out');
  if (typeof replayOut === 'string') checkOutput(replayOut, '--replay-out');
  const { state, orders } = playMatch(
    scenario,
    seed,
    { holder, challenger },
    turns === undefined ? {} : { turns },
  );
  const hash = hashState(state);
  if (typeof replayOut === 'string') {
    const replay = replayFromMatch(
      scenario,
      seed,
      { orders },
      {
        meta: {
          players: { holder: holder.name, challenger: challenger.name },
          date: new Date().toISOString(),
          app: 'tug sim',
        },
      },
    );
    writeOutput(replayOut, serializeReplay(replay), '--replay-out');
  }
  const ropes = Object.fromEntries(state.techs.map((t) => [t.id, t.rope]));
  const ending = state.ending;
  if (args.flags.has('json')) {
    out(
      JSON.stringify({
        scenario: scenario.id,
        seed,
        holder: holder.name,
        challenger: challenger.name,
        turns: orders.length,
        ending: ending?.id ?? 'unfinished',
        endings: ending ? { challenger: ending.challenger, holder: ending.holder } : null,
        score: ending?.score ?? null,
        figures: ending?.figures ?? null,
        ropes,
        hash,
        ...(typeof replayOut === 'string' ? { replay: replayOut } : {}),
      }),
    );
    return 0;
  }
  out(
    `${scenario.title.en} (${scenario.title.zh}), seed "${seed}": ${holder.name} holder vs ${challenger.name} challenger, ${orders.length} turns`,
  );
  if (ending) {
    const name = (id: keyof typeof ENDING_NAMES) => `${ENDING_NAMES[id].en} (${ENDING_NAMES[id].zh})`;
    out(`Ending: ${name(ending.challenger)} / ${name(ending.holder)} on turn ${ending.turn}`);
    out(`Score: challenger ${ending.score.challenger}, holder ${ending.score.holder}`);
    const f = ending.figures;
    const e = scenario.endings;
    out(
      `Decided by the board: lanes meeting Leader ${f.lanes.leader}/${e.leader.lanes}, Self-reliant ${f.lanes.selfReliant}/${e.selfReliant.lanes}, The Next Japan ${f.lanes.nextJapan}/${e.nextJapan.lanes}; holder revenue index ${f.holderHealth.toFixed(3)}, industry index ${f.industryIndex.toFixed(3)}`,
    );
  } else {
    out('Ending: not reached (stopped by --turns)');
  }
  out("Ropes (−100 holder … +100 challenger) and the challenger's make / sell / chain bars:");
  for (const lane of laneBars(scenario, state)) {
    const name = scenario.technologies.find((d) => d.id === lane.tech)!.name;
    const bars = [lane.make, lane.sell, lane.chain].map((x) => x.toFixed(0).padStart(3)).join(' ');
    out(`  ${lane.tech.padEnd(20)} ${lane.rope.toFixed(1).padStart(7)}  ${bars}  ${name.en}`);
  }
  out(`State hash: ${hash}`);
  if (typeof replayOut === 'string') out(`Replay written to ${replayOut}`);
  return 0;
}
