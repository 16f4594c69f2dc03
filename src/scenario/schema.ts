// The scenario format. This zod schema is the single source of truth: the TypeScript types are
// inferred from it and scenarios/scenario.schema.json is generated from it (npm run schema).
import { z } from 'zod';
import { CATEGORIES, CONTROL_LEVELS, SIDES } from '../sim/vocabulary.ts';

const id = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]{0,39}$/,
    'an id is 1–40 lower-case letters, digits or dashes, starting with a letter',
  )
  .describe('A short identifier: lower-case letters, digits and dashes.');

export const TextSchema = z
  .strictObject({
    zh: z.string().min(1).max(2000).describe('中文'),
    en: z.string().min(1).max(2000).describe('English'),
  })
  .describe('A text in both languages.');

export const CiteSchema = z
  .strictObject({
    article: z
      .string()
      .regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'an article is named like 001_4592820d582c5a5e.txt')
      .describe('File name of the source article in shared/seeds/.'),
    quote: z.string().min(2).max(300).describe('A short quote from the article, in its original language.'),
  })
  .describe('Where this comes from: an article and a short quote.');

const share = z.number().min(0).max(1).describe('A fraction from 0 to 1.');
const score = z.number().min(0).max(100).describe('A value on the 0–100 scale.');
const positive = z.number().positive();
const money = z.number().min(0).max(1e9).describe('Money, in the scenario’s unit per quarter.');

const MakeSchema = z.strictObject({
  capability: score.describe('Quality and reliability, 0–100.'),
  capacity: z.number().min(0).max(1e9).describe('Units it can produce per turn.'),
  unitCost: positive.max(1e9).describe('Cost to make one unit today.'),
});

const SideTechSchema = z.strictObject({
  make: MakeSchema,
  sell: z.strictObject({
    domestic: share.describe("Share of the challenger's domestic market this side supplies."),
    foreign: share.describe('Share of the foreign (rest-of-world) market this side supplies.'),
  }),
  chain: score.describe('How far foreign customers have qualified and designed in this side’s product.'),
});

const OthersTechSchema = z.strictObject({
  capability: score.describe('Quality of third-country suppliers.'),
  capacity: z
    .number()
    .min(0)
    .max(1e9)
    .describe("Units third countries can ship into the challenger's market per turn."),
  unitCost: positive.max(1e9),
  sell: z.strictObject({ domestic: share, foreign: share }),
  chain: score,
});

export const TechnologySchema = z.strictObject({
  id,
  name: TextSchema,
  category: z.enum(CATEGORIES),
  cite: CiteSchema.optional(),
  difficulty: z.number().min(1).max(10).describe('R&D difficulty, 1 (easy) to 10 (very hard).'),
  qualificationTurns: z
    .int()
    .min(1)
    .max(24)
    .describe('Turns a foreign customer takes to certify a new supplier.'),
  reliabilityThreshold: score.describe('Capability below which no customer will qualify the product.'),
  price: positive.max(1e6).describe('Market price of one unit.'),
  domesticDemand: positive.max(1e9).describe("The challenger's domestic demand, units per turn."),
  foreignDemand: positive.max(1e9).describe('Rest-of-world demand, units per turn (the global market).'),
  demandGrowth: z.number().min(-0.05).max(0.1).default(0).describe('Growth of both demands per turn.'),
  dependsOn: z.array(id).max(10).default([]).describe('Upstream technologies this one needs.'),
  researchCost: positive.max(1e6).describe('Money per turn for each level of R&D.'),
  lineCapacity: positive.max(1e9).describe('Units per turn that one new production line adds.'),
  lineCost: positive.max(1e9).describe('Money to build one production line.'),
  buildTurns: z.int().min(1).max(16).describe('Turns before a new line comes online.'),
  learningRate: z
    .number()
    .min(0.6)
    .max(0.99)
    .default(0.85)
    .describe('Unit cost multiplies by this each time cumulative output doubles.'),
  downgradeCap: score.describe('Capability cap of the "export special edition" under a downgraded control.'),
  control: z.enum(CONTROL_LEVELS).default('open').describe('Export control level at the start.'),
  holder: SideTechSchema,
  challenger: SideTechSchema,
  others: OthersTechSchema,
});

export const IndustrySchema = z.strictObject({
  id,
  name: TextSchema,
  cite: CiteSchema.optional(),
  output: positive.max(1e9).describe('Output per turn at full supply.'),
  growth: z.number().min(-0.05).max(0.1).default(0).describe('Output growth per turn.'),
  uses: z
    .array(
      z.strictObject({
        tech: id,
        weight: share.describe('Share of the industry’s output that depends on this input.'),
      }),
    )
    .min(1)
    .max(10),
});

export const ChampionSchema = z.strictObject({
  id,
  name: TextSchema,
  cite: CiteSchema.optional(),
  industry: id.describe('The industry this firm leads.'),
  weight: share.describe("The champion's share of its industry's demand for imports."),
});

export const CONDITION_OPS = ['<', '<=', '>', '>=', '==', '!='] as const;

export const ConditionSchema = z
  .strictObject({
    field: z.string().min(1).max(120).describe('A state field, e.g. tech.arf.challenger.capability.'),
    op: z.enum(CONDITION_OPS),
    value: z.union([z.number(), z.string().max(40), z.boolean()]),
  })
  .describe('A test on the state. See scenarios/README.md for the fields.');

export const EFFECT_OPS = ['add', 'set'] as const;

export const EffectSchema = z
  .strictObject({
    op: z.enum(EFFECT_OPS),
    field: z.string().min(1).max(120).describe('A writable state field, e.g. holder.money.'),
    value: z.union([z.number(), z.string().max(40), z.boolean()]),
  })
  .describe('A change to the state.');

export const EventSchema = z.strictObject({
  id,
  title: TextSchema,
  text: TextSchema,
  cite: CiteSchema,
  weight: z.number().min(0).max(100).default(1).describe('Relative odds among eligible events.'),
  once: z.boolean().default(true).describe('Fire at most once a game.'),
  at: z.int().min(1).max(200).optional().describe('Fire on exactly this turn (if its conditions hold).'),
  when: z.array(ConditionSchema).max(10).default([]).describe('All must hold for the event to be drawn.'),
  effects: z.array(EffectSchema).max(12).default([]),
  opensTalks: z.boolean().default(false).describe('Open a negotiation round next turn.'),
  choice: z
    .strictObject({
      side: z.enum(SIDES),
      options: z
        .array(
          z.strictObject({
            id,
            label: TextSchema,
            effects: z.array(EffectSchema).max(12),
          }),
        )
        .min(2)
        .max(3),
    })
    .optional()
    .describe('A decision for one side, made next turn; the first option is the default.'),
});

const SideSchema = z.strictObject({
  name: TextSchema,
  economy: money.describe('Output of the rest of the economy per turn.'),
  growth: z.number().min(-0.05).max(0.1).default(0.005),
  budgetShare: share.describe('Share of the economy that flows into the budget each turn.'),
  money: money.describe('Money at the start.'),
  capital: z
    .strictObject({
      start: z.number().min(0).max(100),
      perTurn: z.number().min(0).max(20),
      max: z.number().min(1).max(100),
    })
    .describe('Political (challenger) or diplomatic (holder) capital.'),
});

export const EndingsSchema = z
  .strictObject({
    leader: z.strictObject({ make: score, abroad: share, chain: score }),
    selfReliant: z.strictObject({ make: score, home: share, abroad: share }),
    nextJapan: z.strictObject({ make: score, home: share }),
    crisis: z.strictObject({
      depth: share.describe('Industry output index below which a turn counts as a crisis turn.'),
      turns: z.int().min(1).max(40).describe('Consecutive crisis turns that end the game.'),
    }),
    holderHealthy: z
      .number()
      .min(0)
      .max(2)
      .describe('Holder firms’ revenue index at or above which they are healthy.'),
    holderHurt: z
      .number()
      .min(0)
      .max(2)
      .describe('Revenue index below which the holder lost from its controls.'),
    cites: z.array(CiteSchema).max(10).default([]),
  })
  .describe('Thresholds that name the ending; see scenarios/README.md.');

export const TutorialStepSchema = z.strictObject({
  turn: z.int().min(1).max(200),
  unlocks: z.array(z.string().min(1).max(40)).max(12).describe('Action types this step allows from now on.'),
  text: TextSchema,
});

export const ScenarioSchema = z.strictObject({
  $schema: z.string().max(200).optional(),
  id,
  formatVersion: z.literal(1),
  title: TextSchema,
  briefing: TextSchema,
  source: CiteSchema.extend({ date: z.string().max(40).optional() }),
  numbers: z
    .strictObject({
      kind: z.literal('design-estimate'),
      note: TextSchema,
    })
    .describe('Numbers are design estimates, not data from the articles, and say so.'),
  start: z.strictObject({ year: z.int().min(1900).max(2200), quarter: z.int().min(1).max(4) }),
  turns: z.int().min(1).max(200),
  holder: SideSchema.extend({
    firmTax: share.describe("Share of the holder firms' revenue that reaches the holder's budget."),
    supportCost: positive.max(1e6).describe('Money per turn for each level of support to its firms.'),
    researchCostFactor: z.number().min(0.1).max(10).default(1),
  }),
  challenger: SideSchema,
  others: z.strictObject({ name: TextSchema }),
  technologies: z.array(TechnologySchema).min(1).max(10),
  industries: z.array(IndustrySchema).min(1).max(12),
  champions: z.array(ChampionSchema).max(8).default([]),
  events: z.array(EventSchema).max(60).default([]),
  eventChance: share.default(0.35).describe('Chance per turn that one event is drawn from the deck.'),
  negotiation: z.strictObject({
    every: z.int().min(1).max(40).describe('Talks open every this many turns.'),
    first: z.int().min(1).max(200).describe('Turn of the first round.'),
    dealTurns: z.int().min(1).max(40).describe('How long a deal binds both sides.'),
  }),
  ropeStep: z.number().min(0.5).max(25).default(4).describe('Largest move of a rope in one turn.'),
  endings: EndingsSchema,
  tutorial: z.array(TutorialStepSchema).max(20).optional(),
});

export type Text = z.infer<typeof TextSchema>;
export type Cite = z.infer<typeof CiteSchema>;
export type Scenario = z.infer<typeof ScenarioSchema>;
export type Technology = z.infer<typeof TechnologySchema>;
export type Industry = z.infer<typeof IndustrySchema>;
export type Champion = z.infer<typeof ChampionSchema>;
export type ScenarioEvent = z.infer<typeof EventSchema>;
export type Condition = z.infer<typeof ConditionSchema>;
export type Effect = z.infer<typeof EffectSchema>;
export type Endings = z.infer<typeof EndingsSchema>;
