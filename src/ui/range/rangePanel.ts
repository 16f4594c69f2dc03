// "What usually happens": a fan chart of the player's score or one rope over a hundred sampled games,
// played by the computer in the player's style against the chosen opponent. On the scenario card the
// player picks the style; after a game it is read from how they played, and their game is drawn over it.

import { HOTSEAT, LINK_OPPONENT } from '../../game/opponent.ts';
import { knownRange, requestRange } from '../../game/rangeService.ts';
import { t, tx } from '../../i18n/index.ts';
import { DEFAULT_PERSONALITY, type Personality, personalitiesOf, styleOf } from '../../players/index.ts';
import { scenarioHash } from '../../replay/record.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { GameState, Side } from '../../sim/index.ts';
import { metricReader, type OutcomeRange, RANGE_GAMES, type RangeMetric } from '../../tournament/ranges.ts';
import { el, fill } from '../dom.ts';
import { opponentLabel, personalityName } from '../opponents.ts';
import { labelledSelect } from '../widgets.ts';
import { fanChart } from './fanChart.ts';

export interface RangeSetup {
  idPrefix: string;
  scenario: Scenario;
  side: Side; // the player's side
  opponent: string; // as chosen for the game: a player name, a second person or a friend by link
  style?: Personality; // the player's style; read from `states` when not given
  onStyle?: (style: Personality) => void; // when given, the player can change the style here
  states?: readonly GameState[]; // the game played, to draw over the range
}

/** The computer stands in for a person on the other side: the normal AI's style of its side. */
const standIn = (opponent: string) =>
  opponent === HOTSEAT || opponent === LINK_OPPONENT ? 'ai:normal' : opponent;

// Reading a whole game's style takes tens of milliseconds: once per game, not again at each redraw
// (a language switch redraws the end screen).
const played = new WeakMap<readonly GameState[], { turns: number; style: Personality }>();
function playedStyle(scenario: Scenario, states: readonly GameState[], side: Side): Personality {
  const known = played.get(states);
  if (known?.turns === states.length) return known.style;
  const style = styleOf(scenario, states, side);
  played.set(states, { turns: states.length, style });
  return style;
}

export function rangePanel(setup: RangeSetup): HTMLElement {
  const { scenario, side } = setup;
  const style =
    setup.style ?? (setup.states ? playedStyle(scenario, setup.states, side) : DEFAULT_PERSONALITY[side]);
  let metric: RangeMetric = { kind: 'score', side };
  const body = el('div', { class: 'range-body', 'aria-live': 'polite' });
  const node = el('section', { class: 'range', 'aria-labelledby': `${setup.idPrefix}range-heading` });

  const metricKey = (m: RangeMetric) => (m.kind === 'score' ? `score` : `rope:${m.tech}`);
  const metrics: { value: string; label: string; metric: RangeMetric }[] = [
    { value: 'score', label: t('range.metric.score'), metric: { kind: 'score', side } },
    ...scenario.technologies.map((tech) => ({
      value: `rope:${tech.id}`,
      label: t('range.metric.rope', { tech: tx(tech.name) }),
      metric: { kind: 'rope', tech: tech.id } as RangeMetric,
    })),
  ];
  const metricPick = labelledSelect(
    `${setup.idPrefix}range-metric`,
    t('range.metric'),
    metrics,
    metricKey(metric),
  );
  metricPick.select.addEventListener('change', () => {
    metric = metrics.find((m) => m.value === metricPick.select.value)?.metric ?? metric;
    show();
  });
  const stylePick = setup.onStyle
    ? labelledSelect(
        `${setup.idPrefix}range-style`,
        t('range.style'),
        personalitiesOf(side).map((p) => ({ value: p, label: personalityName(p) })),
        style,
      )
    : null;
  stylePick?.select.addEventListener('change', () => setup.onStyle?.(stylePick.select.value as Personality));

  const show = () => {
    const opponent = standIn(setup.opponent);
    const request = {
      scenario,
      side,
      style: `ai:normal:${style}`,
      opponent,
      metric,
      games: RANGE_GAMES,
    };
    const key = [scenarioHash(scenario), side, request.style, opponent, metricKey(metric)].join('|');
    const draw = (range: OutcomeRange) => {
      const read = setup.states ? metricReader(scenario, metric) : null;
      const title = metrics.find((m) => m.value === metricKey(metric))?.label ?? '';
      fill(
        body,
        fanChart(range, title, {
          ...(read && setup.states ? { actual: setup.states.map(read) } : {}),
          ...(metric.kind === 'rope' ? { min: -100, max: 100 } : {}),
        }),
        el(
          'p',
          { class: 'muted range-note' },
          t('range.note', {
            games: range.games,
            style: personalityName(style),
            opponent:
              opponent === setup.opponent
                ? opponentLabel(opponent)
                : t('range.person', { opponent: opponentLabel(setup.opponent) }),
          }),
        ),
      );
    };
    const have = knownRange(key);
    if (have?.ok) return draw(have.value);
    const progress = el('progress', { max: RANGE_GAMES, value: 0, 'aria-label': t('range.heading') });
    const said = el('span', {}, t('range.computing', { done: 0, total: RANGE_GAMES }));
    fill(body, el('p', { class: 'muted' }, progress, ' ', said));
    requestRange(key, request, (done, total) => {
      progress.value = done;
      said.textContent = t('range.computing', { done, total });
    }).then(
      (answer) => {
        if (!body.isConnected && !node.isConnected) return;
        if (answer.ok) draw(answer.value);
        else fill(body, el('p', { role: 'alert' }, t('range.failed', { reason: answer.error.message })));
      },
      (e: unknown) => {
        // A later request cancelled this one: whoever asked for that one draws it.
        if (e instanceof Error && e.message === 'cancelled') return;
        fill(
          body,
          el(
            'p',
            { role: 'alert' },
            t('range.failed', { reason: String(e instanceof Error ? e.message : e) }),
          ),
        );
      },
    );
  };

  fill(
    node,
    el(
      'div',
      { class: 'range-controls' },
      el('h3', { id: `${setup.idPrefix}range-heading` }, t('range.heading')),
      setup.onStyle
        ? null
        : el('p', { class: 'muted' }, t('range.yourStyle', { style: personalityName(style) })),
      stylePick?.field ?? null,
      metricPick.field,
    ),
    body,
  );
  show();
  return node;
}
