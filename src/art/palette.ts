// The two side colours, always paired with a pattern and a shape so that no information is carried by
// colour alone. The colour-blind palette uses the Okabe–Ito blue and orange.
import type { Side } from '../sim/index.ts';

export type PaletteName = 'standard' | 'colourblind';

export interface SideLook {
  colour: number; // for Phaser
  css: string; // for the DOM
  pattern: 'hatch' | 'dots';
  shape: 'square' | 'circle';
}

const PALETTES: Record<PaletteName, Record<Side | 'others', SideLook>> = {
  standard: {
    holder: { colour: 0x5b8fd1, css: '#5b8fd1', pattern: 'hatch', shape: 'square' },
    challenger: { colour: 0xe0694a, css: '#e0694a', pattern: 'dots', shape: 'circle' },
    others: { colour: 0x8f9a8c, css: '#8f9a8c', pattern: 'hatch', shape: 'square' },
  },
  colourblind: {
    holder: { colour: 0x0072b2, css: '#3a9ad9', pattern: 'hatch', shape: 'square' },
    challenger: { colour: 0xe69f00, css: '#e69f00', pattern: 'dots', shape: 'circle' },
    others: { colour: 0x999999, css: '#aaaaaa', pattern: 'hatch', shape: 'square' },
  },
};

let current: PaletteName = 'standard';

export const setPalette = (name: PaletteName): void => {
  current = name;
  document.documentElement.dataset.palette = name;
};

export const look = (side: Side | 'others'): SideLook => PALETTES[current][side];

export const TABLE = {
  background: 0x0f1618,
  grid: 0x1c2a2d,
  ink: 0xe6e1d3,
  muted: 0x8a9691,
  brass: 0xc9a55a,
  rope: 0xcdb98f,
  ropeShade: 0x8c7a55,
} as const;
