// The scenario format. This zod schema is the single source of truth: the TypeScript types are
// inferred from it and scenarios/scenario.schema.json is generated from it (npm run schema), so the
// descriptions below are what an author sees in an editor. scenarios/README.md explains each field.
import { z } from 'zod';
// The words the format shares with the rules, from the leaf below both (the rules read this format).
import { ACTION_TYPES, CATEGORIES, CONTROL_LEVELS, SIDES } from './vocabulary.ts';

/**
 * Characters that are never right in a scenario text: C0/C1 controls (bar tab and newline), which can
 * rewrite a terminal, and bidirectional overrides, which can make text read differently from its bytes.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it rejects
export const HIDDEN_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it rejects
const NO_HIDDEN = /^[^\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]*$/;
const plain = (max: number) =>
  z
    .string()
    .max(max)
    .regex(NO_HIDDEN, 'Contains an invisible control character (such as an escape code); remove it.');

/** The version of the format this schema reads; older files are migrated first (migrate.ts). */
export const FORMAT_VERSION = 2;

export const ID_PATTERN = /^[a-z][a-z0-9-]{0,39}$/;
const id = z
  .string()
  .regex(ID_PATTERN, 'An id is 1–40 lower-case letters, digits or dashes, starting with a letter.')
  .describe('A short identifier: 1–40 lower-case letters, digits and dashes, starting with a letter.');

export const TextSchema = z
  .strictObject({
    zh: plain(2000).min(1).describe('中文 text.'),
    en: plain(2000).min(1).describe('English text.'),
  })
  .meta({
    id: 'Text',
    description: 'A text in both languages, as plain text (never HTML): {"zh": "…", "en": "…"}.',
  });

export const ARTICLE_PATTERN = /^\d{3}_[0-9a-f]{16}\.txt$/;

/** A quote's translation into the other language, shown beside it to a player of that language. */
const TranslationSchema = z
  .strictObject({
    zh: plain(600).min(1).optional().describe('The quote in Chinese, where it is not in Chinese.'),
    en: plain(600).min(1).optional().describe('The quote in English, where it is not in English.'),
  })
  .describe('The quote translated into the other language: shown beside it to a player of that language.');

export const SourceSchema = z
  .strictObject({
    id: z
      .string()
      .regex(
        /^[a-z][a-z0-9-]{0,39}$/,
        'An id is 1–40 lower-case letters, digits or dashes, starting with a letter.',
      )
      .describe('The id cites use to name this source.'),
    title: TextSchema.describe('The source’s title, as the game shows it (in both languages).'),
    article: z
      .string()
      .regex(ARTICLE_PATTERN, 'An article is named like 001_4592820d582c5a5e.txt.')
      .optional()
      .describe(
        'For one of the game’s source articles (shared/seeds/): its file name. Quotes from it are checked against its text where the article is at hand.',
      ),
    author: plain(200).optional().describe('Who wrote it (a person or a body).'),
    publisher: plain(200).optional().describe('Who published it.'),
    date: plain(40).optional().describe('When it was published, e.g. 2019-07-01.'),
    url: plain(500).optional().describe('Where it can be read (an address), if anywhere.'),
  })
  .meta({
    id: 'Source',
    description:
      'A source the scenario draws on: one of the game’s articles, or any other (a title, and an author or a publisher).',
  });

export const CiteSchema = z
  .strictObject({
    source: z.string().min(1).max(40).describe('The id of a source in "sources".'),
    quote: plain(300)
      .min(2)
      .optional()
      .describe('A short quote from the source, copied word for word in its own language.'),
    translation: TranslationSchema.optional(),
    says: TextSchema.optional().describe(
      'What the source says, in the author’s own words, where no short quote says it: shown as a summary, never as a quote.',
    ),
  })
  .meta({
    id: 'Cite',
    description:
      'Where this comes from: a source, and a short quote from it (or what it says, in your words).',
  });

const share = z.number().min(0).max(1);
const score = z.number().min(0).max(100);
const positive = z.number().positive();

const MakeSchema = z
  .strictObject({
    capability: score.describe('Quality and reliability of what this side makes, 0–100.'),
    capacity: z
      .number()
      .min(0)
      .max(1e9)
      .describe('Units it can produce per turn. Only the challenger’s capacity limits its sales.'),
    unitCost: positive.max(1e9).describe('Cost to make one unit today. It falls along a learning curve.'),
  })
  .describe('make: what the side can produce.');

const SideTechSchema = z
  .strictObject({
    make: MakeSchema,
    sell: z
      .strictObject({
        domestic: share.describe('Share (0–1) of the challenger’s home market this side supplies.'),
        foreign: share.describe('Share (0–1) of the rest-of-world market this side supplies.'),
      })
      .describe('sell: market shares at the start.'),
    chain: score.describe(
      'chain, 0–100: how far foreign customers have qualified and designed in this side’s product.',
    ),
  })
  .meta({ id: 'SideTechnology', description: 'One side’s make / sell / chain triad on a technology.' });

const OthersTechSchema = z
  .strictObject({
    capability: score.describe('Quality of third-country suppliers, 0–100.'),
    capacity: z
      .number()
      .min(0)
      .max(1e9)
      .describe('Units third countries can ship into the challenger’s home market per turn.'),
    unitCost: positive.max(1e9).describe('Their cost of one unit.'),
    sell: z
      .strictObject({
        domestic: share.describe('Share (0–1) of the challenger’s home market they supply.'),
        foreign: share.describe('Share (0–1) of the rest-of-world market they supply.'),
      })
      .describe('Their market shares at the start.'),
    chain: score.describe('How far foreign customers have designed them in, 0–100.'),
  })
  .describe('Third-country suppliers, who fill gaps and leak past unilateral controls.');

export const TechnologySchema = z
  .strictObject({
    id,
    name: TextSchema.describe('The technology’s name.'),
    category: z.enum(CATEGORIES).describe('Its category, which also decides its icon.'),
    cite: CiteSchema.optional().describe('The source this technology comes from.'),
    difficulty: z
      .number()
      .min(1)
      .max(10)
      .describe('R&D difficulty, 1 (easy) to 10 (very hard). Research gains are divided by it.'),
    homeQualificationTurns: z
      .int()
      .min(1)
      .max(24)
      .describe(
        'Turns the challenger’s home buyers take to switch to a new supplier: how fast the home market shifts.',
      ),
    foreignQualificationTurns: z
      .int()
      .min(1)
      .max(24)
      .describe(
        'Turns a foreign customer takes to certify a new supplier: the pace of the chain and of shifts in the foreign market.',
      ),
    reliabilityThreshold: score.describe(
      'Capability below which no foreign customer will qualify the challenger’s product.',
    ),
    usableQuality: score
      .optional()
      .describe(
        'Capability the challenger’s own product needs before its home buyers can use it in most applications. Below it the product’s home share is capped (10% of the home market near the bottom, rising to no cap at this capability), whatever the procurement preference or a closed market; in a shortage, at most half. Absent: no cap.',
      ),
    price: positive.max(1e6).describe('Market price of one unit.'),
    domesticDemand: positive.max(1e9).describe('The challenger’s home demand, units per turn.'),
    foreignDemand: positive.max(1e9).describe('Rest-of-world demand, units per turn: the global market.'),
    demandGrowth: z
      .number()
      .min(-0.05)
      .max(0.1)
      .default(0)
      .describe('Growth of both demands per turn, e.g. 0.01 for 1% a quarter. Default 0.'),
    dependsOn: z
      .array(id)
      .max(10)
      .default([])
      .describe('Ids of upstream technologies this one needs. A shortage upstream limits capacity here.'),
    researchCost: positive.max(1e6).describe('Money per turn for each level (0–3) of R&D.'),
    lineCapacity: positive.max(1e9).describe('Units per turn that one new production line adds.'),
    lineCost: positive.max(1e9).describe('Money to build one production line.'),
    buildTurns: z.int().min(1).max(16).describe('Turns before a new line comes online.'),
    learningRate: z
      .number()
      .min(0.6)
      .max(0.99)
      .default(0.85)
      .describe('The challenger’s unit cost multiplies by this each time its cumulative output doubles.'),
    downgradeCap: score.describe(
      'Capability of the "export special edition" sold under the downgraded control level.',
    ),
    control: z.enum(CONTROL_LEVELS).default('open').describe('Export control level at the start.'),
    holder: SideTechSchema.describe('The holder’s starting triad.'),
    challenger: SideTechSchema.describe('The challenger’s starting triad.'),
    others: OthersTechSchema,
  })
  .meta({ id: 'Technology', description: 'A technology: one rope on the board.' });

export const IndustrySchema = z
  .strictObject({
    id,
    name: TextSchema.describe('The industry’s name.'),
    cite: CiteSchema.optional().describe('The source this industry comes from.'),
    output: positive.max(1e9).describe('Output per turn at full supply; it feeds the challenger’s budget.'),
    growth: z.number().min(-0.05).max(0.1).default(0).describe('Output growth per turn. Default 0.'),
    uses: z
      .array(
        z.strictObject({
          tech: id.describe('Id of a technology this industry consumes.'),
          weight: share.describe(
            'Share (0–1) of the industry’s output that is lost when this input is missing.',
          ),
        }),
      )
      .min(1)
      .max(10)
      .describe('The technologies this industry consumes. Weights add up to at most 1.'),
  })
  .meta({
    id: 'Industry',
    description: 'A downstream industry of the challenger that consumes technologies.',
  });

export const ChampionSchema = z
  .strictObject({
    id,
    name: TextSchema.describe('The firm’s name.'),
    cite: CiteSchema.optional().describe('The source this firm comes from.'),
    industry: id.describe('Id of the industry this firm leads.'),
    weight: share.describe(
      'The firm’s share (0–1) of its industry: listing it cuts that much of the industry’s imports.',
    ),
    listed: z
      .boolean()
      .default(false)
      .describe('On the holder’s entity list when the game opens. Default false.'),
  })
  .meta({ id: 'Champion', description: 'A challenger firm the holder may put on its entity list.' });

export const CONDITION_OPS = ['<', '<=', '>', '>=', '==', '!='] as const;
const FIELD_PATTERN = /^[A-Za-z][A-Za-z0-9-]*(\.[A-Za-z0-9-]+)*$/;
const field = z
  .string()
  .min(1)
  .max(120)
  .regex(FIELD_PATTERN, 'A field is names joined by dots, e.g. tech.bearings.challenger.capability.');
const fieldValue = z.union([z.number(), plain(40), z.boolean()]);

export const ConditionSchema = z
  .strictObject({
    field: field.describe(
      'A state field, e.g. tech.bearings.challenger.capability (see scenarios/README.md).',
    ),
    op: z
      .enum(CONDITION_OPS)
      .describe('How to compare. Only == and != work on control levels and true/false.'),
    value: fieldValue.describe(
      'A number, a control level ("open", "license", "downgraded", "ban") or true/false.',
    ),
  })
  .meta({ id: 'Condition', description: 'A test on the state: field op value.' });

export const EFFECT_OPS = ['add', 'set', 'atLeast', 'atMost'] as const;

export const EffectSchema = z
  .strictObject({
    op: z
      .enum(EFFECT_OPS)
      .describe(
        '"add" adds a number to a number field; "set" replaces the value; "atLeast" raises the field to the value and never lowers it (a control level by severity, false below true); "atMost" lowers it to the value and never raises it.',
      ),
    field: field.describe('A writable state field, e.g. holder.money (see scenarios/README.md).'),
    value: fieldValue.describe('The number to add, or the value to set.'),
  })
  .meta({ id: 'Effect', description: 'A change to the state.' });

export const EVENT_TRIGGERS = ['draw', 'when-met'] as const;

export const EventSchema = z
  .strictObject({
    id,
    title: TextSchema.describe('The headline on the news card.'),
    text: TextSchema.describe('What happened, in a sentence or two.'),
    cite: CiteSchema.optional().describe(
      'The source this event comes from. An event cites, or is "invented".',
    ),
    invented: TextSchema.optional().describe(
      'Says plainly that this event is the author’s invention, and why it is in the game; for an event no source reports.',
    ),
    trigger: z
      .enum(EVENT_TRIGGERS)
      .default('draw')
      .describe(
        '"draw" (default): drawn at random from the deck while its conditions hold (or fired on turn "at"); "when-met": fires the first turn all its conditions hold, once.',
      ),
    weight: z
      .number()
      .min(0)
      .max(100)
      .default(1)
      .describe('Relative odds among the events eligible this turn. Default 1.'),
    once: z.boolean().default(true).describe('Fire at most once a game. Default true.'),
    at: z
      .int()
      .min(1)
      .max(200)
      .optional()
      .describe('Fire on exactly this turn, if its conditions hold; it is then never drawn at random.'),
    when: z
      .array(ConditionSchema)
      .max(10)
      .default([])
      .describe('Conditions that must all hold for the event to fire. Default none.'),
    effects: z.array(EffectSchema).max(12).default([]).describe('Changes made when it fires.'),
    opensTalks: z.boolean().default(false).describe('Open a round of talks next turn. Default false.'),
    choice: z
      .strictObject({
        side: z.enum(SIDES).describe('The side that decides.'),
        options: z
          .array(
            z.strictObject({
              id,
              label: TextSchema.describe('The option as the button shows it.'),
              effects: z.array(EffectSchema).max(12).describe('Changes made when this option is chosen.'),
            }),
          )
          .min(2)
          .max(3)
          .describe('Two or three options; the first is the default when the side does not choose.'),
      })
      .optional()
      .describe('A decision for one side, made on the next turn.'),
  })
  .meta({ id: 'Event', description: 'A card in the event deck.' });

const SideSchema = z.strictObject({
  name: TextSchema.describe('The country’s name.'),
  economy: z.number().min(0).max(1e9).describe('Output of the rest of the economy per turn.'),
  growth: z.number().min(-0.05).max(0.1).default(0.005).describe('Economic growth per turn. Default 0.005.'),
  budgetShare: share.describe('Share (0–1) of the economy that flows into the budget each turn.'),
  money: z.number().min(0).max(1e9).describe('Money in the treasury at the start.'),
  capital: z
    .strictObject({
      start: z.number().min(0).max(100).describe('Capital at the start.'),
      perTurn: z.number().min(0).max(20).describe('Capital regained each turn.'),
      max: z.number().min(1).max(100).describe('The most capital that can be held.'),
    })
    .describe('Political (challenger) or diplomatic (holder) capital: the slowly refilling second currency.'),
});

const EndingTextSchema = z
  .strictObject({
    text: TextSchema.describe('What this ending means in this scenario.'),
    cite: CiteSchema.optional().describe('The source this ending comes from.'),
  })
  .meta({ id: 'EndingText', description: 'The words and source of one ending in this scenario.' });

export const ENDING_KEYS = [
  'leader',
  'selfReliant',
  'nextJapan',
  'stillChoked',
  'crisis',
  'firmGrip',
  'doubleEdgedSword',
  'managedCompetition',
] as const;

/** An ending read off the board: at least `lanes` technologies whose rope and bars reach every mark given. */
export const LaneTestSchema = z
  .strictObject({
    lanes: z.int().min(1).max(10).describe('How many technologies must reach every mark below.'),
    rope: z
      .number()
      .min(-100)
      .max(100)
      .optional()
      .describe('Least rope position, −100 (holder) … +100 (challenger).'),
    make: score
      .optional()
      .describe('Least challenger "make" bar, 0–100 (capability, held back by capacity).'),
    sell: score
      .optional()
      .describe('Least challenger "sell" bar, 0–100 (the mean of its home and foreign shares, in %).'),
    chain: score.optional().describe('Least challenger "chain" bar, 0–100.'),
  })
  .refine(
    (t) => t.rope !== undefined || t.make !== undefined || t.sell !== undefined || t.chain !== undefined,
    {
      message: 'Give at least one mark: rope, make, sell or chain.',
    },
  )
  .meta({ id: 'LaneTest', description: 'At least N technologies whose rope and bars reach these marks.' });

export const EndingsSchema = z
  .strictObject({
    leader: LaneTestSchema.describe(
      'Leader (领跑): ropes well past the middle, with the chain bar up: it makes, sells abroad and is in the chain.',
    ),
    selfReliant: LaneTestSchema.describe(
      'Self-reliant (自主可控): ropes pulled past a line on its side: it makes and sells, with some exports.',
    ),
    nextJapan: LaneTestSchema.describe(
      'The Next Japan (第二个日本): make and sell bars up, but the ropes stay on the holder’s side: it sells only at home, outside the chain.',
    ),
    crisis: z
      .strictObject({
        depth: share.describe('Industry output index (0–1) below which a turn counts as a crisis turn.'),
        turns: z.int().min(1).max(40).describe('Consecutive crisis turns that end the game early.'),
      })
      .describe('Crisis: an early loss from a long, deep shortage.'),
    holderHealthy: z
      .number()
      .min(0)
      .max(2)
      .describe('Holder firms’ revenue index at or above which they are healthy (Firm grip).'),
    holderHurt: z
      .number()
      .min(0)
      .max(2)
      .describe(
        'Revenue index below which the holder’s firms are hurt (Double-edged sword) and its chain decays.',
      ),
    cites: z
      .array(CiteSchema)
      .max(10)
      .default([])
      .describe('Sources for the endings as a whole. Default none.'),
    about: z
      .strictObject(
        Object.fromEntries(ENDING_KEYS.map((k) => [k, EndingTextSchema.optional()])) as {
          [K in (typeof ENDING_KEYS)[number]]: z.ZodOptional<typeof EndingTextSchema>;
        },
      )
      .optional()
      .describe('Optional words and a source for each ending, shown when the game ends.'),
  })
  .describe(
    'What names the ending, read off the board and checked in order: Leader, Self-reliant, The Next Japan, else Still choked.',
  );

export const TutorialStepSchema = z
  .strictObject({
    turn: z.int().min(1).max(200).describe('The turn this step appears on.'),
    unlocks: z
      .array(z.enum(ACTION_TYPES))
      .max(12)
      .describe('Action types this step allows from now on ("choose" is always allowed).'),
    text: TextSchema.describe('What to do and what to watch.'),
  })
  .meta({ id: 'TutorialStep', description: 'One step of a tutorial.' });

export const ScenarioSchema = z
  .strictObject({
    $schema: plain(200)
      .optional()
      .describe('"./scenario.schema.json", so editors complete and check the file.'),
    id: id.describe('The scenario’s id; shipped scenarios are named scenarios/<id>.json.'),
    formatVersion: z
      .literal(FORMAT_VERSION)
      .describe(
        `The version of this format: ${FORMAT_VERSION}. Files of version 1 still load: they are migrated as they are read.`,
      ),
    title: TextSchema.describe('The scenario’s title.'),
    briefing: TextSchema.describe('The briefing on the scenario card: the situation and what is at stake.'),
    teaches: TextSchema.optional().describe('What this scenario teaches, in one sentence.'),
    sources: z
      .array(SourceSchema)
      .min(1)
      .max(40)
      .describe('Every source the scenario cites: the game’s articles, or any other, each with an id.'),
    cite: CiteSchema.describe('Where the scenario’s story comes from.'),
    numbers: z
      .strictObject({
        kind: z.literal('design-estimate').describe('Always "design-estimate".'),
        note: TextSchema.describe('Says that the numbers are design estimates and what unit money is in.'),
      })
      .describe('Numbers are design estimates, not data from the articles, and say so.'),
    start: z
      .strictObject({
        year: z.int().min(1900).max(2200),
        quarter: z.int().min(1).max(4),
      })
      .describe('The date of turn 1. Each turn is a quarter.'),
    turns: z.int().min(1).max(200).describe('Number of turns (quarters) in the game.'),
    suggestedSide: z.enum(SIDES).optional().describe('The side a new player should take.'),
    holder: SideSchema.extend({
      firmTax: share.describe('Share (0–1) of the holder firms’ revenue that reaches the holder’s budget.'),
      supportCost: positive.max(1e6).describe('Money per turn for each level (0–3) of support to its firms.'),
      researchCostFactor: z
        .number()
        .min(0.1)
        .max(10)
        .default(1)
        .describe('Multiplies each technology’s researchCost for the holder. Default 1.'),
    }).describe('The side that owns the technologies and controls who may buy them.'),
    challenger: SideSchema.describe('The side that depends on the technologies and pulls them home.'),
    others: z
      .strictObject({ name: TextSchema.describe('Who the third countries are.') })
      .describe('Third-country suppliers.'),
    technologies: z.array(TechnologySchema).min(1).max(10).describe('The ropes: 1 to 10 technologies.'),
    industries: z
      .array(IndustrySchema)
      .min(1)
      .max(12)
      .describe('The challenger’s downstream industries: 1 to 12.'),
    champions: z
      .array(ChampionSchema)
      .max(8)
      .default([])
      .describe('Challenger firms the holder may put on its entity list. Default none.'),
    events: z.array(EventSchema).max(60).default([]).describe('The event deck: up to 60 events.'),
    eventChance: share
      .default(0.35)
      .describe('Chance (0–1) per turn that one unscheduled event is drawn from the deck. Default 0.35.'),
    negotiation: z
      .strictObject({
        every: z.int().min(1).max(40).describe('Talks open every this many turns.'),
        first: z.int().min(1).max(200).describe('Turn of the first round.'),
        dealTurns: z.int().min(1).max(40).describe('How many turns a deal binds both sides.'),
      })
      .describe('When the two sides meet at the table.'),
    ropeStep: z
      .number()
      .min(0.5)
      .max(25)
      .default(4)
      .describe('The most a rope can move in one turn. Default 4.'),
    endings: EndingsSchema,
    tutorial: z
      .array(TutorialStepSchema)
      .max(20)
      .optional()
      .describe('Makes the scenario a tutorial: every action is locked until a step unlocks it.'),
  })
  .meta({
    title: 'Slow Tug-of-War scenario',
    description: 'A scenario for Slow Tug-of-War (慢速拔河). See scenarios/README.md.',
  });

export type Text = z.infer<typeof TextSchema>;
export type Cite = z.infer<typeof CiteSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Scenario = z.infer<typeof ScenarioSchema>;
export type Technology = z.infer<typeof TechnologySchema>;
export type Industry = z.infer<typeof IndustrySchema>;
export type Champion = z.infer<typeof ChampionSchema>;
export type ScenarioEvent = z.infer<typeof EventSchema>;
export type Condition = z.infer<typeof ConditionSchema>;
export type Effect = z.infer<typeof EffectSchema>;
export type Endings = z.infer<typeof EndingsSchema>;
export type LaneTest = z.infer<typeof LaneTestSchema>;
export type EndingKey = (typeof ENDING_KEYS)[number];
