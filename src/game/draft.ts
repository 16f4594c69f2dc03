// A side's draft orders for the turn, edited one setting at a time. Setting a value back to what is in
// force removes the change, so the draft only ever holds real changes.
import type { ScenarioEvent } from '../scenario/schema.ts';
import type { Action, GameState, Side } from '../sim/index.ts';
import { own } from '../sim/index.ts';

/** Two actions with the same key set the same thing; a draft holds at most one of each. */
export function actionKey(a: Action): string {
  switch (a.type) {
    case 'setResearch':
    case 'setProcurement':
    case 'setExportDrive':
    case 'setEcosystem':
    case 'setControl':
    case 'setPriceCut':
    case 'setLicense':
    case 'buildLine':
    case 'stockpile':
      return `${a.type}:${a.tech}`;
    case 'setEntityList':
      return `${a.type}:${a.champion}`;
    case 'choose':
      return `${a.type}:${a.event}`;
    case 'offer':
    case 'answer':
    case 'setMarketAccess':
    case 'setAllies':
    case 'setSupport':
      return a.type;
  }
}

/** True when the action would change nothing: it sets what is already in force. */
export function isNoChange(state: GameState, side: Side, a: Action): boolean {
  const h = state.holder.policy;
  const c = state.challenger.policy;
  switch (a.type) {
    case 'setResearch':
      return (own((side === 'holder' ? h : c).research, a.tech) ?? 0) === a.level;
    case 'setProcurement':
      return (own(c.procurement, a.tech) ?? 0) === a.level;
    case 'setExportDrive':
      return (own(c.exportDrive, a.tech) ?? 0) === a.level;
    case 'setEcosystem':
      return (own(c.ecosystem, a.tech) ?? 0) === a.level;
    case 'setMarketAccess':
      return c.marketAccess === a.level;
    case 'setControl':
      return (own(h.control, a.tech) ?? 'open') === a.level;
    case 'setEntityList':
      return h.entityList.includes(a.champion) === a.listed;
    case 'setAllies':
      return h.allies === a.level;
    case 'setSupport':
      return h.support === a.level;
    case 'setPriceCut':
      return (own(h.priceCut, a.tech) ?? 0) === a.level;
    case 'setLicense':
      return h.licensed.includes(a.tech) === a.licensed;
    case 'offer':
      return a.gives.length === 0;
    case 'buildLine':
      return a.lines === 0;
    case 'stockpile':
      return a.quarters === 0;
    case 'choose':
      return false;
    case 'answer':
      return !a.accept; // no answer refuses
  }
}

/** The draft with `a` put in (replacing any action with the same key), or taken out when it changes nothing. */
export function withAction(state: GameState, side: Side, draft: readonly Action[], a: Action): Action[] {
  const key = actionKey(a);
  const rest = draft.filter((d) => actionKey(d) !== key);
  return isNoChange(state, side, a) ? rest : [...rest, a];
}

export const withoutKey = (draft: readonly Action[], key: string): Action[] =>
  draft.filter((d) => actionKey(d) !== key);

type Choice = NonNullable<ScenarioEvent['choice']>;

/** The option standing on an event's question: the one the draft chose, else the first, as the rules settle it. */
export function standingOption(
  choice: Choice,
  event: string,
  draft: readonly Action[],
): Choice['options'][number] {
  const picked = draft.find((a) => a.type === 'choose' && a.event === event);
  const id = picked?.type === 'choose' ? picked.option : undefined;
  return choice.options.find((o) => o.id === id) ?? choice.options[0]!;
}
