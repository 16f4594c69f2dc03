// The Action union as a zod schema, for the edges where orders arrive as untrusted JSON (replay files,
// links). It checks shape only: which fields, of which types. Whether an action is legal in a given
// state is the rules' call (checkOrders), so a tampered value reaches them and is refused by name.
import { z } from 'zod';
import type { Action, Orders, TalkItem } from '../sim/index.ts';
import { CONTROL_LEVELS } from '../sim/index.ts';

/** Most actions a side can give in one turn; far above anything the rules can accept. */
export const MAX_ACTIONS = 64;

const ref = z.string().min(1).max(40); // a technology, champion, event or option id
const whole = z.int().min(-1_000_000).max(1_000_000);

export const TalkItemSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('loosen'), tech: ref }),
  z.strictObject({ kind: z.literal('delist'), champion: ref }),
  z.strictObject({ kind: z.literal('pause') }),
  z.strictObject({ kind: z.literal('purchase'), tech: ref }),
  z.strictObject({ kind: z.literal('openMarket') }),
]);

export const ActionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('setResearch'), tech: ref, level: whole }),
  z.strictObject({ type: z.literal('choose'), event: ref, option: ref }),
  z.strictObject({
    type: z.literal('offer'),
    gives: z.array(TalkItemSchema).max(8),
    asks: z.array(TalkItemSchema).max(8).optional(),
  }),
  z.strictObject({ type: z.literal('answer'), accept: z.boolean() }),
  z.strictObject({ type: z.literal('buildLine'), tech: ref, lines: whole }),
  z.strictObject({ type: z.literal('setProcurement'), tech: ref, level: whole }),
  z.strictObject({ type: z.literal('setExportDrive'), tech: ref, level: whole }),
  z.strictObject({ type: z.literal('setEcosystem'), tech: ref, level: whole }),
  z.strictObject({ type: z.literal('stockpile'), tech: ref, quarters: whole }),
  z.strictObject({ type: z.literal('setMarketAccess'), level: whole }),
  z.strictObject({ type: z.literal('setControl'), tech: ref, level: z.enum(CONTROL_LEVELS) }),
  z.strictObject({ type: z.literal('setEntityList'), champion: ref, listed: z.boolean() }),
  z.strictObject({ type: z.literal('setAllies'), level: whole }),
  z.strictObject({ type: z.literal('setSupport'), level: whole }),
  z.strictObject({ type: z.literal('setPriceCut'), tech: ref, level: whole }),
  z.strictObject({ type: z.literal('setLicense'), tech: ref, licensed: z.boolean() }),
]);

export const OrdersSchema = z.strictObject({
  holder: z.array(ActionSchema).max(MAX_ACTIONS),
  challenger: z.array(ActionSchema).max(MAX_ACTIONS),
});

// The schema and the rules' union must describe the same values: this fails to compile when they drift.
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const actionsAgree: Same<z.infer<typeof ActionSchema>, Action> = true;
const talkItemsAgree: Same<z.infer<typeof TalkItemSchema>, TalkItem> = true;
const ordersAgree: Same<z.infer<typeof OrdersSchema>, Orders> = true;
void [actionsAgree, talkItemsAgree, ordersAgree];
