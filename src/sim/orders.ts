// Checking a side's orders for a turn: each action is legal, affordable and allowed now, or the whole
// order is refused with a typed error naming the action. A legal order becomes a Plan.
import type { Scenario } from '../scenario/schema.ts';
import { CONTROL_LEVELS, type Side, severity } from '../scenario/vocabulary.ts';
import { ACTION_SIDES, ACTION_TYPES, type Action, type ActionType, TALK_SIDES } from './actions.ts';
import { own, setOwn } from './byId.ts';
import { cloneData } from './clone.ts';
import {
  challengerUpkeep,
  holderUpkeep,
  LICENSABLE,
  MAX_LINES,
  oneOffCost,
  STOCKPILE_MAX_QUARTERS,
  stockpileUnits,
  type Upkeep,
} from './costs.ts';
import { type ErrorCode, fail, ok, type Result, type RuleError } from './result.ts';
import { indexScenario } from './scenarioIndex.ts';
import type { ChallengerPolicy, Deal, GameState, HolderPolicy, TalkItem } from './state.ts';
import { proposalTo } from './talks.ts';

export interface Plan {
  side: Side;
  holder: HolderPolicy; // the policy in force after the orders (the other side's: the state's own, read only)
  challenger: ChallengerPolicy;
  builds: { tech: string; lines: number }[];
  stockpiles: { tech: string; units: number }[];
  choices: { event: string; option: string }[];
  offer: { gives: TalkItem[]; asks: TalkItem[] } | null;
  answer: boolean | null; // to the other side's proposal on the table; none refuses it
  money: number; // one-off money
  capital: number; // one-off capital, plus capital upkeep
  upkeep: Upkeep;
  tightened: { tech: string; steps: number }[];
  listed: string[];
  accessRaised: number;
}

const isLevel = (x: unknown, max = 3): x is number =>
  Number.isInteger(x) && (x as number) >= 0 && (x as number) <= max;
const isCount = (x: unknown, max: number): x is number =>
  Number.isInteger(x) && (x as number) >= 1 && (x as number) <= max;

export const activeDeals = (s: GameState): Deal[] => s.deals.filter((d) => d.until >= s.turn);

/** Action types a tutorial has unlocked by this turn; every type when the scenario is not a tutorial. */
export function unlockedActions(scenario: Scenario, turn: number): Set<ActionType> {
  if (!scenario.tutorial) return new Set(ACTION_TYPES);
  const open = new Set<ActionType>(['choose', 'answer']); // what the game asks is always answerable
  for (const step of scenario.tutorial) {
    if (step.turn <= turn) for (const u of step.unlocks) open.add(u as ActionType);
  }
  return open;
}

function bindingDeal(s: GameState, holds: (d: Deal) => boolean): Deal | undefined {
  return activeDeals(s).find(holds);
}

/**
 * The deal that forbids the holder to tighten this control or list this firm (a pause, or a loosening or
 * delisting of it), if one binds now. Orders and events alike respect it.
 */
export function sparedByDeal(s: GameState, what: { tech?: string; champion?: string }): Deal | undefined {
  return bindingDeal(s, (d) =>
    d.holderGives.some(
      (g) =>
        g.kind === 'pause' ||
        (g.kind === 'loosen' && g.tech === what.tech) ||
        (g.kind === 'delist' && g.champion === what.champion),
    ),
  );
}

export function checkOrders(
  scenario: Scenario,
  s: GameState,
  side: Side,
  actions: readonly unknown[],
): Result<Plan> {
  if (s.ending) return fail('ERR_GAME_OVER', 'The game is over.');
  if (!Array.isArray(actions)) return fail('ERR_UNKNOWN_ACTION', 'Orders must be a list of actions.');
  const index = indexScenario(scenario);
  const plan: Plan = {
    side,
    // Only the side's own policy is changed by its orders; the other side's is the state's, read only.
    holder: side === 'holder' ? cloneData(s.holder.policy) : s.holder.policy,
    challenger: side === 'challenger' ? cloneData(s.challenger.policy) : s.challenger.policy,
    builds: [],
    stockpiles: [],
    choices: [],
    offer: null,
    answer: null,
    money: 0,
    capital: 0,
    upkeep:
      side === 'holder'
        ? holderUpkeep(scenario, s.holder.policy)
        : challengerUpkeep(scenario, s.challenger.policy),
    tightened: [],
    listed: [],
    accessRaised: 0,
  };
  const seen = new Set<string>();
  const unlocked = unlockedActions(scenario, s.turn);
  const wallet = s[side];
  for (let i = 0; i < actions.length; i++) {
    const before = { money: plan.money + plan.upkeep.total, capital: plan.capital + plan.upkeep.capital };
    const error = checkAction(scenario, s, side, actions[i], plan, seen, unlocked, index.techIndex);
    if (error) return { ok: false, error: { ...error, action: i } };
    plan.upkeep =
      side === 'holder' ? holderUpkeep(scenario, plan.holder) : challengerUpkeep(scenario, plan.challenger);
    const after = { money: plan.money + plan.upkeep.total, capital: plan.capital + plan.upkeep.capital };
    if (after.money > before.money && after.money > wallet.money + 1e-9) {
      return refuse(
        i,
        'ERR_OVER_BUDGET',
        `Not enough money: these orders cost ${after.money.toFixed(1)} and the treasury holds ${wallet.money.toFixed(1)}.`,
        {
          cost: after.money,
          money: wallet.money,
        },
      );
    }
    if (after.capital > before.capital && after.capital > wallet.capital + 1e-9) {
      return refuse(
        i,
        'ERR_NO_CAPITAL',
        `Not enough ${side === 'holder' ? 'diplomatic' : 'political'} capital: these orders need ${after.capital} and ${wallet.capital} is left.`,
        {
          cost: after.capital,
          capital: wallet.capital,
        },
      );
    }
  }
  return ok(plan);
}

function refuse(i: number, code: ErrorCode, message: string, params?: Record<string, number | string>) {
  const error: RuleError = params ? { code, message, params, action: i } : { code, message, action: i };
  return { ok: false as const, error };
}

function checkAction(
  scenario: Scenario,
  s: GameState,
  side: Side,
  raw: unknown,
  plan: Plan,
  seen: Set<string>,
  unlocked: Set<ActionType>,
  techIndex: Map<string, number>,
): RuleError | null {
  const err = (code: ErrorCode, message: string, params?: Record<string, string | number>) =>
    fail(code, message, params).error;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return err('ERR_UNKNOWN_ACTION', 'An action must be an object with a type.');
  const type = (raw as { type?: unknown }).type;
  if (typeof type !== 'string' || !(ACTION_TYPES as readonly string[]).includes(type)) {
    return err(
      'ERR_UNKNOWN_ACTION',
      `There is no action called ${JSON.stringify(String(type)).slice(0, 40)}.`,
    );
  }
  const action = raw as Action;
  if (!ACTION_SIDES[action.type].includes(side)) {
    return err('ERR_WRONG_SIDE', `The ${side} cannot ${action.type}.`, { type: action.type, side });
  }
  if (!unlocked.has(action.type)) {
    return err('ERR_LOCKED', `This tutorial has not unlocked ${action.type} yet.`, { type: action.type });
  }
  const needTech = (id: unknown): number | RuleError => {
    const i = typeof id === 'string' ? techIndex.get(id) : undefined;
    return i === undefined
      ? err('ERR_UNKNOWN_TECH', `There is no technology ${JSON.stringify(String(id)).slice(0, 40)}.`)
      : i;
  };
  const once = (key: string): RuleError | null => {
    if (seen.has(key))
      return err(
        'ERR_DUPLICATE',
        `Only one ${action.type} per ${key.includes(':') ? 'technology' : 'turn'}.`,
      );
    seen.add(key);
    return null;
  };
  const addOneOff = (a: Action) => {
    const c = oneOffCost(s, scenario, a, (id) => techIndex.get(id)!);
    plan.money += c.money;
    plan.capital += c.capital;
  };

  switch (action.type) {
    case 'setResearch':
    case 'setProcurement':
    case 'setExportDrive':
    case 'setEcosystem': {
      const i = needTech(action.tech);
      if (typeof i !== 'number') return i;
      if (!isLevel(action.level)) return err('ERR_BAD_VALUE', 'A level is a whole number from 0 to 3.');
      const dup = once(`${action.type}:${action.tech}`);
      if (dup) return dup;
      if (action.type === 'setResearch') {
        setOwn((side === 'holder' ? plan.holder : plan.challenger).research, action.tech, action.level);
        return null;
      }
      if (action.type === 'setProcurement') {
        const current = own(s.challenger.policy.procurement, action.tech) ?? 0;
        if (
          action.level > current &&
          bindingDeal(s, (d) =>
            d.challengerGives.some((g) => g.kind === 'purchase' && g.tech === action.tech),
          )
        ) {
          return err(
            'ERR_BOUND_BY_DEAL',
            'A purchase commitment forbids raising the domestic preference for this technology.',
          );
        }
        addOneOff(action);
        setOwn(plan.challenger.procurement, action.tech, action.level);
        return null;
      }
      setOwn(
        plan.challenger[action.type === 'setExportDrive' ? 'exportDrive' : 'ecosystem'],
        action.tech,
        action.level,
      );
      return null;
    }
    case 'buildLine': {
      const i = needTech(action.tech);
      if (typeof i !== 'number') return i;
      if (!isCount(action.lines, MAX_LINES))
        return err('ERR_BAD_VALUE', `Build 1 to ${MAX_LINES} lines at a time.`);
      const dup = once(`buildLine:${action.tech}`);
      if (dup) return dup;
      addOneOff(action);
      plan.builds.push({ tech: action.tech, lines: action.lines });
      return null;
    }
    case 'stockpile': {
      const i = needTech(action.tech);
      if (typeof i !== 'number') return i;
      if (!isCount(action.quarters, STOCKPILE_MAX_QUARTERS))
        return err('ERR_BAD_VALUE', `Stockpile 1 to ${STOCKPILE_MAX_QUARTERS} quarters of demand.`);
      const dup = once(`stockpile:${action.tech}`);
      if (dup) return dup;
      const units = stockpileUnits(s, scenario, i, action.quarters);
      if (units <= 0) {
        return err('ERR_NOT_AVAILABLE', 'Nothing to stockpile: imports are cut off or the store is full.', {
          tech: action.tech,
        });
      }
      addOneOff(action);
      plan.stockpiles.push({ tech: action.tech, units });
      return null;
    }
    case 'setMarketAccess': {
      if (!isLevel(action.level, 2))
        return err('ERR_BAD_VALUE', 'Market access is 0 (open), 1 (restricted) or 2 (closed).');
      const dup = once('setMarketAccess');
      if (dup) return dup;
      if (
        action.level > s.challenger.policy.marketAccess &&
        bindingDeal(s, (d) => d.challengerGives.some((g) => g.kind === 'openMarket'))
      ) {
        return err('ERR_BOUND_BY_DEAL', 'A deal keeps the market open until it expires.');
      }
      addOneOff(action);
      plan.accessRaised = Math.max(0, action.level - s.challenger.policy.marketAccess);
      plan.challenger.marketAccess = action.level;
      return null;
    }
    case 'setControl': {
      const i = needTech(action.tech);
      if (typeof i !== 'number') return i;
      if (!(CONTROL_LEVELS as readonly string[]).includes(action.level)) {
        return err('ERR_BAD_VALUE', 'A control level is open, license, downgraded or ban.');
      }
      const dup = once(`setControl:${action.tech}`);
      if (dup) return dup;
      const steps = severity(action.level) - severity(own(s.holder.policy.control, action.tech) ?? 'open');
      if (steps > 0) {
        const deal = sparedByDeal(s, { tech: action.tech });
        if (deal)
          return err(
            'ERR_BOUND_BY_DEAL',
            `A deal forbids tightening this control until turn ${deal.until + 1}.`,
            { until: deal.until },
          );
        plan.tightened.push({ tech: action.tech, steps });
      }
      addOneOff(action);
      setOwn(plan.holder.control, action.tech, action.level);
      // A downgrade or a ban ends a licence on the technology.
      if (severity(action.level) > LICENSABLE)
        plan.holder.licensed = plan.holder.licensed.filter((t) => t !== action.tech);
      return null;
    }
    case 'setEntityList': {
      if (typeof action.champion !== 'string' || !scenario.champions.some((c) => c.id === action.champion)) {
        return err(
          'ERR_UNKNOWN_CHAMPION',
          `There is no champion ${JSON.stringify(String(action.champion)).slice(0, 40)}.`,
        );
      }
      if (typeof action.listed !== 'boolean') return err('ERR_BAD_VALUE', 'listed is true or false.');
      const dup = once(`setEntityList:${action.champion}`);
      if (dup) return dup;
      const already = s.holder.policy.entityList.includes(action.champion);
      if (action.listed && !already) {
        const deal = sparedByDeal(s, { champion: action.champion });
        if (deal)
          return err('ERR_BOUND_BY_DEAL', `A deal forbids listing this firm until turn ${deal.until + 1}.`, {
            until: deal.until,
          });
        plan.listed.push(action.champion);
      }
      addOneOff(action);
      plan.holder.entityList = action.listed
        ? [...new Set([...plan.holder.entityList, action.champion])]
        : plan.holder.entityList.filter((c) => c !== action.champion);
      return null;
    }
    case 'setAllies':
    case 'setSupport': {
      if (!isLevel(action.level)) return err('ERR_BAD_VALUE', 'A level is a whole number from 0 to 3.');
      const dup = once(action.type);
      if (dup) return dup;
      plan.holder[action.type === 'setAllies' ? 'allies' : 'support'] = action.level;
      return null;
    }
    case 'setPriceCut': {
      const i = needTech(action.tech);
      if (typeof i !== 'number') return i;
      if (!isLevel(action.level)) return err('ERR_BAD_VALUE', 'A level is a whole number from 0 to 3.');
      const dup = once(`setPriceCut:${action.tech}`);
      if (dup) return dup;
      setOwn(plan.holder.priceCut, action.tech, action.level);
      return null;
    }
    case 'setLicense': {
      const i = needTech(action.tech);
      if (typeof i !== 'number') return i;
      if (typeof action.licensed !== 'boolean') return err('ERR_BAD_VALUE', 'licensed is true or false.');
      const dup = once(`setLicense:${action.tech}`);
      if (dup) return dup;
      if (action.licensed && severity(own(plan.holder.control, action.tech) ?? 'open') > LICENSABLE) {
        return err(
          'ERR_CONTROLLED',
          'A technology under a downgrade or a ban cannot be licensed: loosen the control first.',
          { tech: action.tech },
        );
      }
      const rest = plan.holder.licensed.filter((t) => t !== action.tech);
      plan.holder.licensed = action.licensed ? [...rest, action.tech] : rest;
      return null;
    }
    case 'choose': {
      const pending = s.pending.find((p) => p.event === action.event && p.side === side);
      if (!pending)
        return err('ERR_UNKNOWN_EVENT', 'There is no decision waiting on that event for this side.');
      if (typeof action.option !== 'string' || !pending.options.includes(action.option)) {
        return err('ERR_BAD_VALUE', `That event's options are ${pending.options.join(', ')}.`);
      }
      const dup = once(`choose:${action.event}`);
      if (dup) return dup;
      plan.choices.push({ event: action.event, option: action.option });
      return null;
    }
    case 'answer': {
      if (!proposalTo(s, side)) return err('ERR_NOTHING_TO_ANSWER', "No proposal awaits this side's answer.");
      const dup = once('answer');
      if (dup) return dup;
      if (typeof action.accept !== 'boolean')
        return err('ERR_BAD_VALUE', 'An answer accepts (true) or refuses (false) the proposal.');
      plan.answer = action.accept;
      return null;
    }
    case 'offer': {
      if (!s.talks.open) return err('ERR_NO_TALKS', 'There are no talks this turn.');
      const dup = once('offer');
      if (dup) return dup;
      if (!Array.isArray(action.gives) || action.gives.length < 1 || action.gives.length > 4) {
        return err('ERR_BAD_VALUE', 'An offer gives 1 to 4 items.');
      }
      const asks = action.asks ?? [];
      if (!Array.isArray(asks) || asks.length > 4) return err('ERR_BAD_VALUE', 'An offer asks 0 to 4 items.');
      const kinds = new Set<string>();
      for (const [items, owner] of [
        [action.gives, side],
        [asks, side === 'holder' ? 'challenger' : 'holder'],
      ] as const) {
        for (const item of items) {
          const problem = checkTalkItem(scenario, s, owner, item, techIndex);
          if (problem) return err('ERR_BAD_VALUE', owner === side ? problem : `Asked: ${problem}`);
          const key = JSON.stringify(item);
          if (kinds.has(key)) return err('ERR_DUPLICATE', 'An offer names each item once.');
          kinds.add(key);
        }
      }
      plan.offer = { gives: action.gives.map((g) => ({ ...g })), asks: asks.map((g) => ({ ...g })) };
      return null;
    }
    default: {
      const never: never = action;
      return err('ERR_UNKNOWN_ACTION', `Unknown action ${JSON.stringify(never)}.`);
    }
  }
}

function checkTalkItem(
  scenario: Scenario,
  s: GameState,
  side: Side,
  item: unknown,
  techIndex: Map<string, number>,
): string | null {
  if (typeof item !== 'object' || item === null) return 'An offer item is an object with a kind.';
  const kind = (item as { kind?: unknown }).kind;
  if (typeof kind !== 'string' || !(kind in TALK_SIDES))
    return `There is no offer item ${JSON.stringify(String(kind)).slice(0, 30)}.`;
  const talk = item as TalkItem;
  if (TALK_SIDES[talk.kind] !== side) return `Only the ${TALK_SIDES[talk.kind]} can offer ${talk.kind}.`;
  switch (talk.kind) {
    case 'loosen':
      if (!techIndex.has(talk.tech)) return 'Loosen names a known technology.';
      if ((own(s.holder.policy.control, talk.tech) ?? 'open') === 'open')
        return 'That technology is not controlled.';
      return null;
    case 'purchase':
      return techIndex.has(talk.tech) ? null : 'Purchase names a known technology.';
    case 'delist':
      if (!scenario.champions.some((c) => c.id === talk.champion)) return 'Delist names a known champion.';
      return s.holder.policy.entityList.includes(talk.champion)
        ? null
        : 'That firm is not on the entity list.';
    case 'openMarket':
      return s.challenger.policy.marketAccess > 0 ? null : 'The market is already open.';
    case 'pause':
      return null;
  }
}
