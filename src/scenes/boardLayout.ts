// Where things go on the board, for a given size and number of lanes. Wide screens put the labels beside
// the rope; narrow ones (phones) put them above it; short lanes (many technologies) pack the label into
// two rows and the bars closer together.

export interface LaneBox {
  y: number; // top of the lane
  height: number;
  labelX: number;
  labelY: number;
  labelWidth: number;
  nameWidth: number; // the widest a technology's name may be drawn
  badgeY: number;
  badgeInline: boolean; // the control badge follows the name on its row
  barGap: number; // vertical distance between the make, sell and chain bars
  ropeX0: number; // x of −100 (the holder's end)
  ropeX1: number; // x of +100 (the challenger's end)
  ropeY: number;
  holderBarsX: number; // left edge of the holder's make/sell/chain bars
  challengerBarsX: number;
  barWidth: number;
  valueBelow: boolean; // the rope's value goes under the knot: on a phone the name row sits just above it
}

export interface BoardLayout {
  narrow: boolean;
  compact: boolean;
  headerHeight: number;
  lanes: LaneBox[];
}

/** On a phone the page scrolls, so each lane gets the height it needs to read: the board asks for it. */
export const NARROW_LANE_HEIGHT = 78;
export const NARROW_WIDTH = 620;

export function boardLayout(width: number, height: number, count: number): BoardLayout {
  const narrow = width < NARROW_WIDTH;
  const headerHeight = narrow ? 48 : 30; // a phone's header has a second row: what the bars and marks are
  const laneHeight = Math.max(
    44,
    narrow
      ? Math.min(120, Math.max(NARROW_LANE_HEIGHT, (height - headerHeight - 6) / Math.max(1, count)))
      : Math.min(110, (height - headerHeight - 6) / Math.max(1, count)),
  );
  const compact = !narrow && laneHeight < 84;
  const barWidth = narrow ? 34 : Math.min(64, width * 0.07);
  const textWidth = narrow ? 22 : 52; // room for a bar's value ("make 92") beside it
  const labelWidth = narrow ? width - 16 : Math.min(230, width * 0.24);
  const lanes: LaneBox[] = [];
  for (let i = 0; i < count; i++) {
    const y = headerHeight + i * laneHeight;
    const left = narrow ? 8 : labelWidth + 8;
    const holderBarsX = left + textWidth + 10;
    const challengerBarsX = width - 8 - textWidth - 10 - barWidth;
    const labelY = y + (narrow ? 6 : compact ? 3 : 10);
    lanes.push({
      y,
      height: laneHeight,
      labelX: narrow ? 8 : 12,
      labelY,
      labelWidth,
      nameWidth: narrow ? width * 0.55 : labelWidth - 30,
      badgeY: narrow ? labelY + 2 : labelY + (compact ? 21 : 26),
      badgeInline: narrow,
      barGap: Math.min(13, (laneHeight - 8) / 3 - 1),
      holderBarsX,
      challengerBarsX,
      ropeX0: holderBarsX + barWidth + 30,
      ropeX1: challengerBarsX - 30,
      ropeY: y + laneHeight * 0.55,
      barWidth,
      valueBelow: narrow,
    });
  }
  return { narrow, compact, headerHeight, lanes };
}

/** x of a rope value in [−100, 100] inside a lane. */
export const ropeX = (lane: LaneBox, value: number): number =>
  lane.ropeX0 + ((value + 100) / 200) * (lane.ropeX1 - lane.ropeX0);
