/**
 * The event catalog: every event type is a JSON Schema file in `schemas/events/`
 * named `<type>.json`, e.g. `pass.staffing.SubstituteDispatchCompleted.v1.json`.
 * The schema carries the topic (`x-topic`), the producing service (`x-producer`)
 * and the payload field that is the message key (`x-key`). Payloads are checked
 * against it when an event is written to an outbox and again when it is consumed.
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
  validate: ValidateFunction;
}

export const EVENT_TYPE_PATTERN = /^pass\.([a-z-]+)\.([A-Z][A-Za-z]+)\.v(\d+)$/;

export class EventCatalog {
  private constructor(private readonly byType: ReadonlyMap<string, EventDefinition>) {}

  static load(eventsDir: string): EventCatalog {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    ajv.addVocabulary(['x-topic', 'x-producer', 'x-key']);
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

  /** `null` when the payload is valid, else a readable list of problems. */
  check(type: string, data: unknown): string | null {
    const def = this.byType.get(type);
    if (!def) return `unknown event type ${type}`;
    if (def.validate(data)) return null;
    return (def.validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'invalid'}`).join('; ');
  }
}
