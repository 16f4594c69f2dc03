// The replay format: one zod schema, the single source of truth (the type is inferred from it).
// docs/replay-format.md describes it for people who read or write replays by hand.
import { z } from 'zod';
import { OrdersSchema } from './ordersSchema.ts';
import { MAX_TURNS, REPLAY_FORMAT, REPLAY_VERSION } from './version.ts';

export { MAX_TURNS, REPLAY_FORMAT, REPLAY_VERSION };

export const HashSchema = z
  .string()
  .regex(/^[0-9a-f]{16}$/, 'a hash is 16 lower-case hexadecimal digits')
  .describe('hashState / hashText of src/sim/hash.ts');

const TurnSchema = z.strictObject({
  turn: z.int().min(1).max(MAX_TURNS).describe('The turn these orders decided, from 1.'),
  orders: OrdersSchema,
  hash: HashSchema.describe('Hash of the state after this turn resolved.'),
});

export const ParentSchema = z
  .strictObject({
    hash: HashSchema.describe("The parent replay's content hash (replayHash)."),
    turn: z
      .int()
      .min(0)
      .max(MAX_TURNS)
      .describe('Turns 1 to this one are the parent’s; the fork decides from the next.'),
  })
  .describe('Where a fork came from.');

export const MetaSchema = z
  .strictObject({
    players: z
      .strictObject({ holder: z.string().max(80), challenger: z.string().max(80) })
      .optional()
      .describe('Who played each side: a player name, or a person.'),
    date: z.string().max(40).optional().describe('When the game was played, as the recorder gave it.'),
    title: z.string().max(200).optional(),
    app: z.string().max(80).optional().describe('The program and version that wrote the file.'),
  })
  .describe('About the game, not part of it: changing it changes no hash.');

export const ReplaySchema = z.strictObject({
  format: z.literal(REPLAY_FORMAT),
  version: z.literal(REPLAY_VERSION),
  rules: z.int().min(1).max(1_000_000).describe('RULES_VERSION of the rules that played the game.'),
  scenario: z.strictObject({
    id: z.string().min(1).max(40),
    hash: HashSchema.describe("Hash of the validated scenario's canonical JSON (scenarioHash)."),
  }),
  seed: z.string().max(200),
  start: HashSchema.describe('Hash of the starting state: newGame(scenario, seed).'),
  length: z
    .int()
    .min(0)
    .max(MAX_TURNS)
    .describe('How many turns the file holds; a shorter list is a cut file.'),
  parent: ParentSchema.optional(),
  meta: MetaSchema.optional(),
  turns: z.array(TurnSchema).max(MAX_TURNS),
});

export type Replay = z.infer<typeof ReplaySchema>;
export type ReplayTurn = z.infer<typeof TurnSchema>;
export type ReplayParent = z.infer<typeof ParentSchema>;
export type ReplayMeta = z.infer<typeof MetaSchema>;
