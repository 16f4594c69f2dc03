// A small valid scenario, built in code, for tests that need one to break.
import type { z } from 'zod';
import type { ScenarioSchema } from '../../src/scenario/schema.ts';

type ScenarioInput = z.input<typeof ScenarioSchema>;

const text = (zh: string, en: string) => ({ zh, en });
const cite = { source: 'article-001', quote: '你拿一点,我拿一点,你不给,我就自己造' };
const sources = [
  {
    id: 'article-001',
    title: text('中日技术谈判像一场慢速拔河', 'China–Japan technology talks are a slow tug-of-war'),
    article: '001_4592820d582c5a5e.txt',
  },
];

export function minimalScenario(): ScenarioInput {
  return {
    $schema: './scenario.schema.json',
    id: 'mini',
    formatVersion: 2,
    title: text('小拔河', 'A small tug'),
    briefing: text('一项技术,一个产业。', 'One technology, one industry.'),
    sources,
    cite,
    numbers: {
      kind: 'design-estimate',
      note: text('数字均为设计估计。', 'All numbers are design estimates.'),
    },
    start: { year: 2025, quarter: 4 },
    turns: 12,
    holder: {
      name: text('日本', 'Japan'),
      economy: 1000,
      budgetShare: 0.01,
      money: 20,
      capital: { start: 4, perTurn: 1, max: 10 },
      firmTax: 0.01,
      supportCost: 2,
    },
    challenger: {
      name: text('中国', 'China'),
      economy: 1000,
      budgetShare: 0.01,
      money: 20,
      capital: { start: 4, perTurn: 1, max: 10 },
    },
    others: { name: text('第三国', 'Third countries') },
    technologies: [
      {
        id: 'bearings',
        name: text('轴承', 'Bearings'),
        category: 'component',
        cite,
        difficulty: 5,
        homeQualificationTurns: 6,
        foreignQualificationTurns: 6,
        reliabilityThreshold: 60,
        price: 1,
        domesticDemand: 100,
        foreignDemand: 300,
        researchCost: 2,
        lineCapacity: 10,
        lineCost: 5,
        buildTurns: 3,
        downgradeCap: 70,
        holder: {
          make: { capability: 90, capacity: 500, unitCost: 0.7 },
          sell: { domestic: 0.7, foreign: 0.5 },
          chain: 90,
        },
        challenger: {
          make: { capability: 40, capacity: 10, unitCost: 1.4 },
          sell: { domestic: 0.1, foreign: 0 },
          chain: 5,
        },
        others: {
          capability: 85,
          capacity: 30,
          unitCost: 0.8,
          sell: { domestic: 0.2, foreign: 0.5 },
          chain: 80,
        },
      },
      {
        id: 'machine-tools',
        name: text('机床', 'Machine tools'),
        category: 'equipment',
        difficulty: 6,
        homeQualificationTurns: 6,
        foreignQualificationTurns: 6,
        reliabilityThreshold: 60,
        price: 4,
        domesticDemand: 20,
        foreignDemand: 60,
        dependsOn: ['bearings'],
        researchCost: 2,
        lineCapacity: 2,
        lineCost: 6,
        buildTurns: 4,
        downgradeCap: 75,
        holder: {
          make: { capability: 92, capacity: 100, unitCost: 3 },
          sell: { domestic: 0.6, foreign: 0.5 },
          chain: 90,
        },
        challenger: {
          make: { capability: 40, capacity: 2, unitCost: 6 },
          sell: { domestic: 0.1, foreign: 0 },
          chain: 2,
        },
        others: {
          capability: 90,
          capacity: 6,
          unitCost: 3.5,
          sell: { domestic: 0.3, foreign: 0.5 },
          chain: 85,
        },
      },
    ],
    industries: [
      {
        id: 'rail',
        name: text('高铁', 'High-speed rail'),
        output: 100,
        uses: [
          { tech: 'bearings', weight: 0.4 },
          { tech: 'machine-tools', weight: 0.2 },
        ],
      },
    ],
    champions: [{ id: 'rail-maker', name: text('整车厂', 'The train maker'), industry: 'rail', weight: 0.6 }],
    events: [
      {
        id: 'durability',
        title: text('轴承通过耐久试验', 'Bearings pass a durability test'),
        text: text('国产轴承通过长时耐久试验。', 'Domestic bearings pass a long-run durability test.'),
        cite,
        when: [{ field: 'tech.bearings.challenger.capability', op: '>=', value: 50 }],
        effects: [{ op: 'add', field: 'tech.bearings.challenger.chain', value: 5 }],
      },
    ],
    negotiation: { every: 4, first: 4, dealTurns: 4 },
    endings: {
      leader: { lanes: 1, rope: 25, chain: 30 },
      selfReliant: { lanes: 1, rope: 0 },
      nextJapan: { lanes: 1, make: 50, sell: 20 },
      crisis: { depth: 0.8, turns: 4 },
      holderHealthy: 0.95,
      holderHurt: 0.88,
    },
  };
}

export const minimalText = (): string => JSON.stringify(minimalScenario(), null, 2);
