// A replay file cut short (a download that stopped, a copy that lost its end) is not valid JSON. To say
// which turn is missing, this finds the last point where the file held only whole values (a header
// field or a whole turn) and closes the brackets that were still open there.

export interface CutFile {
  /** The text up to the last whole turn or header field, with its brackets closed: valid JSON if the rest was. */
  closed: string;
  /** How many whole turns the cut file still holds. */
  turns: number;
  /** The text stops inside the list of turns. */
  inTurns: boolean;
}

interface Frame {
  kind: 'object' | 'array';
  key: string | null; // the key this container sits under in its parent object
  awaitingKey: boolean; // in an object: the next string is a key
  lastKey: string | null;
}

/** Null when the text ends with every bracket closed and no string open: it is not cut. */
export function findCut(text: string): CutFile | null {
  const stack: Frame[] = [];
  let best: { at: number; closers: string; turns: number } | null = null;
  let turns = 0;

  const inTurns = () => stack.length === 2 && stack[1]!.kind === 'array' && stack[1]!.key === 'turns';
  const valueEnded = (at: number) => {
    if (stack.length === 1) best = { at, closers: '}', turns };
    else if (inTurns()) {
      turns++;
      best = { at, closers: ']}', turns };
    }
  };

  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === '"') {
      let j = i + 1;
      while (j < n && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (j >= n) break; // the text stops inside a string
      const top = stack[stack.length - 1];
      if (top?.kind === 'object' && top.awaitingKey) {
        top.awaitingKey = false;
        top.lastKey = text.slice(i + 1, j);
      } else valueEnded(j + 1);
      i = j + 1;
    } else if (c === '{' || c === '[') {
      const top = stack[stack.length - 1];
      stack.push({
        kind: c === '{' ? 'object' : 'array',
        key: top?.kind === 'object' ? top.lastKey : null,
        awaitingKey: c === '{',
        lastKey: null,
      });
      i++;
    } else if (c === '}' || c === ']') {
      stack.pop();
      if (stack.length === 0) return null; // the root closed: whatever follows is not a cut
      valueEnded(i + 1);
      i++;
    } else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top?.kind === 'object') top.awaitingKey = true;
      i++;
    } else if (/[-0-9tfn]/.test(c)) {
      let j = i;
      while (j < n && !/[\s,\]}]/.test(text[j]!)) j++;
      if (j >= n) break; // the text stops inside a number or a literal
      valueEnded(j);
      i = j;
    } else i++;
  }
  if (stack.length === 0) return null;
  const inside = stack.length >= 2 && stack[1]!.kind === 'array' && stack[1]!.key === 'turns';
  const found = best as { at: number; closers: string; turns: number } | null;
  if (!found) return { closed: '', turns: 0, inTurns: inside };
  return { closed: text.slice(0, found.at) + found.closers, turns: found.turns, inTurns: inside };
}
