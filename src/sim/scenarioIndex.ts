// Lookups derived once per scenario: technologies by id, a topological order of the dependency graph,
// spillover neighbours and market weights. Pure and memoised on the (immutable) scenario object.
import type { Scenario, Technology } from '../scenario/schema.ts';

export interface ScenarioIndex {
  tech: Map<string, Technology>;
  techIndex: Map<string, number>;
  order: number[]; // tech indices, upstream before downstream
  neighbours: number[][]; // spillover partners by dependency edge (both directions)
  sameCategory: number[][];
  weight: number[]; // each tech's share of the challenger's total home-market value, summing to 1
  eventIndex: Map<string, number>;
  championIndex: Map<string, number>;
}

const cache = new WeakMap<Scenario, ScenarioIndex>();

export function indexScenario(scenario: Scenario): ScenarioIndex {
  const hit = cache.get(scenario);
  if (hit) return hit;
  const techs = scenario.technologies;
  const techIndex = new Map(techs.map((t, i) => [t.id, i]));
  const neighbours = techs.map(() => [] as number[]);
  techs.forEach((t, i) => {
    for (const up of t.dependsOn) {
      const j = techIndex.get(up);
      if (j === undefined) continue;
      neighbours[i]!.push(j);
      neighbours[j]!.push(i);
    }
  });
  const sameCategory = techs.map((t, i) =>
    techs.flatMap((u, j) => (j !== i && u.category === t.category && !neighbours[i]!.includes(j) ? [j] : [])),
  );
  const value = techs.map((t) => t.domesticDemand * t.price);
  const total = value.reduce((a, b) => a + b, 0);
  const index: ScenarioIndex = {
    tech: new Map(techs.map((t) => [t.id, t])),
    techIndex,
    order: topologicalOrder(scenario),
    neighbours,
    sameCategory,
    weight: value.map((v) => (total > 0 ? v / total : 1 / techs.length)),
    eventIndex: new Map(scenario.events.map((e, i) => [e.id, i])),
    championIndex: new Map(scenario.champions.map((c, i) => [c.id, i])),
  };
  cache.set(scenario, index);
  return index;
}

/** Kahn's algorithm in file order; a cycle (the validator rejects those) falls back to file order. */
export function topologicalOrder(scenario: Scenario): number[] {
  const techs = scenario.technologies;
  const at = new Map(techs.map((t, i) => [t.id, i]));
  const indegree = techs.map((t) => t.dependsOn.filter((d) => at.has(d)).length);
  const order: number[] = [];
  const done = new Set<number>();
  while (order.length < techs.length) {
    const next = indegree.findIndex((d, i) => d === 0 && !done.has(i));
    if (next < 0) {
      techs.forEach((_, i) => {
        if (!done.has(i)) order.push(i);
      });
      break;
    }
    done.add(next);
    order.push(next);
    techs.forEach((t, i) => {
      if (t.dependsOn.includes(techs[next]!.id)) indegree[i]!--;
    });
  }
  return order;
}

/** Share of a tech's home demand that comes from entity-listed champions' industries. */
export function listedWeight(scenario: Scenario, listed: readonly string[], techId: string): number {
  let cut = 0;
  let totalWeight = 0;
  for (const industry of scenario.industries) {
    for (const use of industry.uses) if (use.tech === techId) totalWeight += use.weight * industry.output;
  }
  if (totalWeight <= 0) return 0;
  for (const champion of scenario.champions) {
    if (!listed.includes(champion.id)) continue;
    const industry = scenario.industries.find((i) => i.id === champion.industry);
    const use = industry?.uses.find((u) => u.tech === techId);
    if (industry && use) cut += (champion.weight * use.weight * industry.output) / totalWeight;
  }
  return Math.min(cut, 1);
}
