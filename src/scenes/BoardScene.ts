// The board: one rope lane per technology, a knot at the rope's position pulled toward its target, each
// side's make/sell/chain bars at its end of the rope, and the control badge. It only draws: the state
// comes from a board source (a live game or a replay) through pure selectors, and input goes back as a selected technology.
import Phaser from 'phaser';
import { iconDataUrl } from '../art/icons.ts';
import { look, TABLE } from '../art/palette.ts';
import { play } from '../audio/cues.ts';
import { type LaneView, lanes } from '../game/selectors.ts';
import type { BoardSource } from '../game/view.ts';
import { endingName, onLang, signedWhole, t, tx } from '../i18n/index.ts';
import { CATEGORIES, type GameState } from '../sim/index.ts';
import { type BoardLayout, boardLayout, type LaneBox, ropeX } from './boardLayout.ts';

export interface BoardDeps {
  source: BoardSource;
  selected(): string | null;
  select(tech: string): void;
  speedMs(): number;
  onSettings(listener: () => void): () => void;
  ready(): void;
}

const FONT = '"IBM Plex Sans", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
const hex = (n: number) => `#${n.toString(16).padStart(6, '0')}`;

interface LaneTexts {
  name: Phaser.GameObjects.Text;
  badge: Phaser.GameObjects.Text;
  note: Phaser.GameObjects.Text;
  value: Phaser.GameObjects.Text;
  bars: Phaser.GameObjects.Text[]; // holder make/sell/chain, then challenger's
  icon: Phaser.GameObjects.Image;
}

const LANES_A_TASK = 1; // lanes set out in one main-thread task while the board loads (see create)
const lerp = (a: number, b: number, p: number) => a + (b - a) * p;

/** Sets a text, shortened with an ellipsis to fit a width; the full name stays in the DOM's text board. */
function fitText(text: Phaser.GameObjects.Text, full: string, width: number): void {
  const key = `${full}|${width}`;
  if (text.getData('fit') === key) return;
  text.setData('fit', key);
  text.setText(full);
  if (text.width <= width) return;
  let lo = 1;
  let hi = full.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    text.setText(`${full.slice(0, mid)}…`);
    if (text.width <= width) lo = mid;
    else hi = mid - 1;
  }
  text.setText(`${full.slice(0, lo)}…`);
}
const ease = (p: number) => 1 - (1 - p) * (1 - p) * (1 - p);

export class BoardScene extends Phaser.Scene {
  private deps!: BoardDeps;
  private g!: Phaser.GameObjects.Graphics; // what moves: knots, chevrons, bar fills, the selection
  private backdrop!: Phaser.GameObjects.RenderTexture; // what does not: drawn once per size and palette
  private staticG!: Phaser.GameObjects.Graphics;
  private backdropKey = '';
  private texts: LaneTexts[] = [];
  private header: Phaser.GameObjects.Text[] = [];
  private layout!: BoardLayout;
  private view: LaneView[] = [];
  private animation: {
    from: LaneView[];
    to: LaneView[];
    start: number;
    duration: number;
    stamped: boolean;
  } | null = null;
  private cleanups: (() => void)[] = [];
  private stampAt = new Map<string, number>(); // lane id → time its badge was stamped, for the punch effect
  private idleFrames = 3;
  private detached = false;

  constructor() {
    super('Board');
  }

  init(deps: BoardDeps): void {
    this.deps = deps;
    this.texts = [];
    this.header = [];
    this.animation = null;
    this.cleanups = [];
    this.stampAt = new Map();
    this.detached = false;
  }

  preload(): void {
    for (const c of CATEGORIES)
      this.load.svg(`icon-${c}`, iconDataUrl(c, '#c9a55a'), { width: 44, height: 44 });
  }

  create(): void {
    const { source } = this.deps;
    this.view = lanes(source.view().scenario, source.view().state);
    this.backdrop = this.add
      .renderTexture(0, 0, Math.max(1, this.scale.width), Math.max(1, this.scale.height))
      .setOrigin(0, 0);
    this.staticG = this.make.graphics({}, false);
    this.backdropKey = '';
    this.g = this.add.graphics();
    const style = {
      fontFamily: FONT,
      color: hex(TABLE.ink),
      resolution: Math.min(2, window.devicePixelRatio || 1),
    };
    this.header = [
      this.add.text(0, 6, '', { ...style, fontSize: '13px' }),
      this.add.text(0, 6, '', { ...style, fontSize: '13px' }).setOrigin(1, 0),
      this.add.text(0, 6, '', { ...style, fontSize: '12px', color: hex(TABLE.brass) }).setOrigin(0.5, 0),
    ];
    // A stopped scene gets 'shutdown'; a destroyed game gives its scenes only 'destroy'.
    this.events.once('shutdown', this.stopListening, this);
    this.events.once('destroy', this.stopListening, this);
    // Every lane has ten texts, each with a canvas of its own to create and fill: all lanes at once held
    // the main thread for 50–90 ms. A lane a task keeps the page answering while it sets out.
    this.layout = boardLayout(this.scale.width, this.scale.height, this.view.length);
    const selected = this.deps.selected();
    let next = 0;
    const setOut = () => {
      if (this.detached) return;
      if (next >= this.view.length) return this.listen();
      for (const end = Math.min(this.view.length, next + LANES_A_TASK); next < end; next++) {
        const lane = this.view[next]!;
        this.texts.push(this.laneTexts(lane, style));
        this.drawLane(lane, this.layout.lanes[next]!, this.texts[next]!, lane.id === selected);
      }
      setTimeout(setOut, 0);
    };
    setOut();
  }

  private laneTexts(lane: LaneView, style: Phaser.Types.GameObjects.Text.TextStyle): LaneTexts {
    return {
      icon: this.add.image(0, 0, `icon-${lane.category}`).setDisplaySize(22, 22).setOrigin(0, 0),
      name: this.add.text(0, 0, '', { ...style, fontSize: '14px', fontStyle: 'bold' }),
      badge: this.add.text(0, 0, '', { ...style, fontSize: '12px', padding: { x: 5, y: 2 } }),
      note: this.add.text(0, 0, '', { ...style, fontSize: '12px', color: '#f08f7a' }),
      value: this.add.text(0, 0, '', { ...style, fontSize: '13px', fontStyle: 'bold' }).setOrigin(0.5, 1),
      bars: Array.from({ length: 6 }, () =>
        this.add.text(0, 0, '', { ...style, fontSize: '11px', color: hex(TABLE.muted) }),
      ),
    };
  }

  /** Once every lane is set out: the whole board drawn, and what it answers to. */
  private listen(): void {
    const { source } = this.deps;
    // Lanes are picked with a plain DOM listener: it works while the render loop sleeps.
    const canvas = this.game.canvas;
    const onPointer = (e: PointerEvent) => {
      const rect = canvas.getBoundingClientRect();
      const y = e.clientY - rect.top;
      const hit = this.layout.lanes.findIndex((l) => y >= l.y && y < l.y + l.height);
      if (hit >= 0) this.deps.select(this.view[hit]!.id);
    };
    canvas.addEventListener('pointerdown', onPointer);
    canvas.style.cursor = 'pointer';
    this.cleanups.push(() => canvas.removeEventListener('pointerdown', onPointer));
    this.relayout();
    this.scale.on('resize', this.relayout, this);
    this.cleanups.push(
      source.onMove((before, after) => this.animate(before, after)),
      source.onRedraw(() => this.draw()),
      onLang(() => this.draw()),
      this.deps.onSettings(() => this.draw()),
      this.onFontsLoaded(),
    );
    this.deps.ready();
  }

  /**
   * The CJK font arrives in pieces by Unicode range, each fetched when a page first uses one of its
   * characters: a text drawn before its piece came shows empty boxes (高铁□承), and the canvas does not
   * redraw by itself. Each time pieces finish loading, every text is drawn again.
   */
  private onFontsLoaded(): () => void {
    const fonts = document.fonts;
    if (!fonts?.addEventListener) return () => {};
    const redraw = () => {
      if (this.detached) return;
      for (const x of this.allTexts()) x.updateText();
      this.draw();
    };
    // Ask for the pieces the board's own texts need, too: the page may not show every character it draws.
    const ask = () => {
      fonts
        .load(
          '13px "Noto Sans SC"',
          this.allTexts()
            .map((x) => x.text)
            .join(''),
        )
        .catch(() => {});
    };
    fonts.addEventListener('loadingdone', redraw);
    ask();
    const stop = onLang(ask);
    return () => {
      fonts.removeEventListener('loadingdone', redraw);
      stop();
    };
  }

  private allTexts(): Phaser.GameObjects.Text[] {
    return [...this.header, ...this.texts.flatMap((l) => [l.name, l.badge, l.note, l.value, ...l.bars])];
  }

  /** Plays the rest of the turn's animation three times as fast. */
  hurry(): void {
    const a = this.animation;
    if (!a) return;
    const now = this.game.loop.time;
    const done = Math.min(1, (now - a.start) / Math.max(1, a.duration));
    a.duration /= 3;
    a.start = now - done * a.duration;
  }

  /** Ends the turn's animation at once. */
  skip(): void {
    if (this.animation) this.finish();
  }

  get animating(): boolean {
    return this.animation !== null;
  }

  override update(time: number): void {
    const a = this.animation;
    if (!a) {
      // A freshly stamped badge punches for half a second after the animation ends.
      if ([...this.stampAt.values()].some((at) => time - at < 520)) this.draw();
      // Nothing moves: let the render loop sleep until something changes (wake() in draw()).
      else if (--this.idleFrames <= 0) this.game.loop.sleep();
      return;
    }
    const p = a.duration <= 0 ? 1 : Math.min(1, (time - a.start) / a.duration);
    if (!a.stamped && p >= 0.25) {
      a.stamped = true;
      this.stampChangedControls(a.from, a.to, time);
    }
    const k = ease(p);
    this.view = a.to.map((to, i) => {
      const from = a.from[i]!;
      const mix = (x: { make: number; sell: number; chain: number }, y: typeof x) => ({
        make: lerp(x.make, y.make, k),
        sell: lerp(x.sell, y.sell, k),
        chain: lerp(x.chain, y.chain, k),
      });
      return {
        ...to,
        control: p >= 0.25 ? to.control : from.control,
        rope: lerp(from.rope, to.rope, k),
        target: lerp(from.target, to.target, k),
        holder: mix(from.holder, to.holder),
        challenger: mix(from.challenger, to.challenger),
      };
    });
    this.draw();
    if (p >= 1) this.finish();
  }

  /**
   * The board is going away (board.ts): stop listening now, and ignore an event already on its way to
   * this scene, for Phaser destroys the game only at its next step.
   */
  detach(): void {
    this.detached = true;
    this.stopListening();
  }

  private stopListening(): void {
    this.detached = true; // a board still being set out stops there
    this.scale.off('resize', this.relayout, this);
    for (const c of this.cleanups.splice(0)) c();
  }

  private animate(before: GameState, after: GameState): void {
    if (this.detached) return;
    const { scenario } = this.deps.source.view();
    const from = lanes(scenario, before);
    const to = lanes(scenario, after);
    const duration = this.deps.speedMs();
    if (to.some((l, i) => Math.abs(l.rope - from[i]!.rope) > 0.3)) play('creak');
    if (!this.game.loop.running) this.game.loop.wake(true);
    this.animation = { from, to, start: this.game.loop.time, duration, stamped: false };
    if (duration <= 0) this.finish();
  }

  private stampChangedControls(from: LaneView[], to: LaneView[], time: number): void {
    let stamped = false;
    to.forEach((l, i) => {
      if (l.control !== from[i]!.control) {
        this.stampAt.set(l.id, time);
        stamped = true;
      }
    });
    if (stamped) play('stamp');
  }

  private finish(): void {
    const a = this.animation;
    if (!a) return;
    if (!a.stamped) this.stampChangedControls(a.from, a.to, this.time.now);
    this.animation = null;
    const { scenario, state } = this.deps.source.view();
    this.view = lanes(scenario, state);
    this.draw();
    // The end of the turn rebuilds the game screen's panels: in a task of its own, so that this frame
    // reaches the screen without waiting for it.
    setTimeout(() => this.deps.source.animationDone(), 0);
  }

  private relayout(): void {
    this.layout = boardLayout(this.scale.width, this.scale.height, this.view.length);
    this.draw();
  }

  private draw(): void {
    if (!this.layout || this.detached) return;
    // Keep the loop awake for a couple of frames so the new picture reaches the screen.
    this.idleFrames = 3;
    if (!this.game.loop.running) this.game.loop.wake(true);
    if (!this.animation) this.view = lanes(this.deps.source.view().scenario, this.deps.source.view().state);
    const { scenario } = this.deps.source.view();
    this.g.clear();
    const W = this.scale.width;
    this.drawBackdrop();

    const first = this.layout.lanes[0];
    if (first) {
      const [left, right, marks] = this.header;
      const narrow = this.layout.narrow;
      const e = scenario.endings;
      // The marks drawn on the lanes, named. On a phone, where the bars carry bare numbers, a second row
      // says what the bars are as well.
      const named = (shape: string, id: 'self-reliant' | 'leader', at: number | undefined) =>
        at === undefined ? '' : `${shape} ${endingName(id)} ${signedWhole(at)}`;
      const key = [named('◆', 'self-reliant', e.selfReliant.rope), named('▲', 'leader', e.leader.rope)]
        .filter(Boolean)
        .join('   ');
      if (narrow)
        marks!
          .setText(`${t('board.barsKey')}   ${key}`)
          .setOrigin(0, 0)
          .setPosition(8, 28);
      else marks!.setText(key).setOrigin(0.5, 0).setPosition(ropeX(first, 0), 8);
      left!
        .setText(
          narrow
            ? `■ ${tx(scenario.holder.name)} ◀`
            : `■ ${t('side.holder')} · ${tx(scenario.holder.name)}  ◀ −100`,
        )
        .setPosition(this.layout.narrow ? 8 : first.holderBarsX - 62, 8)
        .setColor(look('holder').css);
      right!
        .setText(
          narrow
            ? `▶ ${tx(scenario.challenger.name)} ●`
            : `+100 ▶  ${t('side.challenger')} · ${tx(scenario.challenger.name)} ●`,
        )
        .setPosition(W - 8, 8)
        .setColor(look('challenger').css);
    }
    const selected = this.deps.selected();
    this.view.forEach((lane, i) => {
      this.drawLane(lane, this.layout.lanes[i]!, this.texts[i]!, lane.id === selected);
    });
  }

  /**
   * The parts of the board that do not move during a turn (the table's grid, each lane's hatched and
   * dotted halves, scale, rope, handles and bar tracks) are drawn once into a texture, and again only
   * when the size or the palette changes. Each animation frame then draws just what moves.
   */
  private drawBackdrop(): void {
    const W = this.scale.width;
    const H = this.scale.height;
    const key = `${W}x${H}|${look('holder').colour}|${look('challenger').colour}|${this.layout.lanes.length}|${this.layout.compact}`;
    if (key === this.backdropKey) return;
    this.backdropKey = key;
    const g = this.staticG;
    g.clear();
    // The map table: a faint grid. The table's colour is the game's clear colour (board.ts).
    g.lineStyle(1, TABLE.grid, 0.6);
    for (let x = 0; x < W; x += 40) g.lineBetween(x, 0, x, H);
    for (let y = 0; y < H; y += 40) g.lineBetween(0, y, W, y);
    for (const box of this.layout.lanes) {
      this.drawLaneBackdrop(g, box);
      this.drawEndingMarks(g, box);
    }
    this.backdrop.resize(Math.max(1, W), Math.max(1, H));
    this.backdrop.clear();
    this.backdrop.draw(g);
    this.backdrop.render();
  }

  private drawLaneBackdrop(g: Phaser.GameObjects.Graphics, box: LaneBox): void {
    const holder = look('holder');
    const challenger = look('challenger');
    const mid = ropeX(box, 0);
    const band = Math.min(24, box.height * 0.28);
    // The two halves: the holder's hatched, the challenger's dotted.
    g.fillStyle(holder.colour, 0.12).fillRect(box.ropeX0, box.ropeY - band, mid - box.ropeX0, band * 2);
    g.lineStyle(1, holder.colour, 0.28);
    for (let x = box.ropeX0; x < mid; x += 9)
      g.lineBetween(x, box.ropeY + band, Math.min(mid, x + band * 2), box.ropeY - band);
    g.fillStyle(challenger.colour, 0.12).fillRect(mid, box.ropeY - band, box.ropeX1 - mid, band * 2);
    g.fillStyle(challenger.colour, 0.35);
    for (let x = mid + 5; x < box.ropeX1; x += 10)
      for (let y = box.ropeY - band + 5; y < box.ropeY + band; y += 10) g.fillCircle(x, y, 1.3);
    // Scale ticks.
    g.lineStyle(1, TABLE.muted, 0.6);
    for (const v of [-100, -50, 50, 100])
      g.lineBetween(ropeX(box, v), box.ropeY - band, ropeX(box, v), box.ropeY - band + 5);
    g.lineStyle(2, TABLE.brass, 0.9);
    for (let y = box.ropeY - band; y < box.ropeY + band; y += 6) g.lineBetween(mid, y, mid, y + 3);

    // The rope, twisted, with a square handle for the holder and a round one for the challenger.
    g.fillStyle(TABLE.rope, 1).fillRect(box.ropeX0 - 8, box.ropeY - 3.5, box.ropeX1 - box.ropeX0 + 16, 7);
    g.lineStyle(1.5, TABLE.ropeShade, 1);
    for (let x = box.ropeX0 - 6; x < box.ropeX1 + 6; x += 6)
      g.lineBetween(x, box.ropeY + 3.5, x + 4, box.ropeY - 3.5);
    g.fillStyle(holder.colour, 1).fillRect(box.ropeX0 - 22, box.ropeY - 7, 14, 14);
    g.fillStyle(challenger.colour, 1).fillCircle(box.ropeX1 + 15, box.ropeY, 7.5);

    // Each bar's track, with the side's shape on its outer end.
    for (const [x, right] of [
      [box.holderBarsX, false],
      [box.challengerBarsX, true],
    ] as const) {
      for (const y of [box.ropeY - box.barGap, box.ropeY, box.ropeY + box.barGap]) {
        g.fillStyle(TABLE.grid, 1).fillRect(x, y - 3, box.barWidth, 6);
        g.lineStyle(1, TABLE.muted, 0.5).strokeRect(x, y - 3, box.barWidth, 6);
        g.fillStyle(right ? challenger.colour : holder.colour, 1);
        if (right) g.fillCircle(x + box.barWidth + 6, y, 2.8);
        else g.fillRect(x - 8.5, y - 2.5, 5, 5);
      }
    }
  }

  /**
   * The board is the scoreboard: each lane carries the endings' marks. On the rope, a dashed line where a
   * rope counts toward Self-reliant (with a diamond) and toward Leader (with a triangle); on the
   * challenger's bars, a tick at each ending's make, sell and chain mark. The header names them.
   */
  private drawEndingMarks(g: Phaser.GameObjects.Graphics, box: LaneBox): void {
    const e = this.deps.source.view().scenario.endings;
    const band = Math.min(24, box.height * 0.28);
    const ropeMark = (at: number | undefined, shape: 'diamond' | 'triangle', lift = 0) => {
      if (at === undefined) return;
      const x = ropeX(box, at);
      g.lineStyle(1.5, TABLE.brass, 0.85);
      for (let y = box.ropeY - band; y < box.ropeY + band; y += 5) g.lineBetween(x, y, x, y + 2.5);
      g.fillStyle(TABLE.brass, 1);
      // On a phone the name row sits just above the band: the shapes go under it there.
      // Large enough to find at a glance (a play-test found the first ones, 8 px across, too small).
      const y = box.valueBelow ? box.ropeY + band + 5.5 + lift : box.ropeY - band - 5.5 - lift;
      if (shape === 'diamond') {
        g.fillTriangle(x - 5.5, y, x + 5.5, y, x, y - 5.5);
        g.fillTriangle(x - 5.5, y, x + 5.5, y, x, y + 5.5);
      } else g.fillTriangle(x - 6, y + 4.5, x + 6, y + 4.5, x, y - 6);
    };
    ropeMark(e.selfReliant.rope, 'diamond');
    // Marks a few points apart (the tutorial's) would merge into one shape: the triangle stands on the diamond.
    const close =
      e.selfReliant.rope !== undefined &&
      e.leader.rope !== undefined &&
      Math.abs(ropeX(box, e.leader.rope) - ropeX(box, e.selfReliant.rope)) < 13;
    ropeMark(e.leader.rope, 'triangle', close ? 12 : 0);
    const rows = { make: box.ropeY - box.barGap, sell: box.ropeY, chain: box.ropeY + box.barGap } as const;
    g.lineStyle(2.5, TABLE.brass, 1);
    for (const test of [e.leader, e.selfReliant, e.nextJapan]) {
      for (const mark of ['make', 'sell', 'chain'] as const) {
        const at = test[mark];
        if (at === undefined) continue;
        // The challenger's bars fill from their outer (right) end.
        const x = box.challengerBarsX + box.barWidth - (box.barWidth * at) / 100;
        g.lineBetween(x, rows[mark] - 7, x, rows[mark] + 7);
      }
    }
  }

  /** Every text the board shows now, with its box on the canvas: tests check that no two overlap. */
  labels(): { text: string; x: number; y: number; width: number; height: number }[] {
    return this.allTexts()
      .filter((x) => x.visible && x.text !== '')
      .map((x) => {
        const b = x.getBounds();
        return { text: x.text, x: b.x, y: b.y, width: b.width, height: b.height };
      });
  }

  private drawLane(lane: LaneView, box: LaneBox, text: LaneTexts, selected: boolean): void {
    const g = this.g;
    const holder = look('holder');
    const challenger = look('challenger');
    if (selected)
      g.lineStyle(2, TABLE.brass, 1).strokeRoundedRect(3, box.y + 2, this.scale.width - 6, box.height - 4, 6);

    // The knot, and chevrons toward where the triads pull it: more chevrons, more tension.
    const kx = ropeX(box, lane.rope);
    const gap = lane.target - lane.rope;
    const chevrons = Math.abs(gap) > 20 ? 3 : Math.abs(gap) > 8 ? 2 : Math.abs(gap) > 1.5 ? 1 : 0;
    const dir = Math.sign(gap);
    g.lineStyle(2.5, gap > 0 ? challenger.colour : holder.colour, 1);
    for (let c = 0; c < chevrons; c++) {
      const cx = kx + dir * (18 + c * 8);
      g.lineBetween(cx - dir * 4, box.ropeY - 6, cx + dir * 2, box.ropeY);
      g.lineBetween(cx + dir * 2, box.ropeY, cx - dir * 4, box.ropeY + 6);
    }
    g.fillStyle(TABLE.rope, 1).fillCircle(kx, box.ropeY, 11);
    g.lineStyle(2.5, 0x4a3a1c, 1).strokeCircle(kx, box.ropeY, 11);
    g.beginPath();
    g.arc(kx - 4, box.ropeY, 7, -1.1, 1.1);
    g.strokePath();
    g.beginPath();
    g.arc(kx + 4, box.ropeY, 7, Math.PI - 1.1, Math.PI + 1.1);
    g.strokePath();
    text.value
      .setText(`${lane.rope < 0 ? '−' : '+'}${Math.abs(lane.rope).toFixed(1)}`)
      .setOrigin(0.5, box.valueBelow ? 0 : 1)
      .setPosition(kx, box.valueBelow ? box.ropeY + 12 : box.ropeY - 13);

    // Each side's make / sell / chain at its own end.
    const labels = [t('board.make'), t('board.sell'), t('board.chain')];
    const rows = [box.ropeY - box.barGap, box.ropeY, box.ropeY + box.barGap];
    const drawBars = (x: number, values: number[], colour: number, offset: number, right: boolean) => {
      values.forEach((v, r) => {
        const y = rows[r]!;
        const w = (box.barWidth * Math.max(0, Math.min(100, v))) / 100;
        g.fillStyle(colour, 1).fillRect(right ? x + box.barWidth - w : x, y - 3, w, 6);
        const label = text.bars[offset + r]!;
        label.setText(this.layout.narrow ? `${v.toFixed(0)}` : `${labels[r]} ${v.toFixed(0)}`);
        label.setPosition(right ? x + box.barWidth + 12 : x - 12, y);
        label.setOrigin(right ? 0 : 1, 0.5);
      });
    };
    drawBars(
      box.holderBarsX,
      [lane.holder.make, lane.holder.sell, lane.holder.chain],
      holder.colour,
      0,
      false,
    );
    drawBars(
      box.challengerBarsX,
      [lane.challenger.make, lane.challenger.sell, lane.challenger.chain],
      challenger.colour,
      3,
      true,
    );

    // Label: icon, name, control badge and any shortage.
    text.icon.setPosition(box.labelX, box.labelY);
    fitText(text.name, tx(lane.name), box.nameWidth);
    text.name.setPosition(box.labelX + 28, box.labelY + 1);
    const badgeY = box.badgeY;
    const badgeX = box.badgeInline ? box.labelX + 36 + text.name.width : box.labelX + 28;
    const severity = ['open', 'license', 'downgraded', 'ban'].indexOf(lane.control);
    const stampTime = this.stampAt.get(lane.id);
    const punch = stampTime !== undefined ? Math.max(0, 1 - (this.time.now - stampTime) / 500) : 0;
    text.badge
      .setText(`${['○', '◐', '◑', '⛔'][severity]} ${t(`control.${lane.control}`)}`)
      .setPosition(badgeX, badgeY)
      .setScale(1 + 0.35 * punch)
      .setColor(severity >= 3 ? '#1b1406' : hex(TABLE.ink))
      .setBackgroundColor(severity >= 3 ? '#f08f7a' : severity >= 1 ? '#3b2f1a' : '#1b292d');
    // On a phone the note shares the name's row: the shortage goes by its sign alone ("⚠ 20%").
    const short = `${(lane.shortage * 100).toFixed(0)}%`;
    const notes = [
      lane.shortage > 0.005 ? `⚠ ${box.badgeInline ? short : t('board.shortage', { value: short })}` : '',
      lane.listedChampion ? t('decide.entityList') : '',
    ].filter(Boolean);
    // The note keeps to the label's column (or, on a phone, to the board's width): past it lie the bars'
    // labels. What does not fit ends in an ellipsis; the DOM's text board has it whole.
    const inline = box.badgeInline || this.layout.compact;
    const noteX = inline ? badgeX + text.badge.displayWidth + 8 : box.labelX + 28;
    const noteEnd = box.badgeInline ? this.scale.width - 8 : box.labelX + box.labelWidth - 6;
    fitText(text.note, notes.join(' · '), Math.max(0, noteEnd - noteX));
    text.note.setPosition(noteX, inline ? badgeY + 2 : badgeY + 22);
  }
}
