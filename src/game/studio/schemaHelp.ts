// What the format says about a field, read from the JSON Schema generated from the game's own
// definition (scenarios/scenario.schema.json): its description, allowed values and range. The studio's
// forms show it as help, offer enums as choices and numbers within their bounds, so they follow the
// format without a second copy of it.
import type { Segment } from './paths.ts';

export interface FieldHelp {
  description?: string;
  enum?: readonly (string | number)[];
  minimum?: number;
  maximum?: number;
  integer?: boolean;
  boolean?: boolean; // true or false
}

type Node = {
  $ref?: string;
  description?: string;
  type?: string | string[];
  enum?: (string | number)[];
  const?: string | number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  properties?: Record<string, Node>;
  items?: Node;
  anyOf?: Node[];
  allOf?: Node[];
  definitions?: Record<string, Node>;
};

export function fieldHelp(schema: unknown, path: readonly Segment[]): FieldHelp {
  const root = schema as Node;
  const deref = (n: Node | undefined): Node | undefined => {
    let node = n;
    for (let i = 0; node && i < 8; i++) {
      // A description beside a reference ({ description, allOf: [{ $ref }] }) is the field's own.
      const ref = node.$ref ?? (node.allOf?.length === 1 ? node.allOf[0]!.$ref : undefined);
      if (!ref) break;
      const target = root.definitions?.[ref.replace('#/definitions/', '')];
      node = { ...target, description: node.description ?? target?.description };
    }
    return node;
  };
  let node = deref(root);
  for (const s of path) {
    if (!node) return {};
    const inner = node.anyOf ? node.anyOf.map(deref).find((x) => x?.properties || x?.items) : node;
    node = deref(typeof s === 'number' ? inner?.items : inner?.properties?.[s]);
  }
  if (!node) return {};
  return {
    description: node.description,
    enum: node.enum ?? (node.const !== undefined ? [node.const] : undefined),
    minimum: node.minimum ?? node.exclusiveMinimum,
    maximum: node.maximum,
    integer: node.type === 'integer',
    boolean: node.type === 'boolean',
  };
}
