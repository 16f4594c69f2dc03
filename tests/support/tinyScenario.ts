// A tiny scenario for unit tests: three technologies (beta needs alpha; alpha and gamma share a
// category, so each mechanic of spillover has a partner), two industries, one champion and a small
// event deck. Events are never drawn unless a test raises eventChance, and nothing starts short, so a
// test that changes one thing sees that one thing. Every number here is made up for the tests.
import type { Scenario, ScenarioEvent, Technology } from '../../src/scenario/schema.ts';
import { validateScenario } from '../../src/scenario/validate.ts';

const ARTICLE = '001_4592820d582c5a5e.txt';
const cite = { source: 'article-001', quote: '慢速拔河' };
const text = (en: string) => ({ zh: `测试:${en}`, en });
const sources = [{ id: 'article-001', title: text('The slow tug-of-war article'), article: ARTICLE }];

function tech(
  id: string,
  fields: Omit<Technology, 'id' | 'name' | 'holder' | 'challenger' | 'others'>,
  sides: Pick<Technology, 'holder' | 'challenger' | 'others'>,
): Technology {
  return { id, name: text(`Technology ${id}`), ...fields, ...sides };
}

function event(id: string, fields: Partial<ScenarioEvent>): ScenarioEvent {
  return {
    id,
    title: text(`Event ${id}`),
    text: text(`Something happens: ${id}`),
    cite,
    weight: 1,
    once: true,
    when: [],
    effects: [],
    opensTalks: false,
    trigger: 'draw',
    ...fields,
  };
}

export function tinyDraft(): Scenario {
  return {
    $schema: './scenario.schema.json',
    id: 'tiny',
    formatVersion: 2,
    title: text('Tiny tug'),
    briefing: text('A tiny scenario for unit tests'),
    sources,
    cite,
    numbers: { kind: 'design-estimate', note: text('Made-up numbers for tests') },
    start: { year: 2025, quarter: 1 },
    turns: 12,
    holder: {
      name: text('Holder land'),
      economy: 2000,
      growth: 0,
      budgetShare: 0.005,
      money: 100,
      capital: { start: 6, perTurn: 2, max: 10 },
      firmTax: 0.01,
      supportCost: 3,
      researchCostFactor: 1,
    },
    challenger: {
      name: text('Challenger land'),
      economy: 1000,
      growth: 0,
      budgetShare: 0.01,
      money: 100,
      capital: { start: 4, perTurn: 1, max: 6 },
    },
    others: { name: text('Third countries') },
    technologies: [
      tech(
        'alpha',
        {
          category: 'component',
          difficulty: 2,
          homeQualificationTurns: 4,
          foreignQualificationTurns: 4,
          reliabilityThreshold: 60,
          price: 1,
          domesticDemand: 100,
          foreignDemand: 200,
          demandGrowth: 0,
          dependsOn: [],
          researchCost: 2,
          lineCapacity: 10,
          lineCost: 5,
          buildTurns: 2,
          learningRate: 0.8,
          downgradeCap: 70,
          control: 'open',
        },
        {
          holder: {
            make: { capability: 90, capacity: 500, unitCost: 0.6 },
            sell: { domestic: 0.6, foreign: 0.5 },
            chain: 90,
          },
          challenger: {
            make: { capability: 40, capacity: 20, unitCost: 1.5 },
            sell: { domestic: 0.2, foreign: 0 },
            chain: 0,
          },
          others: {
            capability: 80,
            capacity: 40,
            unitCost: 0.8,
            sell: { domestic: 0.2, foreign: 0.5 },
            chain: 80,
          },
        },
      ),
      tech(
        'beta',
        {
          category: 'equipment',
          difficulty: 4,
          homeQualificationTurns: 6,
          foreignQualificationTurns: 6,
          reliabilityThreshold: 65,
          price: 3,
          domesticDemand: 30,
          foreignDemand: 90,
          demandGrowth: 0,
          dependsOn: ['alpha'],
          researchCost: 3,
          lineCapacity: 3,
          lineCost: 8,
          buildTurns: 3,
          learningRate: 0.85,
          downgradeCap: 75,
          control: 'open',
        },
        {
          holder: {
            make: { capability: 92, capacity: 200, unitCost: 2 },
            sell: { domestic: 0.6, foreign: 0.5 },
            chain: 90,
          },
          challenger: {
            make: { capability: 35, capacity: 5, unitCost: 5 },
            sell: { domestic: 0.1, foreign: 0 },
            chain: 0,
          },
          others: {
            capability: 85,
            capacity: 10,
            unitCost: 3.5,
            sell: { domestic: 0.3, foreign: 0.5 },
            chain: 80,
          },
        },
      ),
      tech(
        'gamma',
        {
          category: 'component',
          difficulty: 3,
          homeQualificationTurns: 5,
          foreignQualificationTurns: 5,
          reliabilityThreshold: 60,
          price: 2,
          domesticDemand: 50,
          foreignDemand: 150,
          demandGrowth: 0,
          dependsOn: [],
          researchCost: 2.5,
          lineCapacity: 6,
          lineCost: 6,
          buildTurns: 2,
          learningRate: 0.85,
          downgradeCap: 72,
          control: 'open',
        },
        {
          holder: {
            make: { capability: 88, capacity: 300, unitCost: 1.2 },
            sell: { domestic: 0.5, foreign: 0.4 },
            chain: 85,
          },
          challenger: {
            make: { capability: 30, capacity: 10, unitCost: 3 },
            sell: { domestic: 0.1, foreign: 0 },
            chain: 0,
          },
          others: {
            capability: 82,
            capacity: 30,
            unitCost: 2.2,
            sell: { domestic: 0.4, foreign: 0.6 },
            chain: 75,
          },
        },
      ),
    ],
    industries: [
      {
        id: 'rail',
        name: text('Rail'),
        output: 200,
        growth: 0,
        uses: [
          { tech: 'alpha', weight: 0.4 },
          { tech: 'beta', weight: 0.2 },
        ],
      },
      { id: 'fabs', name: text('Fabs'), output: 300, growth: 0, uses: [{ tech: 'gamma', weight: 0.5 }] },
    ],
    champions: [
      { id: 'rail-champ', name: text('Rail champion'), industry: 'rail', weight: 0.6, listed: false },
    ],
    events: [
      event('qualified', {
        when: [{ field: 'tech.alpha.challenger.capability', op: '>=', value: 60 }],
        effects: [{ op: 'add', field: 'tech.alpha.challenger.chain', value: 5 }],
      }),
      event('frontier', {
        once: false,
        effects: [{ op: 'add', field: 'tech.alpha.holder.capability', value: 2 }],
      }),
      event('lobby', {
        when: [{ field: 'holder.health', op: '<', value: 0.95 }],
        choice: {
          side: 'holder',
          options: [
            {
              id: 'hold',
              label: text('Hold firm'),
              effects: [{ op: 'add', field: 'holder.capital', value: -1 }],
            },
            {
              id: 'ease',
              label: text('Ease alpha'),
              effects: [{ op: 'set', field: 'tech.alpha.control', value: 'open' }],
            },
          ],
        },
      }),
      event('summit', {
        once: false,
        effects: [{ op: 'add', field: 'tension', value: -5 }],
        opensTalks: true,
      }),
    ],
    eventChance: 0,
    negotiation: { every: 4, first: 4, dealTurns: 3 },
    ropeStep: 4,
    endings: {
      leader: { lanes: 2, rope: 25, chain: 35 },
      selfReliant: { lanes: 2, rope: 0 },
      nextJapan: { lanes: 2, make: 48, sell: 20 },
      crisis: { depth: 0.8, turns: 3 },
      holderHealthy: 0.95,
      holderHurt: 0.88,
      cites: [],
    },
  };
}

/**
 * The tiny scenario, edited by `edit` and then validated like any scenario file, so a test cannot
 * build something the validator would refuse.
 */
export function tinyScenario(edit?: (draft: Scenario) => void): Scenario {
  const draft = tinyDraft();
  edit?.(draft);
  const { scenario, problems } = validateScenario(draft);
  if (!scenario) throw new Error(`the tiny scenario is invalid: ${JSON.stringify(problems)}`);
  return scenario;
}

/** The draft technology with this id, for edits. */
export function draftTech(draft: Scenario, id: string): Technology {
  const t = draft.technologies.find((x) => x.id === id);
  if (!t) throw new Error(`no technology ${id}`);
  return t;
}

/** The draft event with this id, for edits. */
export function draftEvent(draft: Scenario, id: string): ScenarioEvent {
  const e = draft.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
}
