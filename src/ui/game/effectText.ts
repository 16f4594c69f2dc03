// What an event's option would change, in words, beside its label: "AI accelerators: at least
// Licence required; Holder capital −2". Effects on fields with no words here are left out, not guessed.
import type { MessageKey } from '../../i18n/en.ts';
import { lang, t, tx } from '../../i18n/index.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { sideName, signed } from '../widgets.ts';

type Effect = Scenario['events'][number]['effects'][number];

const SIDE_FIELDS: Record<string, MessageKey> = {
  money: 'bar.money',
  capital: 'bar.capital',
  resolve: 'effect.resolve',
};
const TECH_FIELDS: Record<string, MessageKey> = {
  'challenger.capability': 'effect.capability',
  'challenger.chain': 'effect.chain',
  'others.capacity': 'effect.othersCapacity',
};

function effectText(effect: Effect, scenario: Scenario): string | null {
  const [head, id, ...rest] = effect.field.split('.');
  const v = effect.value;
  const amount = (x: number, digits = 0) => (effect.op === 'add' ? signed(x, digits) : `= ${x}`);
  if (head === 'tension' && typeof v === 'number') return `${t('bar.tension')} ${amount(v)}`;
  if ((head === 'holder' || head === 'challenger') && id && typeof v === 'number') {
    if (id === 'health') return `${t('bar.revenue')} ${signed(v * 100, 0)}%`;
    const key = SIDE_FIELDS[id];
    return key ? `${sideName(head)} ${t(key).toLowerCase()} ${amount(v)}` : null;
  }
  if (head === 'champion' && rest.join('.') === 'listed' && v === true) {
    const champion = scenario.champions.find((c) => c.id === id);
    return champion ? t('effect.listed', { champion: tx(champion.name) }) : null;
  }
  const tech = head === 'tech' ? scenario.technologies.find((x) => x.id === id) : undefined;
  if (!tech) return null;
  const field = rest.join('.');
  if (field === 'control' && typeof v === 'string') {
    const level = t(`control.${v}` as MessageKey);
    const key =
      effect.op === 'atLeast' ? 'effect.atLeast' : effect.op === 'atMost' ? 'effect.atMost' : 'effect.set';
    return `${tx(tech.name)}${lang() === 'zh' ? ':' : ': '}${t(key, { level })}`;
  }
  const key = TECH_FIELDS[field];
  return key && typeof v === 'number' ? `${tx(tech.name)} ${t(key)} ${amount(v, 1)}` : null;
}

/** An option's effects in one line, or '' when it changes nothing this can name. */
export function effectsLine(effects: readonly Effect[], scenario: Scenario): string {
  const parts = effects.map((e) => effectText(e, scenario)).filter((x): x is string => x !== null);
  return parts.join(lang() === 'zh' ? ';' : '; ');
}
