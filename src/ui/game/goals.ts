// The goals: each ending's condition in the board's own terms and how close the challenger is to it,
// lane by lane, with what the board reads now and the warnings of what comes within two turns. Read from
// the rules' objectives selector, the same one the AI looks ahead with.
import type { GameView } from '../../game/view.ts';
import { endingName, laneTestText, listText, signedWhole, t, tn, tx } from '../../i18n/index.ts';
import {
  type GameState,
  GOAL_ENDING,
  type Objectives,
  objectives,
  type Warning,
  winner,
} from '../../sim/index.ts';
import { type Child, el } from '../dom.ts';
import { fmt, pct } from '../widgets.ts';

const read = new WeakMap<GameState, Objectives>();

/**
 * The objectives of the state a view shows, computed once per state: the top bar asks for them on every
 * frame of a turn's ticking figures, the goals tab, the decisions and window.tug between turns.
 */
export function objectivesOf(view: GameView): Objectives {
  let o = read.get(view.state);
  if (!o) {
    o = objectives(view.scenario, view.state);
    read.set(view.state, o);
  }
  return o;
}

export function warningText(w: Warning, o: Objectives): string {
  return w.kind === 'ending'
    ? t(w.turnsLeft === 1 ? 'goals.warnEndingNow' : 'goals.warnEnding', {
        turns: w.turnsLeft,
        ending: endingName(o.reading.challenger),
        holder: endingName(o.reading.holder),
      })
    : t(w.turnsLeft === 1 ? 'goals.warnCrisisNow' : 'goals.warnCrisis', {
        turns: w.turnsLeft,
        depth: pct(o.crisis.depth),
      });
}

/** Turns a rope's pace is read over: long enough to smooth a turn's noise, short enough to be news. */
const PACE_TURNS = 3;

/** How a rope moved a turn lately, and where it ends if it keeps that pace; null on the first turn. */
function ropeProjection(
  view: GameView,
  tech: string,
  turnsLeft: number,
): { now: number; per: number; end: number } | null {
  const { states } = view;
  const back = Math.min(PACE_TURNS, states.length - 1);
  if (back < 1) return null;
  const rope = (s: GameState) => s.techs.find((x) => x.id === tech)?.rope ?? 0;
  const now = rope(states[states.length - 1]!);
  const per = (now - rope(states[states.length - 1 - back]!)) / back;
  return { now, per, end: Math.max(-100, Math.min(100, now + per * turnsLeft)) };
}

function ropePace(view: GameView, tech: string, turnsLeft: number): { per: string; end: string } | null {
  const p = ropeProjection(view, tech, turnsLeft);
  return p && { per: `${p.per >= 0 ? '+' : '−'}${fmt(Math.abs(p.per), 1)}`, end: signedWhole(p.end) };
}

/**
 * Where the ropes nearest Self-reliant's mark (the challenger's first win on the rope) end at the pace of the
 * last turns, said at the top of the tab, so that neither side has to read down the lanes to see it coming.
 */
function paceLine(view: GameView, o: Objectives, name: (tech: string) => string): HTMLElement | null {
  const goal = o.goals.find((g) => g.goal === 'selfReliant');
  const at = goal?.test.rope;
  if (!goal || at === undefined || o.turnsLeft < 1) return null;
  const ends = goal.lanes
    .map((l) => ({ tech: l.tech, p: ropeProjection(view, l.tech, o.turnsLeft) }))
    .filter((x): x is { tech: string; p: NonNullable<typeof x.p> } => x.p !== null)
    .sort((a, b) => b.p.end - a.p.end || b.p.now - a.p.now)
    .slice(0, goal.needed);
  if (ends.length === 0) return null;
  const past = ends.filter((x) => x.p.end >= at).length;
  return el(
    'p',
    { class: 'pace-line' },
    tn('goals.atPace', past, {
      lanes: listText(
        ends.map((x) =>
          t('goals.atPaceLane', { tech: name(x.tech), now: signedWhole(x.p.now), end: signedWhole(x.p.end) }),
        ),
      ),
      ending: endingName('self-reliant'),
      needed: goal.needed,
      at: signedWhole(at),
    }),
  );
}

export function goalsTab(view: GameView): Child[] {
  const { scenario } = view;
  const o = objectivesOf(view);
  const name = (tech: string) =>
    tx(scenario.technologies.find((d) => d.id === tech)?.name ?? { en: tech, zh: tech });
  const goals = o.goals.map((g) => {
    const reached = g.met >= g.needed;
    // Nearest lanes first: the ones that decide whether the goal is reached.
    const lanes = [...g.lanes].sort(
      (a, b) =>
        Number(b.meets) - Number(a.meets) ||
        Math.max(...b.gaps.map((x) => x.value - x.at)) - Math.max(...a.gaps.map((x) => x.value - x.at)),
    );
    return el(
      'section',
      { class: `goal${reached ? ' reached' : ''}`, 'aria-label': endingName(GOAL_ENDING[g.goal]) },
      el(
        'h3',
        {},
        `${reached ? '✓' : '○'} ${endingName(GOAL_ENDING[g.goal])}: `,
        el('span', { class: 'num' }, tn('goals.count', g.needed, { met: g.met })),
        // Whose win it is, as the rules read it (sim/winner.ts): The Next Japan is the holder's.
        el(
          'span',
          { class: 'muted who' },
          ` · ${t(winner({ challenger: GOAL_ENDING[g.goal], holder: 'managed-competition' }) === 'challenger' ? 'goals.winsChallenger' : 'goals.winsHolder')}`,
        ),
      ),
      el('p', { class: 'muted' }, laneTestText(g.test)),
      el(
        'ul',
        { class: 'goal-lanes' },
        ...lanes.map((lane) =>
          el(
            'li',
            {},
            `${lane.meets ? '✓ ' : ''}${name(lane.tech)}: `,
            lane.gaps
              .map(({ mark, at, value }) => {
                const text = t(value >= at ? 'goals.markMet' : 'goals.markShort', {
                  mark: t(`board.${mark}`),
                  value: mark === 'rope' ? signedWhole(value) : fmt(value, 0),
                  at: mark === 'rope' ? signedWhole(at) : fmt(at, 0),
                });
                const pace = mark === 'rope' && value < at ? ropePace(view, lane.tech, o.turnsLeft) : null;
                return pace ? `${text} ${t('goals.pace', pace)}` : text;
              })
              .join(', '),
          ),
        ),
      ),
    );
  });
  const lanesPart = [el('p', { class: 'muted' }, t('goals.order')), ...goals];
  const crisis = el(
    'section',
    { class: 'goal', 'aria-label': endingName('crisis') },
    el(
      'h3',
      {},
      endingName('crisis'),
      el(
        'span',
        { class: 'muted who' },
        ` · ${t('goals.winsCrisis', { healthy: fmt(o.holder.healthy, 2) })}`,
      ),
    ),
    el(
      'p',
      {},
      t('goals.crisis', {
        index: pct(o.crisis.industryIndex, 1),
        depth: pct(o.crisis.depth),
        turns: o.crisis.turns,
        limit: o.crisis.limit,
      }),
    ),
  );
  const firms = el(
    'section',
    { class: 'goal', 'aria-label': t('goals.holderHeading') },
    el('h3', {}, t('goals.holderHeading')),
    el(
      'p',
      {},
      t('goals.holder', {
        health: fmt(o.holder.health, 2),
        healthy: fmt(o.holder.healthy, 2),
        hurt: fmt(o.holder.hurt, 2),
        grip: endingName('firm-grip'),
        sword: endingName('double-edged-sword'),
        managed: endingName('managed-competition'),
      }),
    ),
  );
  // The holder reads its own part first: its firms and the crisis, then the challenger's lanes.
  const parts = view.viewer === 'holder' ? [firms, crisis, ...lanesPart] : [...lanesPart, crisis, firms];
  return [
    ...o.warnings.map((w) => el('p', { class: 'warning', role: 'status' }, `⚠ ${warningText(w, o)}`)),
    el(
      'p',
      {},
      tn('goals.reading', o.turnsLeft, {
        ending: endingName(o.reading.challenger),
        holder: endingName(o.reading.holder),
      }),
    ),
    paceLine(view, o, name),
    ...parts,
  ];
}
