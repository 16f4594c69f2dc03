// Mounts the Phaser board inside the game screen. Phaser is loaded on demand, so the title screen
// appears without waiting for the engine.
import { TABLE } from '../../art/palette.ts';
import { t } from '../../i18n/index.ts';
import type { BoardDeps, BoardScene } from '../../scenes/BoardScene.ts';
import { el } from '../dom.ts';
import { type BoardLabel, probe } from '../probe.ts';

export interface BoardHandle {
  labels(): BoardLabel[];
  skip(): void;
  hurry(): void;
  animating(): boolean;
  destroy(): void;
}

/**
 * Whether WebGL here is a software rasteriser (SwiftShader, llvmpipe…). There the board draws with
 * Phaser's Canvas renderer: WebGL would compile its shader programs while the main thread waits (over
 * 100 ms at the first frames), and every pixel costs the CPU anyway.
 */
function softwareWebGL(): boolean {
  const gl = document.createElement('canvas').getContext('webgl');
  if (!gl) return false;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return /swiftshader|llvmpipe|softpipe|software/i.test(renderer);
}

/**
 * Lets the browser take input and paint between two long pieces of loading. Without it, evaluating Phaser,
 * probing WebGL and constructing the game ran as one task (an await continues in the same task).
 */
const nextTask = () => new Promise<void>((go) => setTimeout(go, 0));

export async function mountBoard(parent: HTMLElement, deps: Omit<BoardDeps, 'ready'>): Promise<BoardHandle> {
  // The board takes a second or two to load on a slow machine: say so, rather than show an empty table.
  const loading = el('p', { class: 'board-loading', role: 'status' }, t('board.loading'));
  parent.append(loading);
  // Phaser is fetched and compiled after the screen's first frame: on two cores, compiling it beside the
  // screen's first layout made that layout take several times as long.
  await new Promise<void>((go) => requestAnimationFrame(() => setTimeout(go, 0)));
  const [{ default: Phaser }, { BoardScene }] = await Promise.all([
    import('phaser'),
    import('../../scenes/BoardScene.ts'),
  ]);
  await nextTask();
  const software = softwareWebGL();
  await nextTask();
  const game = new Phaser.Game({
    type: software ? Phaser.CANVAS : Phaser.WEBGL,
    parent,
    backgroundColor: TABLE.background, // the map table: BoardScene draws no fill of its own
    banner: false,
    // Without a GPU the compositor reads every drawn frame back from the rasteriser, and the main thread
    // waits for it: half as many frames halve that wait, and the knots still slide smoothly.
    ...(software ? { fps: { limit: 30 } } : {}),
    scale: {
      mode: Phaser.Scale.RESIZE,
      width: parent.clientWidth || 800,
      height: parent.clientHeight || 400,
    },
    input: { keyboard: false }, // the DOM owns the keyboard
    audio: { noAudio: true }, // cues are synthesised with Web Audio
  });
  // Resolve once the scene has drawn, so no turn can resolve before the board listens.
  await new Promise<void>((ready) => game.scene.add('Board', BoardScene, true, { ...deps, ready }));
  loading.remove();
  // The board has reached the screen once: the benchmark measures "board ready" to this mark.
  game.events.once(Phaser.Core.Events.POST_RENDER, () => performance.mark('tug:board'));
  const scene = () => game.scene.getScene('Board') as BoardScene | null;
  const handle: BoardHandle = {
    labels: () => scene()?.labels() ?? [],
    skip: () => scene()?.skip(),
    hurry: () => scene()?.hurry(),
    animating: () => scene()?.animating ?? false,
    destroy: () => {
      if (probe.boardLabels === handle.labels) probe.boardLabels = () => [];
      scene()?.detach();
      game.destroy(true);
      // Phaser destroys a game on its next step, and a sleeping loop (an idle board) takes none.
      if (!game.loop.running) game.loop.wake();
    },
  };
  probe.boardLabels = handle.labels;
  return handle;
}
