// Named state fields that scenario events may test (conditions) and change (effects). One table
// serves the engine and the validator, so a condition on a missing field is caught before play.
import type { Scenario } from '../scenario/schema.ts';
import { CONTROL_LEVELS, type ControlLevel } from '../scenario/vocabulary.ts';
import { own, setOwn } from './byId.ts';
import { clamp } from './numbers.ts';
import type { RopeInput } from './report.ts';
import type { GameState } from './state.ts';

export type FieldKind = 'number' | 'control' | 'boolean';
type Value = number | string | boolean;

export interface FieldRef {
  path: string;
  kind: FieldKind;
  get(s: GameState): Value;
  set?: (s: GameState, v: Value) => void; // absent when the field is read-only
  rope?: { tech: number; input: RopeInput }; // effects on rope inputs are booked to the event
  tech?: string;
  champion?: string;
}

const num = (
  path: string,
  get: (s: GameState) => number,
  set?: (s: GameState, v: number) => void,
  extra: Partial<FieldRef> = {},
): FieldRef => ({
  path,
  kind: 'number',
  get,
  ...(set ? { set: (s: GameState, v: Value) => set(s, Number(v)) } : {}),
  ...extra,
});

/** Every field a scenario may name, listed for the documentation and the editor. */
export function fieldCatalogue(scenario: Scenario): string[] {
  const out = ['turn', 'tension', 'talks.open'];
  for (const side of ['holder', 'challenger'])
    for (const f of ['money', 'capital', 'income', 'economy']) out.push(`${side}.${f}`);
  out.push('holder.health', 'holder.revenue', 'holder.allies', 'holder.support', 'challenger.resolve');
  out.push('challenger.industryIndex', 'challenger.crisisTurns', 'challenger.marketAccess');
  for (const t of scenario.technologies) {
    const p = `tech.${t.id}`;
    out.push(`${p}.control`, `${p}.rope`, `${p}.shortage`, `${p}.demand.domestic`, `${p}.demand.foreign`);
    for (const f of [
      'capability',
      'chain',
      'capacity',
      'unitCost',
      'stockpile',
      'domesticShare',
      'foreignShare',
    ])
      out.push(`${p}.challenger.${f}`);
    for (const f of ['capability', 'chain', 'domesticShare', 'foreignShare']) out.push(`${p}.holder.${f}`);
    out.push(
      `${p}.others.capability`,
      `${p}.others.capacity`,
      `${p}.others.chain`,
      `${p}.others.domesticShare`,
    );
    out.push(`${p}.others.foreignShare`);
  }
  for (const i of scenario.industries) out.push(`industry.${i.id}.index`, `industry.${i.id}.output`);
  for (const c of scenario.champions) out.push(`champion.${c.id}.listed`);
  return out;
}

export function resolveField(scenario: Scenario, path: string): FieldRef | null {
  const parts = path.split('.');
  const [head, a, b] = parts;
  if (parts.length === 1) {
    if (head === 'turn') return num(path, (s) => s.turn);
    if (head === 'tension')
      return num(
        path,
        (s) => s.tension,
        (s, v) => {
          s.tension = clamp(v, 0, 100);
        },
      );
    return null;
  }
  if (path === 'talks.open') return { path, kind: 'boolean', get: (s) => s.talks.open };
  if ((head === 'holder' || head === 'challenger') && parts.length === 2) {
    const side = head;
    switch (a) {
      case 'money':
        return num(
          path,
          (s) => s[side].money,
          (s, v) => {
            s[side].money = Math.max(0, v);
          },
        );
      case 'capital':
        return num(
          path,
          (s) => s[side].capital,
          (s, v) => {
            s[side].capital = clamp(v, 0, scenario[side].capital.max);
          },
        );
      case 'income':
        return num(path, (s) => s[side].income);
      case 'economy':
        return num(
          path,
          (s) => s[side].economy,
          (s, v) => {
            s[side].economy = Math.max(0, v);
          },
        );
    }
    if (side === 'holder') {
      if (a === 'health')
        return num(
          path,
          (s) => s.holder.health,
          (s, v) => {
            s.holder.health = clamp(v, 0, 2);
          },
        );
      if (a === 'revenue') return num(path, (s) => s.holder.revenue);
      if (a === 'allies')
        return num(
          path,
          (s) => s.holder.policy.allies,
          (s, v) => {
            s.holder.policy.allies = clamp(Math.round(v), 0, 3);
          },
        );
      if (a === 'support') return num(path, (s) => s.holder.policy.support);
    } else {
      if (a === 'resolve')
        return num(
          path,
          (s) => s.challenger.resolve,
          (s, v) => {
            s.challenger.resolve = clamp(v, 0, 100);
          },
        );
      if (a === 'industryIndex') return num(path, (s) => s.challenger.industryIndex);
      if (a === 'crisisTurns') return num(path, (s) => s.challenger.crisisTurns);
      if (a === 'marketAccess') {
        return num(
          path,
          (s) => s.challenger.policy.marketAccess,
          (s, v) => {
            s.challenger.policy.marketAccess = clamp(Math.round(v), 0, 2);
          },
        );
      }
    }
    return null;
  }
  if (head === 'tech' && a !== undefined) {
    const i = scenario.technologies.findIndex((t) => t.id === a);
    if (i < 0) return null;
    return techField(path, i, a, parts.slice(2));
  }
  if (head === 'industry' && a !== undefined && parts.length === 3) {
    const i = scenario.industries.findIndex((x) => x.id === a);
    if (i < 0) return null;
    if (b === 'output') return num(path, (s) => s.industries[i]!.output);
    if (b === 'index')
      return num(path, (s) =>
        s.industries[i]!.base > 0 ? s.industries[i]!.output / s.industries[i]!.base : 1,
      );
    return null;
  }
  if (head === 'champion' && a !== undefined && b === 'listed' && parts.length === 3) {
    if (!scenario.champions.some((x) => x.id === a)) return null;
    return {
      path,
      kind: 'boolean',
      champion: a,
      get: (s) => s.holder.policy.entityList.includes(a),
      set: (s, v) => {
        const rest = s.holder.policy.entityList.filter((x) => x !== a);
        s.holder.policy.entityList = v === true ? [...rest, a] : rest;
      },
    };
  }
  return null;
}

function techField(path: string, i: number, id: string, rest: string[]): FieldRef | null {
  const [a, b, extra] = rest;
  if (extra !== undefined) return null;
  const t = (s: GameState) => s.techs[i]!;
  if (b === undefined) {
    if (a === 'control') {
      return {
        path,
        kind: 'control',
        tech: id,
        get: (s) => own(s.holder.policy.control, id) ?? 'open',
        set: (s, v) => {
          if ((CONTROL_LEVELS as readonly string[]).includes(String(v)))
            setOwn(s.holder.policy.control, id, v as ControlLevel);
        },
      };
    }
    if (a === 'rope') return num(path, (s) => t(s).rope);
    if (a === 'shortage') return num(path, (s) => t(s).shortage);
    return null;
  }
  if (a === 'demand' && (b === 'domestic' || b === 'foreign')) {
    return num(
      path,
      (s) => t(s).demand[b],
      (s, v) => {
        t(s).demand[b] = Math.max(1e-6, v);
      },
    );
  }
  const score = (v: number) => clamp(v, 0, 100);
  if (a === 'challenger') {
    const rope = (input: RopeInput) => ({ rope: { tech: i, input } });
    switch (b) {
      case 'capability':
        return num(
          path,
          (s) => t(s).challenger.capability,
          (s, v) => {
            t(s).challenger.capability = score(v);
          },
          rope('capC'),
        );
      case 'chain':
        return num(
          path,
          (s) => t(s).challenger.chain,
          (s, v) => {
            t(s).challenger.chain = score(v);
          },
          rope('chainC'),
        );
      case 'capacity':
        return num(
          path,
          (s) => t(s).challenger.capacity,
          (s, v) => {
            t(s).challenger.capacity = Math.max(0, v);
          },
        );
      case 'unitCost':
        return num(path, (s) => t(s).challenger.unitCost);
      case 'stockpile':
        return num(
          path,
          (s) => t(s).challenger.stockpile,
          (s, v) => {
            t(s).challenger.stockpile = Math.max(0, v);
          },
        );
      case 'domesticShare':
        return num(path, (s) => t(s).domestic.challenger);
      case 'foreignShare':
        return num(path, (s) => t(s).foreign.challenger);
    }
    return null;
  }
  if (a === 'holder') {
    switch (b) {
      case 'capability':
        return num(
          path,
          (s) => t(s).holder.capability,
          (s, v) => {
            t(s).holder.capability = score(v);
          },
          { rope: { tech: i, input: 'capH' } },
        );
      case 'chain':
        return num(
          path,
          (s) => t(s).holder.chain,
          (s, v) => {
            t(s).holder.chain = score(v);
          },
          { rope: { tech: i, input: 'chainH' } },
        );
      case 'domesticShare':
        return num(path, (s) => t(s).domestic.holder);
      case 'foreignShare':
        return num(path, (s) => t(s).foreign.holder);
    }
    return null;
  }
  if (a === 'others') {
    if (b === 'capability')
      return num(
        path,
        (s) => t(s).others.capability,
        (s, v) => {
          t(s).others.capability = score(v);
        },
      );
    if (b === 'capacity')
      return num(
        path,
        (s) => t(s).others.capacity,
        (s, v) => {
          t(s).others.capacity = Math.max(0, v);
        },
      );
    // Third countries' own decline (a Toshiba, a Sony) loosens their hold on foreign customers.
    if (b === 'chain')
      return num(
        path,
        (s) => t(s).others.chain,
        (s, v) => {
          t(s).others.chain = score(v);
        },
      );
    if (b === 'domesticShare') return num(path, (s) => t(s).domestic.others);
    if (b === 'foreignShare') return num(path, (s) => t(s).foreign.others);
  }
  return null;
}

export function compare(left: Value, op: string, right: Value): boolean {
  switch (op) {
    case '==':
      return left === right;
    case '!=':
      return left !== right;
  }
  if (typeof left !== 'number' || typeof right !== 'number') return false;
  switch (op) {
    case '<':
      return left < right;
    case '<=':
      return left <= right;
    case '>':
      return left > right;
    case '>=':
      return left >= right;
  }
  return false;
}
