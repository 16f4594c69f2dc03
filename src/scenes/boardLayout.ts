// Where things go on the board, for a given size and number of lanes. Wide screens put the labels beside
// the rope; narrow ones (phones) put them above it.

export interface LaneBox {
  y: number; // top of the lane
  height: number;
  labelX: number;
  labelY: number;
  labelWidth: number;
  ropeX0: number; // x of −100 (the holder's end)
  ropeX1: number; // x of +100 (the challenger's end)
  ropeY: number;
  holderBarsX: number; // left edge of the holder's make/sell/chain bars
  challengerBarsX: number;
  barWidth: number;
}

export interface BoardLayout {
  narrow: boolean;
  headerHeight: number;
  lanes: LaneBox[];
}

export function boardLayout(width: number, height: number, count: number): BoardLayout {
  const narrow = width < 620;
  const headerHeight = 30;
  const available = Math.max(60 * count, height - headerHeight - 6);
  const laneHeight = Math.min(narrow ? 120 : 110, available / Math.max(1, count));
  const barWidth = narrow ? 34 : Math.min(64, width * 0.07);
  const textWidth = narrow ? 22 : 52; // room for a bar's value ("make 92") beside it
  const labelWidth = narrow ? width - 16 : Math.min(220, width * 0.24);
  const lanes: LaneBox[] = [];
  for (let i = 0; i < count; i++) {
    const y = headerHeight + i * laneHeight;
    const left = narrow ? 8 : labelWidth + 8;
    const holderBarsX = left + textWidth + 10;
    const challengerBarsX = width - 8 - textWidth - 10 - barWidth;
    lanes.push({
      y,
      height: laneHeight,
      labelX: narrow ? 8 : 12,
      labelY: y + (narrow ? 6 : 10),
      labelWidth,
      holderBarsX,
      challengerBarsX,
      ropeX0: holderBarsX + barWidth + 30,
      ropeX1: challengerBarsX - 30,
      ropeY: y + laneHeight * (narrow ? 0.66 : 0.55),
      barWidth,
    });
  }
  return { narrow, headerHeight, lanes };
}

/** x of a rope value in [−100, 100] inside a lane. */
export const ropeX = (lane: LaneBox, value: number): number =>
  lane.ropeX0 + ((value + 100) / 200) * (lane.ropeX1 - lane.ropeX0);
