// What the page shows, for window.tug's readers (tests and curious players): the screen that shows a game
// sets these while it is up. No imports but types, so the boot chunk stays light.
import type { Objectives } from '../sim/objectives.ts';
import type { NewsEntry } from './game/news.ts';

/** A text the board draws, with its box on the canvas. */
export interface BoardLabel {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export const probe: {
  boardLabels(): BoardLabel[];
  news(): NewsEntry[];
  objectives(): Objectives | null;
} = {
  boardLabels: () => [],
  news: () => [],
  objectives: () => null,
};
