// Who won a game, read from its ending: a rule, which the AI's judgement and tournaments both read. The challenger's aim is to pull the technologies home *and*
// out into the world; the holder's is to keep it dependent without wrecking its own firms.
//
// - The challenger wins when it ends as Leader or Self-reliant.
// - The holder wins when the challenger ends Still choked or in Crisis.
// - The Next Japan (the challenger makes, but sells only at home and stays outside the chain) is a
//   holder win: it kept the world market and the chain. Unless the holder paid for it with its own
//   firms (its ending is Double-edged sword): then both sides lost what they played for, and the game
//   is a draw.
// - A Crisis is a holder win only when its firms came through it healthy (Firm grip): a holder that wrecked
//   the market it sells into has not won, and the game is a draw.

import type { Side } from '../scenario/vocabulary.ts';
import type { Ending } from './state.ts';

export type Winner = Side | 'draw';

export function winner(ending: Pick<Ending, 'challenger' | 'holder'>): Winner {
  switch (ending.challenger) {
    case 'leader':
    case 'self-reliant':
      return 'challenger';
    case 'still-choked':
      return 'holder';
    case 'crisis':
      return ending.holder === 'firm-grip' ? 'holder' : 'draw';
    case 'next-japan':
      return ending.holder === 'double-edged-sword' ? 'draw' : 'holder';
  }
}

/** Each side's result: 1 won, ½ drawn, 0 lost. */
export function points(ending: Pick<Ending, 'challenger' | 'holder'>): Record<Side, number> {
  const w = winner(ending);
  if (w === 'draw') return { holder: 0.5, challenger: 0.5 };
  return w === 'holder' ? { holder: 1, challenger: 0 } : { holder: 0, challenger: 1 };
}
