import Ajv2020 from 'ajv/dist/2020';
import { readerSchema } from '@pass-graph/platform';
import { eventCatalogBreaks, eventSchemaBreaks, type Schema } from './event-compat';

/** A v1 schema shaped like the ones in schemas/events/ (SubstituteDispatchCompleted, trimmed). */
const base = (): Schema => ({
  $id: 'pass.test.Thing.v1',
  'x-producer': 'test',
  'x-topic': 'test.thing',
  'x-key': 'thingId',
  type: 'object',
  additionalProperties: false,
  required: ['thingId', 'status', 'days'],
  properties: {
    thingId: { type: 'string', minLength: 1, maxLength: 128 },
    status: { enum: ['OPEN', 'CLOSED'] },
    days: { type: 'integer', minimum: 1 },
    note: { type: ['string', 'null'], maxLength: 200 },
    tags: { type: 'object', additionalProperties: true, properties: { a: { type: 'string' } } },
    actions: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['kind'],
        properties: { kind: { enum: ['PROMOTION', 'DISCIPLINE'] } },
      },
    },
  },
});

const change = (edit: (s: Schema) => void): Schema => {
  const s = base();
  edit(s);
  return s;
};
const props = (s: Schema): Record<string, Schema> => s['properties'] as Record<string, Schema>;
const rules = (after: Schema): string[] => eventSchemaBreaks('pass.test.Thing.v1', base(), after).map((b) => `${b.rule} ${b.at}`);

describe('event schema evolution rules', () => {
  it('accepts the same schema, a new optional property and new enum values (nested too)', () => {
    expect(rules(base())).toEqual([]);
    const added = change((s) => {
      props(s)['extra'] = { type: 'string' };
      props(s)['status'] = { enum: ['OPEN', 'CLOSED', 'WITHDRAWN'] };
      ((props(s)['actions'] as Schema)['items'] as Schema)['properties'] = { kind: { enum: ['PROMOTION', 'DISCIPLINE', 'AWARD'] } };
    });
    expect(rules(added)).toEqual([]);
  });

  // Forward: a consumer still on the old schema reads the new producer's events (tolerantly). Widening
  // passed this check before old consumers were considered; now it is a new version.
  it('rejects widened types and loosened limits: old consumers would refuse such events', () => {
    const widened = change((s) => {
      props(s)['days'] = { type: ['number', 'null'], minimum: 0 };
      props(s)['thingId'] = { type: 'string', minLength: 1, maxLength: 256 };
      props(s)['note'] = { type: ['string', 'null'] };
    });
    expect(rules(widened)).toEqual([
      'constraint-loosened pass.test.Thing.v1#/thingId',
      'type-widened pass.test.Thing.v1#/days',
      'constraint-loosened pass.test.Thing.v1#/days',
      'constraint-loosened pass.test.Thing.v1#/note',
    ]);
  });

  it('rejects a required property made optional: old consumers require it', () => {
    expect(rules(change((s) => (s['required'] = ['thingId', 'status'])))).toEqual(['property-no-longer-required pass.test.Thing.v1#/days']);
  });

  it('checks forward with the platform’s own tolerant reader: the old schema reads the new producer’s events', () => {
    const next = change((s) => {
      props(s)['extra'] = { type: 'string' };
      props(s)['status'] = { enum: ['OPEN', 'CLOSED', 'WITHDRAWN'] };
    });
    expect(rules(next)).toEqual([]);
    const ajv = new Ajv2020({ strict: false, removeAdditional: true });
    const oldReader = ajv.compile(readerSchema(base()) as Schema);
    expect(oldReader({ thingId: 't', status: 'WITHDRAWN', days: 1, extra: 'x' })).toBe(true);
  });

  it('rejects a removed property', () => {
    expect(rules(change((s) => delete props(s)['note']))).toEqual(['property-removed pass.test.Thing.v1#/note']);
  });

  it('rejects a newly required property, new or existing', () => {
    expect(rules(change((s) => (s['required'] = ['thingId', 'status', 'days', 'note'])))).toEqual([
      'property-newly-required pass.test.Thing.v1#/note',
    ]);
    const added = change((s) => {
      props(s)['extra'] = { type: 'string' };
      s['required'] = ['thingId', 'status', 'days', 'extra'];
    });
    expect(rules(added)).toEqual(['property-newly-required pass.test.Thing.v1#/extra']);
  });

  it('rejects a narrowed type, including integer for number and dropping null', () => {
    expect(rules(change((s) => (props(s)['note'] = { type: 'string', maxLength: 200 })))).toEqual([
      'type-narrowed pass.test.Thing.v1#/note',
    ]);
    const numeric = (t: string): Schema => change((s) => (props(s)['days'] = { type: t, minimum: 1 }));
    expect(eventSchemaBreaks('x', numeric('number'), numeric('integer')).map((b) => b.rule)).toEqual(['type-narrowed']);
  });

  it("does not count spelling out an enum's type as narrowing", () => {
    expect(rules(change((s) => (props(s)['status'] = { type: 'string', enum: ['OPEN', 'CLOSED'] })))).toEqual([]);
  });

  it('rejects a removed enum value, in nested items too', () => {
    expect(rules(change((s) => (props(s)['status'] = { enum: ['OPEN'] })))).toEqual(['enum-value-removed pass.test.Thing.v1#/status']);
    const nested = change((s) => {
      ((props(s)['actions'] as Schema)['items'] as Schema)['properties'] = { kind: { enum: ['PROMOTION'] } };
    });
    expect(rules(nested)).toEqual(['enum-value-removed pass.test.Thing.v1#/actions[]/kind']);
  });

  it('rejects tightened additionalProperties', () => {
    const closed = change((s) => ((props(s)['tags'] as Schema)['additionalProperties'] = false));
    expect(rules(closed)).toEqual(['additional-properties-tightened pass.test.Thing.v1#/tags']);
    const typed = change((s) => ((props(s)['tags'] as Schema)['additionalProperties'] = { type: 'string' }));
    expect(rules(typed)).toEqual(['additional-properties-tightened pass.test.Thing.v1#/tags']);
  });

  it('rejects a changed topic or key', () => {
    expect(rules(change((s) => (s['x-topic'] = 'test.other')))).toEqual(['routing-changed pass.test.Thing.v1#x-topic']);
    expect(rules(change((s) => (s['x-key'] = 'status')))).toEqual(['routing-changed pass.test.Thing.v1#x-key']);
  });

  it('rejects tightened limits and new formats', () => {
    expect(rules(change((s) => (props(s)['thingId'] = { type: 'string', minLength: 1, maxLength: 64 })))).toEqual([
      'constraint-tightened pass.test.Thing.v1#/thingId',
    ]);
    expect(rules(change((s) => (props(s)['thingId'] = { type: 'string', minLength: 1, maxLength: 128, format: 'uuid' })))).toEqual([
      'constraint-tightened pass.test.Thing.v1#/thingId',
    ]);
  });

  it('rejects a removed schema file and accepts a new one (a v2 is a new type)', () => {
    const before = new Map([['pass.test.Thing.v1', base()]]);
    expect(eventCatalogBreaks(before, new Map()).map((b) => b.rule)).toEqual(['schema-removed']);
    const withV2 = new Map([...before, ['pass.test.Thing.v2', change((s) => delete props(s)['note'])]]);
    expect(eventCatalogBreaks(before, withV2)).toEqual([]);
  });
});
