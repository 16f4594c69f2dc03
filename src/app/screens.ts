// Every screen by name, each loaded when first opened: a screen is a chunk of its own, and the page boots
// with the title alone.
import type { ScreenFactory, ScreenName } from '../shell/shell.ts';

export type ScreenRegistry = { [N in ScreenName]: () => Promise<ScreenFactory<N>> };

export const SCREENS: ScreenRegistry = {
  title: () => import('../ui/title.ts').then((m) => m.titleScreen),
  choose: () => import('../ui/choose.ts').then((m) => m.chooseScreen),
  game: () => import('../ui/game/gameScreen.ts').then((m) => m.gameScreen),
  end: () => import('../ui/end/endScreen.ts').then((m) => m.endScreen),
  viewer: () => import('../ui/replay/viewerScreen.ts').then((m) => m.viewerScreen),
  compare: () => import('../ui/replay/compareScreen.ts').then((m) => m.compareScreen),
  link: () => import('../ui/linkPlay/linkGameScreen.ts').then((m) => m.linkGameScreen),
  studio: () => import('../ui/studio/studioScreen.ts').then((m) => m.studioScreen),
};
