// What moved tension last turn, step by step, as the rules booked it (sim/escalation.ts).
import { tensionMove } from '../../game/tension.ts';
import type { GameView } from '../../game/view.ts';
import { t, tn, tx } from '../../i18n/index.ts';
import {
  TENSION_COOLING,
  TENSION_PER_ACCESS_STEP,
  TENSION_PER_DEAL,
  TENSION_PER_LISTING,
  TENSION_PER_STEP,
} from '../../sim/escalation.ts';
import type { EffectVia, TensionStep, TurnReport } from '../../sim/index.ts';
import { el } from '../dom.ts';
import { fmt, signed } from '../widgets.ts';

/** Tension as the top bar writes it: whole, or with one decimal where an event moved it by a fraction. */
const tensionFigure = (x: number, sign = false): string => {
  const digits = Math.abs(x - Math.round(x)) < 0.05 ? 0 : 1;
  return sign ? signed(x, digits) : fmt(x, digits);
};

/** One step that moved tension, in words: what it was and the rules' figure behind it. */
function tensionStepText(session: GameView, x: TensionStep): string {
  const { scenario } = session;
  const per = (n: number) => tensionFigure(n, true);
  const championName = (id: string) =>
    tx(scenario.champions.find((c) => c.id === id)?.name ?? { zh: id, en: id });
  const techName = (id: string) =>
    tx(scenario.technologies.find((d) => d.id === id)?.name ?? { zh: id, en: id });
  const event = (id: string) => scenario.events.find((e) => e.id === id);
  // An event's effect escalates as an order does: say which control or listing, at the same rate.
  const withVia = (what: string, via: EffectVia): string =>
    via.kind === 'control'
      ? t('tension.with', {
          what,
          via: tn('tension.viaControl', via.steps, { tech: techName(via.tech), per: per(TENSION_PER_STEP) }),
        })
      : via.kind === 'listing'
        ? t('tension.with', {
            what,
            via: t('tension.viaListing', {
              champion: championName(via.champion),
              per: per(TENSION_PER_LISTING),
            }),
          })
        : what;
  switch (x.cause) {
    case 'control':
      return tn('tension.control', x.steps, { tech: techName(x.tech), per: per(TENSION_PER_STEP) });
    case 'listing':
      return t('tension.listing', { champion: championName(x.champion), per: per(TENSION_PER_LISTING) });
    case 'marketAccess':
      return tn('tension.marketAccess', x.steps, { per: per(TENSION_PER_ACCESS_STEP) });
    case 'choice': {
      const e = event(x.event);
      const option = e?.choice?.options.find((o) => o.id === x.option);
      return withVia(
        t('tension.choice', {
          event: e ? tx(e.title) : x.event,
          option: option ? tx(option.label) : x.option,
        }),
        x.via,
      );
    }
    case 'deal':
      return t('tension.deal', { per: per(-TENSION_PER_DEAL) });
    case 'event': {
      const e = event(x.event);
      return withVia(t('tension.event', { event: e ? tx(e.title) : x.event }), x.via);
    }
    case 'cooling':
      return t('tension.cooling', { per: tensionFigure(TENSION_COOLING) });
  }
}

/** What moved tension last turn, step by step, summing to the top bar's change; null when nothing did. */
export function tensionSection(session: GameView, report: TurnReport): HTMLElement | null {
  const before = session.states[report.turn - 1];
  const after = session.states[report.turn];
  if (!before || !after) return null;
  const move = tensionMove(before, report, after);
  if (move.steps.length === 0) return null;
  return el(
    'section',
    { class: 'tension-moves' },
    el('h3', {}, t('debrief.tension', { from: tensionFigure(move.from), to: tensionFigure(move.to) })),
    el(
      'ul',
      {},
      ...move.steps.map((x) =>
        el(
          'li',
          {},
          t('tension.line', { what: tensionStepText(session, x), amount: tensionFigure(x.amount, true) }),
          Math.abs(x.amount - x.nominal) > 1e-9
            ? ` ${t('tension.capped', { bound: x.nominal > 0 ? 100 : 0, nominal: tensionFigure(x.nominal, true) })}`
            : '',
        ),
      ),
    ),
  );
}
