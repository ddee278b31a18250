/**
 * The event catalog: every event type is a JSON Schema file in `schemas/events/`
 * named `<type>.json`, e.g. `pass.staffing.SubstituteDispatchCompleted.v1.json`.
 * The schema carries the topic (`x-topic`), the producing service (`x-producer`)
 * and the payload field that is the message key (`x-key`). Payloads are checked
 * against it strictly when an event is written to an outbox, and tolerantly when it is consumed
 * (`read`): a consumer on an older schema of the same version accepts a producer's additive change.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

export interface EventDefinition {
  /** CloudEvents `type`, e.g. `pass.staffing.SubstituteDispatchCompleted.v1`. */
  type: string;
  /** Topic without namespace, e.g. `staffing.substitute-dispatch`. */
  topic: string;
  producer: string;
  keyField: string;
  description: string;
  schema: Record<string, unknown>;
  /** Strict: what a producer may emit. */
  validate: ValidateFunction;
  /** Tolerant: what a consumer accepts (see `readerSchema`); drops properties the schema does not describe. */
  read: ValidateFunction;
}

type Json = { [key: string]: unknown };
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const jsonType = (v: unknown): string => (v === null ? 'null' : Number.isInteger(v) ? 'integer' : typeof v);
/** Keywords whose values are data, not schemas: never rewritten. */
const DATA_KEYWORDS = new Set(['examples', 'default', 'const', 'required']);

/**
 * The schema a consumer reads with (a tolerant reader): every `enum` becomes the JSON type of its values,
 * so a value added by a newer producer of the same version is accepted. Properties the schema does not
 * describe are accepted too — the reader is compiled with `removeAdditional`, which drops them where
 * `additionalProperties` is false, so a handler sees exactly the shape its schema describes.
 */
export function readerSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(readerSchema);
  if (!isObject(schema)) return schema;
  const out: Json = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'enum') continue;
    out[k] = DATA_KEYWORDS.has(k) ? v : readerSchema(v);
  }
  if (Array.isArray(schema['enum']) && out['type'] === undefined) {
    const types = [...new Set((schema['enum'] as unknown[]).map(jsonType))];
    out['type'] = types.length === 1 ? types[0] : types;
  }
  return out;
}

export const EVENT_TYPE_PATTERN = /^pass\.([a-z-]+)\.([A-Z][A-Za-z]+)\.v(\d+)$/;

export class EventCatalog {
  private constructor(private readonly byType: ReadonlyMap<string, EventDefinition>) {}

  static load(eventsDir: string): EventCatalog {
    const [ajv, reader] = [{}, { removeAdditional: true }].map((options) => {
      const instance = new Ajv2020({ allErrors: true, strict: true, ...options });
      addFormats(instance);
      instance.addVocabulary(['x-topic', 'x-producer', 'x-key']);
      return instance;
    }) as [Ajv2020, Ajv2020];
    const byType = new Map<string, EventDefinition>();
    for (const file of fs
      .readdirSync(eventsDir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const schema = JSON.parse(fs.readFileSync(path.join(eventsDir, file), 'utf8')) as Record<string, unknown>;
      const type = path.basename(file, '.json');
      const match = EVENT_TYPE_PATTERN.exec(type);
      if (!match) throw new Error(`${file}: event type must look like pass.<service>.<EventName>.v<N>`);
      const topic: unknown = schema['x-topic'];
      const keyField: unknown = schema['x-key'];
      const producer = schema['x-producer'];
      if (typeof topic !== 'string' || !topic.startsWith(`${match[1]}.`))
        throw new Error(`${file}: x-topic must be a "${match[1]}.<aggregate>" topic`);
      if (producer !== match[1]) throw new Error(`${file}: x-producer must be "${match[1]}"`);
      if (typeof keyField !== 'string') throw new Error(`${file}: x-key must name the payload's key field`);
      if (schema['$id'] !== type) throw new Error(`${file}: $id must be "${type}"`);
      byType.set(type, {
        type,
        topic,
        producer: match[1] as string,
        keyField,
        description: typeof schema['description'] === 'string' ? schema['description'] : '',
        schema,
        validate: ajv.compile(schema),
        read: reader.compile(readerSchema(schema) as Json),
      });
    }
    return new EventCatalog(byType);
  }

  get(type: string): EventDefinition | undefined {
    return this.byType.get(type);
  }

  all(): EventDefinition[] {
    return [...this.byType.values()];
  }

  /** Topics (without namespace) a service produces to. */
  topicsOf(producer: string): string[] {
    return [
      ...new Set(
        this.all()
          .filter((d) => d.producer === producer)
          .map((d) => d.topic),
      ),
    ];
  }

  /** Producer side, strict: `null` when the payload is valid, else a readable list of problems. */
  check(type: string, data: unknown): string | null {
    return this.run(type, data, 'validate');
  }

  /**
   * Consumer side, tolerant: `null` when a consumer can apply the payload, else the problems (a missing
   * required property, a wrong type). Properties the schema does not describe are removed from `data`.
   */
  read(type: string, data: unknown): string | null {
    return this.run(type, data, 'read');
  }

  private run(type: string, data: unknown, how: 'validate' | 'read'): string | null {
    const def = this.byType.get(type);
    if (!def) return `unknown event type ${type}`;
    const validate = def[how];
    if (validate(data)) return null;
    return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'invalid'}`).join('; ');
  }
}
