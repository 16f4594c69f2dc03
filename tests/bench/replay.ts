// verifyOverPlay: verifying 1,000 turns of replays (read, check, fold, hash every turn) over playing the
// same turns headless (both players deciding, the rules resolving), measured in alternating rounds.
// Each round is timed in this process's CPU time rather than wall time: on a machine shared with other
// work, wall time swung this ratio from 0.9 to 2.3 between runs, while CPU time holds it steady.
import { playMatch } from '../../src/match/match.ts';
import { random } from '../../src/players/random.ts';
import { replayFromMatch, serializeReplay, verifyReplayText } from '../../src/replay/index.ts';
import { largestScenario } from './engine.ts';
import { median } from './measure.ts';

const TURNS = 1000;

export function benchReplay(log: (line: string) => void): Record<string, number> {
  const scenario = largestScenario();
  const players = { holder: random, challenger: random };
  // Whole games until they add up to 1,000 turns (25 when none ends early); the last is cut to fit.
  const games: { seed: string; turns: number; text: string }[] = [];
  let total = 0;
  for (let i = 0; total < TURNS; i++) {
    const seed = `bench-${i}`;
    const turns = Math.min(scenario.turns, TURNS - total);
    const match = playMatch(scenario, seed, players, { turns });
    games.push({
      seed,
      turns: match.orders.length,
      text: serializeReplay(replayFromMatch(scenario, seed, match)),
    });
    total += match.orders.length;
  }
  const find = () => scenario;
  const verify = () => {
    for (const g of games)
      if (!verifyReplayText(g.text, find).ok) throw new Error(`bench replay ${g.seed} does not verify`);
  };
  const play = () => {
    for (const g of games) playMatch(scenario, g.seed, players, { turns: g.turns });
  };
  verify();
  play();
  const cpuMillis = (fn: () => void) => {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  const v: number[] = [];
  const p: number[] = [];
  for (let round = 0; round < 9; round++) {
    v.push(cpuMillis(verify));
    p.push(cpuMillis(play));
  }
  const ratio = median(v) / median(p);
  log(
    `replay: verifying ${total} turns (${games.length} replays) ${median(v).toFixed(0)} ms, playing them headless ${median(p).toFixed(0)} ms (CPU time), ratio ${ratio.toFixed(2)} (goal ≤ 1.5)`,
  );
  return { verifyMillis: median(v), playMillis: median(p), verifyOverPlay: ratio };
}
