/**
 * Evolution rules for event schemas: within a version (`…v1.json`) only additive
 * changes, because consumers already deployed — and every event already on a topic —
 * were written against the old schema. Both directions are checked:
 * - backward: the new schema accepts every payload the old one did (events on the topics, old producers);
 * - forward: a consumer still on the old schema, reading tolerantly (`readerSchema`: properties it does
 *   not know dropped, enum values it does not know accepted), accepts every payload the new one allows
 *   (a producer deployed first).
 * So within a version: new optional properties and new enum values. A breaking change is a new type
 * `…v2` (a new file), which this check allows. Pure functions over parsed JSON Schemas.
 */
import { readerSchema } from '@pass-graph/platform';

export type Schema = { [key: string]: unknown };

export interface Break {
  /** Where, e.g. `pass.staffing.X.v1#/personnelActions[]/kind`. */
  at: string;
  rule:
    | 'schema-removed'
    | 'property-removed'
    | 'property-newly-required'
    | 'type-narrowed'
    | 'enum-value-removed'
    | 'additional-properties-tightened'
    | 'constraint-tightened'
    | 'routing-changed'
    // forward: what an old consumer refuses
    | 'property-no-longer-required'
    | 'type-widened'
    | 'constraint-loosened';
  message: string;
}

const isObject = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

const jsonType = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v === 'number' ? 'number' : typeof v;

/** The JSON types a schema accepts (an enum without `type` accepts its values' types); `null` when unrestricted. */
function typesOf(s: Schema): Set<string> | null {
  if (typeof s['type'] === 'string') return new Set([s['type']]);
  if (Array.isArray(s['type'])) return new Set(s['type'] as string[]);
  if (Array.isArray(s['enum'])) return new Set((s['enum'] as unknown[]).map(jsonType));
  return null;
}

const accepts = (types: Set<string>, t: string): boolean => types.has(t) || (t === 'integer' && types.has('number'));

function compareTypes(before: Schema, after: Schema, at: string, out: Break[]): void {
  const b = typesOf(before);
  const a = typesOf(after);
  if (!a) return;
  if (!b) {
    out.push({ at, rule: 'type-narrowed', message: `type restricted to ${[...a].join(' | ')} (was any)` });
    return;
  }
  const lost = [...b].filter((t) => !accepts(a, t));
  if (lost.length > 0) out.push({ at, rule: 'type-narrowed', message: `no longer accepts ${lost.join(', ')}` });
}

function compareEnums(before: Schema, after: Schema, at: string, out: Break[]): void {
  if (after['const'] !== undefined && JSON.stringify(after['const']) !== JSON.stringify(before['const']))
    out.push({ at, rule: 'enum-value-removed', message: `restricted to ${JSON.stringify(after['const'])}` });
  const a = Array.isArray(after['enum']) ? (after['enum'] as unknown[]) : null;
  if (!a) return;
  const b = Array.isArray(before['enum']) ? (before['enum'] as unknown[]) : null;
  if (!b) {
    out.push({ at, rule: 'enum-value-removed', message: 'restricted to an enum (was open)' });
    return;
  }
  const kept = new Set(a.map((v) => JSON.stringify(v)));
  const removed = b.filter((v) => !kept.has(JSON.stringify(v)));
  if (removed.length > 0)
    out.push({ at, rule: 'enum-value-removed', message: `enum values removed: ${removed.map((v) => JSON.stringify(v)).join(', ')}` });
}

/** Lower bounds that may only go down and upper bounds that may only go up. */
const LOWER = ['minLength', 'minimum', 'exclusiveMinimum', 'minItems'] as const;
const UPPER = ['maxLength', 'maximum', 'exclusiveMaximum', 'maxItems'] as const;

function compareConstraints(before: Schema, after: Schema, at: string, out: Break[]): void {
  for (const k of LOWER) {
    const a = after[k];
    const b = before[k];
    if (typeof a === 'number' && (typeof b !== 'number' || a > b))
      out.push({ at, rule: 'constraint-tightened', message: `${k} raised to ${a}${typeof b === 'number' ? ` (was ${b})` : ''}` });
  }
  for (const k of UPPER) {
    const a = after[k];
    const b = before[k];
    if (typeof a === 'number' && (typeof b !== 'number' || a < b))
      out.push({ at, rule: 'constraint-tightened', message: `${k} lowered to ${a}${typeof b === 'number' ? ` (was ${b})` : ''}` });
  }
  for (const k of ['format', 'pattern', 'multipleOf'] as const) {
    if (after[k] !== undefined && after[k] !== before[k])
      out.push({ at, rule: 'constraint-tightened', message: `${k} ${JSON.stringify(after[k])} added or changed` });
  }
  if (after['uniqueItems'] === true && before['uniqueItems'] !== true)
    out.push({ at, rule: 'constraint-tightened', message: 'uniqueItems required' });
}

/** `additionalProperties`: absent or `true` accepts anything, a schema some things, `false` nothing. */
function openness(v: unknown): number {
  if (v === false) return 0;
  if (isObject(v)) return 1;
  return 2;
}

function compareObjects(before: Schema, after: Schema, at: string, out: Break[]): void {
  const bProps = isObject(before['properties']) ? before['properties'] : {};
  const aProps = isObject(after['properties']) ? after['properties'] : {};
  const bRequired = new Set(Array.isArray(before['required']) ? (before['required'] as string[]) : []);
  const aRequired = Array.isArray(after['required']) ? (after['required'] as string[]) : [];
  const child = (name: string): string => `${at}/${name}`;
  for (const name of Object.keys(bProps)) {
    if (!(name in aProps)) out.push({ at: child(name), rule: 'property-removed', message: `property "${name}" removed` });
  }
  for (const name of aRequired) {
    if (!bRequired.has(name)) out.push({ at: child(name), rule: 'property-newly-required', message: `property "${name}" is now required` });
  }
  for (const [name, b] of Object.entries(bProps)) {
    const a = aProps[name];
    if (isObject(b) && isObject(a)) compareSchemas(b, a, child(name), out);
  }
  if (openness(after['additionalProperties']) < openness(before['additionalProperties']))
    out.push({
      at,
      rule: 'additional-properties-tightened',
      message: `additionalProperties ${JSON.stringify(before['additionalProperties'] ?? true)} → ${JSON.stringify(after['additionalProperties'])}`,
    });
}

function compareSchemas(before: Schema, after: Schema, at: string, out: Break[]): void {
  compareTypes(before, after, at, out);
  compareEnums(before, after, at, out);
  compareConstraints(before, after, at, out);
  if (isObject(before['properties']) || isObject(after['properties'])) compareObjects(before, after, at, out);
  if (isObject(before['items']) && isObject(after['items'])) compareSchemas(before['items'], after['items'], `${at}[]`, out);
}

/** Forward: what `writer` (the new schema) allows that `reader` (the old one, as a tolerant reader reads it) refuses. */
function forwardSchemas(reader: Schema, writer: Schema, at: string, out: Break[]): void {
  const r = typesOf(reader);
  const w = typesOf(writer);
  const extra = r === null ? [] : w === null ? ['any'] : [...w].filter((t) => !accepts(r, t));
  if (extra.length > 0) out.push({ at, rule: 'type-widened', message: `old consumers refuse ${extra.join(', ')}` });
  const loosened = (what: string): void => {
    out.push({ at, rule: 'constraint-loosened', message: `old consumers refuse what ${what} now allows` });
  };
  for (const k of LOWER) if (typeof reader[k] === 'number' && !((writer[k] as number) >= (reader[k] as number))) loosened(k);
  for (const k of UPPER) if (typeof reader[k] === 'number' && !((writer[k] as number) <= (reader[k] as number))) loosened(k);
  for (const k of ['format', 'pattern', 'multipleOf', 'const'] as const)
    if (reader[k] !== undefined && JSON.stringify(writer[k]) !== JSON.stringify(reader[k])) loosened(k);
  if (reader['uniqueItems'] === true && writer['uniqueItems'] !== true) loosened('uniqueItems');
  const rProps = isObject(reader['properties']) ? reader['properties'] : {};
  const wProps = isObject(writer['properties']) ? writer['properties'] : {};
  const wRequired = new Set(Array.isArray(writer['required']) ? (writer['required'] as string[]) : []);
  for (const name of Array.isArray(reader['required']) ? (reader['required'] as string[]) : []) {
    if (!wRequired.has(name))
      out.push({ at: `${at}/${name}`, rule: 'property-no-longer-required', message: `old consumers require "${name}"` });
  }
  for (const [name, w] of Object.entries(wProps)) {
    const r = rProps[name] ?? reader['additionalProperties'];
    if (isObject(r) && isObject(w)) forwardSchemas(r, w, `${at}/${name}`, out);
  }
  if (isObject(reader['items']) && isObject(writer['items'])) forwardSchemas(reader['items'], writer['items'], `${at}[]`, out);
}

/** Breaking changes between two versions of one event schema (empty: compatible). */
export function eventSchemaBreaks(type: string, before: Schema, after: Schema): Break[] {
  const out: Break[] = [];
  for (const k of ['x-topic', 'x-key', 'x-producer'] as const) {
    if (before[k] !== after[k])
      out.push({
        at: `${type}#${k}`,
        rule: 'routing-changed',
        message: `${k} changed from ${JSON.stringify(before[k])} to ${JSON.stringify(after[k])}`,
      });
  }
  compareSchemas(before, after, `${type}#`, out);
  forwardSchemas(readerSchema(before) as Schema, after, `${type}#`, out);
  return out;
}

/** Compares every schema file of the base revision with its current version; new files are allowed. */
export function eventCatalogBreaks(before: Map<string, Schema>, after: Map<string, Schema>): Break[] {
  const out: Break[] = [];
  for (const [type, b] of [...before.entries()].sort(([x], [y]) => x.localeCompare(y))) {
    const a = after.get(type);
    if (!a) out.push({ at: type, rule: 'schema-removed', message: `schema ${type} removed: events of this type are still on the topics` });
    else out.push(...eventSchemaBreaks(type, b, a));
  }
  return out;
}
