#!/usr/bin/env node
// @ts-check
/**
 * Generates `src/generated/events.ts` from the event schemas (`schemas/events/<type>.json`):
 * one payload interface per event, `EventTypes` (name → type constant), `EventData` (type → payload)
 * and `EventProducers` (type → producing service). Run by `npm run build` of this package (turbo builds
 * it before the platform and the services); the output is not committed.
 *
 * Plain Node, no dependencies: it covers the JSON Schema the event schemas use (object/properties/
 * required, array/items, enum, const, type unions with null; validation keywords such as maxLength do
 * not change the type) and refuses anything else, so a schema using a new construct fails the build
 * here instead of yielding a wrong type.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const TYPE_PATTERN = /^pass\.([a-z-]+)\.([A-Z][A-Za-z]+)\.v(\d+)$/;
/** Keywords that only constrain values (or document them): no effect on the TypeScript type. */
const VALUE_KEYWORDS = new Set([
  '$schema',
  '$id',
  'title',
  'description',
  'examples',
  'default',
  'x-producer',
  'x-topic',
  'x-key',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
  'uniqueItems',
  'additionalProperties',
]);
const TYPE_KEYWORDS = new Set(['type', 'enum', 'const', 'properties', 'required', 'items']);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const propertyName = (/** @type {string} */ name) => (IDENTIFIER.test(name) ? name : JSON.stringify(name));

/** A JSDoc block (or nothing) for a description, indented. */
function doc(/** @type {unknown} */ description, /** @type {string} */ indent) {
  if (typeof description !== 'string' || description.trim() === '') return '';
  const lines = description.replace(/\*\//g, '*\\/').split('\n');
  return lines.length === 1
    ? `${indent}/** ${lines[0]} */\n`
    : `${indent}/**\n${lines.map((l) => (l ? `${indent} * ${l}` : `${indent} *`)).join('\n')}\n${indent} */\n`;
}

/**
 * The TypeScript type of a (sub)schema.
 * @param {Record<string, unknown>} schema
 * @param {string} where  for error messages
 * @param {string} indent
 * @returns {string}
 */
function tsType(schema, where, indent) {
  for (const key of Object.keys(schema))
    if (!VALUE_KEYWORDS.has(key) && !TYPE_KEYWORDS.has(key))
      throw new Error(`${where}: JSON Schema keyword "${key}" is not supported by the contracts generator`);
  const declared = schema['type'] === undefined ? undefined : Array.isArray(schema['type']) ? schema['type'] : [schema['type']];
  const allows = (/** @type {unknown} */ v) => {
    if (!declared) return true;
    const t = v === null ? 'null' : Number.isInteger(v) ? 'integer' : typeof v;
    return declared.includes(t) || (t === 'integer' && declared.includes('number'));
  };
  if (schema['const'] !== undefined) return JSON.stringify(schema['const']);
  if (Array.isArray(schema['enum']))
    return (
      schema['enum']
        .filter(allows)
        .map((v) => JSON.stringify(v))
        .join(' | ') || 'never'
    );
  if (!declared) throw new Error(`${where}: a schema needs "type", "enum" or "const"`);
  const parts = declared.map((t) => {
    switch (t) {
      case 'string':
        return 'string';
      case 'integer':
      case 'number':
        return 'number';
      case 'boolean':
        return 'boolean';
      case 'null':
        return 'null';
      case 'array': {
        const items = schema['items'];
        if (!items || typeof items !== 'object' || Array.isArray(items)) throw new Error(`${where}: an array needs one "items" schema`);
        const item = tsType(/** @type {Record<string, unknown>} */ (items), `${where}[]`, indent);
        return /^[\w".-]+$/.test(item) ? `${item}[]` : `(${item})[]`;
      }
      case 'object':
        return objectType(schema, where, indent);
      default:
        throw new Error(`${where}: type "${t}" is not supported by the contracts generator`);
    }
  });
  return [...new Set(parts)].join(' | ');
}

/**
 * An object type literal: required properties plain, the others optional.
 * @param {Record<string, unknown>} schema
 * @param {string} where
 * @param {string} indent
 */
function objectType(schema, where, indent) {
  const properties = /** @type {Record<string, Record<string, unknown>>} */ (schema['properties'] ?? {});
  const required = new Set(Array.isArray(schema['required']) ? schema['required'] : []);
  for (const name of required) if (!(name in properties)) throw new Error(`${where}: required property "${name}" is not described`);
  const inner = `${indent}  `;
  const members = Object.entries(properties).map(
    ([name, p]) =>
      `${doc(p['description'], inner)}${inner}${propertyName(name)}${required.has(name) ? '' : '?'}: ${tsType(p, `${where}.${name}`, inner)};`,
  );
  return members.length === 0 ? 'Record<string, never>' : `{\n${members.join('\n')}\n${indent}}`;
}

/**
 * The generated module for the schemas in `eventsDir`.
 * @param {string} eventsDir
 * @returns {string}
 */
function generate(eventsDir) {
  const files = fs
    .readdirSync(eventsDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  /** @type {{ type: string; key: string; dataName: string; producer: string; schema: Record<string, unknown> }[]} */
  const events = [];
  const keys = new Map();
  for (const file of files) {
    const type = path.basename(file, '.json');
    const match = TYPE_PATTERN.exec(type);
    if (!match) throw new Error(`${file}: event type must look like pass.<service>.<EventName>.v<N>`);
    const [, producer = '', name = '', version = ''] = match;
    // v1 keeps the bare name (EventTypes.SubstituteDispatchCompleted); a later version is NameV2.
    const key = version === '1' ? name : `${name}V${version}`;
    if (keys.has(key)) throw new Error(`${file}: event name ${key} is also ${keys.get(key)}; event names must be unique across services`);
    keys.set(key, type);
    const schema = JSON.parse(fs.readFileSync(path.join(eventsDir, file), 'utf8'));
    if (schema['type'] !== 'object') throw new Error(`${file}: an event payload must be an object`);
    events.push({ type, key, dataName: `${key}Data`, producer, schema });
  }
  const out = [
    '// Generated by packages/contracts/scripts/generate.js from schemas/events/*.json. Do not edit: change the schema.',
    '/* eslint-disable */',
    '',
  ];
  for (const e of events) {
    const description = typeof e.schema['description'] === 'string' ? `${e.schema['description']}\n\n` : '';
    out.push(
      `${doc(`${description}Payload of \`${e.type}\` (producer: ${e.producer}).`, '')}export interface ${e.dataName} ${objectType(e.schema, e.type, '')}`,
      '',
    );
  }
  out.push(
    '/** Every event type, by name: `EventTypes.SubstituteDispatchCompleted` is `pass.staffing.SubstituteDispatchCompleted.v1`. */',
    'export const EventTypes = {',
    ...events.map((e) => `  ${e.key}: ${JSON.stringify(e.type)},`),
    '} as const;',
    '',
    '/** A CloudEvents `type` with a schema in schemas/events. */',
    'export type EventType = (typeof EventTypes)[keyof typeof EventTypes];',
    '',
    '/** Event type → its payload. */',
    'export type EventData = {',
    ...events.map((e) => `  ${JSON.stringify(e.type)}: ${e.dataName};`),
    '};',
    '',
    '/** Event type → the service that produces it (`x-producer`; `audit` is written by every service). */',
    'export type EventProducers = {',
    ...events.map((e) => `  ${JSON.stringify(e.type)}: ${JSON.stringify(e.producer)};`),
    '};',
    '',
  );
  return out.join('\n');
}

/**
 * Writes the generated module unless it is already current (an untouched file keeps tsc's incremental build valid).
 * @param {string} eventsDir
 * @param {string} outFile
 * @returns {boolean} whether the file was (re)written
 */
function writeContracts(eventsDir, outFile) {
  const text = generate(eventsDir);
  if (fs.existsSync(outFile) && fs.readFileSync(outFile, 'utf8') === text) return false;
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, text);
  return true;
}

const DEFAULT_EVENTS_DIR = path.resolve(__dirname, '..', '..', '..', 'schemas', 'events');
const DEFAULT_OUT_FILE = path.resolve(__dirname, '..', 'src', 'generated', 'events.ts');

module.exports = { generate, writeContracts, DEFAULT_EVENTS_DIR, DEFAULT_OUT_FILE };

if (require.main === module) {
  try {
    const wrote = writeContracts(DEFAULT_EVENTS_DIR, DEFAULT_OUT_FILE);
    console.log(`${wrote ? 'wrote' : 'current:'} ${path.relative(process.cwd(), DEFAULT_OUT_FILE)}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
