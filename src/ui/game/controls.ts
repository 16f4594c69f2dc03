// The building blocks of the decisions panel: a row of options for one setting (each disabled with
// its reason when the rules refuse it), a control that shows its cost and its expected effect, and the
// words for rule errors and forecasts.
import { actionKey, withoutKey } from '../../game/draft.ts';
import { type Ahead, ahead, type Forecast, forecast, marginal } from '../../game/forecast.ts';
import type { Session } from '../../game/session.ts';
import { t, tKey } from '../../i18n/index.ts';
import type { Action, RuleError, Side } from '../../sim/index.ts';
import { el } from '../dom.ts';
import { fmt, signed } from '../widgets.ts';

export const errorText = (e: RuleError): string => t(`err.${e.code}`);

/** What an expected change looks like in words: only the figures that move. Without a technology, the ropes' total. */
/** A rope figure as the viewer reads it: signed (+ toward the challenger) and said for whom it pulls. */
export const ropeFor = (value: number, side: Side): string =>
  // What rounds to nothing pulls neither way.
  Math.abs(value) < 0.05
    ? fmt(0)
    : `${signed(value)} (${t(value >= 0 === (side === 'challenger') ? 'fc.forYou' : 'fc.againstYou')})`;

export function describeForecast(f: Forecast, tech: string | null, side: Side): string {
  const parts: string[] = [];
  const x = tech === null ? null : f.techs.find((q) => q.tech === tech);
  if (x) {
    if (Math.abs(x.capability) >= 0.05) parts.push(t('fc.capability', { value: signed(x.capability) }));
    if (Math.abs(x.home) >= 0.0005) parts.push(t('fc.home', { value: signed(x.home * 100) }));
    if (Math.abs(x.abroad) >= 0.0005) parts.push(t('fc.abroad', { value: signed(x.abroad * 100) }));
    if (Math.abs(x.chain) >= 0.05) parts.push(t('fc.chain', { value: signed(x.chain) }));
    if (Math.abs(x.rope) >= 0.05) parts.push(t('fc.rope', { value: ropeFor(x.rope, side) }));
  } else if (tech === null) {
    const ropes = f.techs.reduce((sum, q) => sum + q.rope, 0);
    if (Math.abs(ropes) >= 0.05) parts.push(t('fc.ropes', { value: ropeFor(ropes, side) }));
  }
  if (Math.abs(f.money) >= 0.05) parts.push(t('fc.money', { value: signed(f.money) }));
  return parts.length ? t('decide.expect', { effects: parts.join(', ') }) : t('decide.expectNothing');
}

/** How many turns a change's longer view looks: long enough for R&D and lines to show on a rope. */
const AHEAD = 5;

export interface ControlSpec {
  name: string;
  help: string;
  cost: string;
  changed: boolean;
  key: string; // the draft key of the setting, to forecast the plan without it
  tech?: string;
  stepper: { group: HTMLElement; reasons: string[] };
}

/** Control builders bound to one side's draft. The plan's forecast is computed once, when first needed. */
export function controlKit(session: Session, side: Side) {
  const { scenario, state } = session;
  const draft = session.drafts[side];
  let cached: Forecast | null | undefined;
  const planned = () => {
    if (cached === undefined) cached = forecast(scenario, state, side, draft);
    return cached;
  };
  let cachedAhead: Ahead | null | undefined;
  const plannedAhead = () => {
    if (cachedAhead === undefined) cachedAhead = ahead(scenario, state, side, draft, AHEAD);
    return cachedAhead;
  };
  /**
   * What keeping the change for AHEAD turns does, against the plan without it: to its rope (or all ropes),
   * and to the two figures a crisis and its price are read from, where it moves them.
   */
  const aheadText = (key: string, tech: string | undefined): string => {
    const withIt = plannedAhead();
    const without = ahead(scenario, state, side, withoutKey(draft, key), AHEAD);
    if (!withIt || !without) return '';
    const i = tech ? state.techs.findIndex((x) => x.id === tech) : -1;
    const diff = (j: number) => withIt.ropes[j]! - without.ropes[j]!;
    const rope = i >= 0 ? diff(i) : withIt.ropes.reduce((sum, _, j) => sum + diff(j), 0);
    const parts = [t(i >= 0 ? 'fc.rope' : 'fc.ropes', { value: ropeFor(rope, side) })];
    const industry = withIt.industry - without.industry;
    const health = withIt.health - without.health;
    if (Math.abs(industry) >= 0.0005) parts.push(t('fc.industry', { value: signed(industry * 100) }));
    if (Math.abs(health) >= 0.0005) parts.push(t('fc.health', { value: signed(health * 100) }));
    return t('decide.expectAhead', { turns: AHEAD, effects: parts.join(', ') });
  };
  /** The drafted action that sets the same thing as `a`, if the draft changes it. */
  const changeOf = (a: Action): unknown => {
    const inDraft = draft.find((d) => actionKey(d) === actionKey(a));
    return inDraft ?? null;
  };

  const stepper = <V extends string | number>(
    label: string,
    options: readonly { value: V; label: string; cost?: string }[], // cost: '' for a free option
    current: V,
    inForce: V,
    make: (v: V) => Action,
    focusKey: string,
  ) => {
    const refused = new Map<string, string[]>(); // reason → the options it rules out
    const buttons = options.map((o) => {
      const action = make(o.value);
      const error = o.value === current ? null : session.check(side, action);
      // A lock of the tutorial is said on the button (and by the tutorial's step), not under every control:
      // a line on each would push the one control the step is about out of sight.
      if (error && error.code !== 'ERR_LOCKED')
        refused.set(errorText(error), [...(refused.get(errorText(error)) ?? []), o.label]);
      const b = el(
        'button',
        {
          type: 'button',
          'aria-pressed': String(o.value === current),
          class: o.value === inForce ? 'in-force' : '',
          disabled: error !== null,
          title: error ? t('decide.disabled', { reason: errorText(error) }) : (o.cost ?? ''),
          'data-focus-key': `${focusKey}:${o.value}`,
          onclick: () => {
            const e = session.propose(side, action);
            if (e) b.title = errorText(e);
          },
        },
        o.label,
        // Each option's price on its face, so a level is chosen knowing what it costs before it is tried.
        o.cost ? el('span', { class: 'price' }, o.cost) : null,
      );
      return b;
    });
    return {
      group: el('div', { class: 'stepper', role: 'group', 'aria-label': label }, ...buttons),
      reasons: [...refused].map(([reason, labels]) => `${labels.join(', ')}: ${reason}`),
    };
  };

  const control = (opts: ControlSpec) => {
    let expect = opts.help;
    if (opts.changed && planned()) {
      const without = forecast(scenario, state, side, withoutKey(draft, opts.key));
      if (without) {
        // What the change does, beside what the whole turn is expected to do to the same rope: buyers,
        // momentum and events often pull harder than one setting, and the other side's moves are unknown.
        const all = planned()!.techs;
        const rope = opts.tech
          ? (all.find((q) => q.tech === opts.tech)?.rope ?? 0)
          : all.reduce((s, q) => s + q.rope, 0);
        expect = `${describeForecast(marginal(planned()!, without), opts.tech ?? null, side)} ${aheadText(opts.key, opts.tech)} ${t(
          opts.tech ? 'decide.expectAll' : 'decide.expectAllRopes',
          { value: ropeFor(rope, side) },
        )}`;
      }
    }
    return el(
      'div',
      { class: 'control' },
      el('span', { class: `name${opts.changed ? ' changed' : ''}` }, opts.name, opts.changed ? ' •' : ''),
      el('span', { class: 'cost' }, opts.cost),
      opts.stepper.group,
      el('span', { class: 'expect' }, expect),
      opts.stepper.reasons.length
        ? el('span', { class: 'why' }, t('decide.disabled', { reason: opts.stepper.reasons.join('; ') }))
        : null,
    );
  };

  const levels = (n = 4) =>
    Array.from({ length: n }, (_, i) => ({ value: i, label: `${i} · ${tKey(`level.${i}`)}` }));
  const money = (x: number) => fmt(x, 1);

  /** A yes-or-no setting (a firm listed, a technology licensed) as a two-button stepper. */
  const toggle = (
    label: string,
    words: { off: string; on: string; onCost?: string }, // onCost: the price of turning it on
    current: boolean,
    inForce: boolean,
    make: (on: boolean) => Action,
    focusKey: string,
  ) =>
    stepper(
      label,
      [
        { value: 'no', label: words.off },
        { value: 'yes', label: words.on, cost: words.onCost ?? '' },
      ],
      current ? 'yes' : 'no',
      inForce ? 'yes' : 'no',
      (v) => make(v === 'yes'),
      focusKey,
    );

  return { changeOf, stepper, toggle, control, levels, money };
}

export type ControlKit = ReturnType<typeof controlKit>;
