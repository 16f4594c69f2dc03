// A replay as text. Files put the header first and one turn per line: easy to read and to diff, and a
// file cut short still holds its header, so the reader can say which turn is missing. Links use the
// same fields with no white space.
import type { Replay } from './format.ts';

const HEADER = [
  'format',
  'version',
  'rules',
  'scenario',
  'seed',
  'start',
  'length',
  'parent',
  'meta',
] as const;

/** The file form of a replay. */
export function serializeReplay(replay: Replay): string {
  const lines: string[] = [];
  for (const key of HEADER) {
    const value = replay[key];
    if (value !== undefined) lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(value)},`);
  }
  const turns = replay.turns.map((t) => `    ${JSON.stringify(compactTurn(t))}`);
  lines.push(turns.length ? `  "turns": [\n${turns.join(',\n')}\n  ]` : '  "turns": []');
  return `{\n${lines.join('\n')}\n}\n`;
}

/** The compact form of a replay, for links: the same JSON with no white space and a fixed key order. */
export function compactReplay(replay: Replay): string {
  const out: Record<string, unknown> = {};
  for (const key of HEADER) if (replay[key] !== undefined) out[key] = replay[key];
  out.turns = replay.turns.map(compactTurn);
  return JSON.stringify(out);
}

const compactTurn = (t: Replay['turns'][number]) => ({
  turn: t.turn,
  orders: { holder: t.orders.holder, challenger: t.orders.challenger },
  hash: t.hash,
});
