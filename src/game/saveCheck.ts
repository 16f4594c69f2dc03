// Reading a save back: its shape, its version and its scenario checked, then its game replayed (see
// save.ts). A damaged or outdated save is never dropped silently: it is set aside for inspection.
import { z } from 'zod';
import { ParentSchema } from '../replay/format.ts';
import { scenarioHash } from '../replay/record.ts';
import { parseJsonText } from '../scenario/parse.ts';
import type { Scenario } from '../scenario/schema.ts';
import { validateScenario } from '../scenario/validate.ts';
import { type Orders, type Result, SIDES } from '../sim/index.ts';
import { SAVE_VERSION } from './save.ts';
import { Session } from './session.ts';

const OrdersSchema = z.strictObject({ holder: z.array(z.unknown()), challenger: z.array(z.unknown()) });

const SaveSchema = z.strictObject({
  kind: z.literal('slow-tug-save'),
  version: z.number(),
  scenarioId: z.string().max(60),
  scenarioHash: z.string().max(40),
  scenario: z.unknown().optional(), // the whole scenario when it came from the player's own file
  seed: z.string().max(200),
  side: z.enum(SIDES),
  opponent: z.string().max(60),
  parent: ParentSchema.optional(),
  orders: z.array(OrdersSchema).max(1000),
  drafts: z.strictObject({ holder: z.array(z.unknown()), challenger: z.array(z.unknown()) }).optional(),
});

/** `dropped`: draft changes in the save that could not be read (a null, an unknown action), left out. */
export type Loaded = Result<{ session: Session; dropped: number }, string>;

/** A save that can be started, or why not (a sentence). */
type Checked = Result<{ save: z.infer<typeof SaveSchema>; scenario: Scenario; custom: boolean }, string>;

/** Rebuilds a session from a save, or says plainly why it cannot. */
export function restore(text: string, shipped: readonly Scenario[]): Loaded {
  const checked = checkSave(text, shipped);
  if (!checked.ok) return checked;
  const { save, scenario, custom } = checked.value;
  try {
    const session = new Session(
      {
        scenario,
        seed: save.seed,
        side: save.side,
        opponent: save.opponent,
        custom,
        ...(save.parent ? { parent: save.parent } : {}),
      },
      save.orders as Orders[],
    );
    // A draft is a change not yet sent: one that cannot be read is left out and counted, never fatal.
    let dropped = 0;
    for (const side of SIDES) {
      for (const a of save.drafts?.[side] ?? []) {
        if (!a || typeof a !== 'object' || typeof (a as { type?: unknown }).type !== 'string') {
          dropped++;
          continue;
        }
        try {
          if (session.propose(side, a as never)) dropped++;
        } catch {
          dropped++;
        }
      }
    }
    return { ok: true, value: { session, dropped } };
  } catch (e) {
    return { ok: false, error: `it cannot be replayed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Checks a save without starting its game (no opponent thinks): the shape, the version, the scenario. */
export function checkSave(text: string, shipped: readonly Scenario[]): Checked {
  const parsed = parseJsonText(text, 'save');
  if (!parsed.ok) return { ok: false, error: parsed.error[0]!.message };
  const shape = SaveSchema.safeParse(parsed.value);
  if (!shape.success) {
    const issue = shape.error.issues[0]!;
    return {
      ok: false,
      error: `the save's ${issue.path.join('.') || 'content'} is malformed (${issue.message})`,
    };
  }
  const save = shape.data;
  if (save.version !== SAVE_VERSION)
    return {
      ok: false,
      error: `it was written by another version of the game (save format ${save.version}, this game reads ${SAVE_VERSION})`,
    };
  let scenario: Scenario | null;
  let custom = false;
  if (save.scenario !== undefined) {
    scenario = validateScenario(save.scenario).scenario;
    custom = true;
    if (!scenario) return { ok: false, error: 'its scenario file is no longer valid' };
  } else {
    scenario = shipped.find((s) => s.id === save.scenarioId) ?? null;
    if (!scenario)
      return { ok: false, error: `its scenario "${save.scenarioId}" is not shipped with this version` };
  }
  if (scenarioHash(scenario) !== save.scenarioHash) {
    return { ok: false, error: `the scenario "${save.scenarioId}" has changed since this game was saved` };
  }
  return { ok: true, value: { save, scenario, custom } };
}
