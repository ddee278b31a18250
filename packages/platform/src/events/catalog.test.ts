import fs from 'node:fs';
import path from 'node:path';
import { EventCatalog, readerSchema } from './catalog';

const dir = path.resolve(__dirname, '..', '..', '..', '..', 'schemas', 'events');
const catalog = EventCatalog.load(dir);
const TYPE = 'pass.budgets.BudgetApproved.v1';
const example = (): Record<string, unknown> => ({
  ...(JSON.parse(fs.readFileSync(path.join(dir, `${TYPE}.json`), 'utf8')) as { examples: Record<string, unknown>[] }).examples[0],
});

describe('event catalog: strict producers, tolerant readers', () => {
  it('producers stay strict: an unknown property or enum value is refused', () => {
    expect(catalog.check(TYPE, { ...example(), approvedBy: 'board' })).toMatch(/additional/);
    expect(catalog.check(TYPE, { ...example(), version: 'SUPPLEMENTARY' })).toMatch(/version/);
  });

  it('a reader accepts a property it does not know and hands on only what its schema describes', () => {
    const data = { ...example(), approvedBy: 'board' };
    expect(catalog.read(TYPE, data)).toBeNull();
    expect(data).toEqual(example());
  });

  it('a reader accepts an enum value added within the version, but not another JSON type', () => {
    expect(catalog.read(TYPE, { ...example(), version: 'SUPPLEMENTARY' })).toBeNull();
    expect(catalog.read(TYPE, { ...example(), version: 2 })).toMatch(/\/version must be string/);
  });

  it('a reader still refuses what it cannot apply: a missing required property, a wrong type', () => {
    const { budgetId: _missing, ...withoutId } = example();
    expect(catalog.read(TYPE, withoutId)).toMatch(/budgetId/);
    expect(catalog.read(TYPE, { ...example(), revenueKRW: 'a lot' })).toMatch(/revenueKRW/);
  });

  it('readerSchema drops enums (typed by their values) and leaves data keywords alone', () => {
    expect(
      readerSchema({
        type: 'object',
        properties: { a: { enum: ['X', 'Y'] }, b: { type: 'string', enum: ['P'] }, c: { enum: [1, null] } },
        examples: [{ a: 'X', enum: ['kept'] }],
      }),
    ).toEqual({
      type: 'object',
      properties: { a: { type: 'string' }, b: { type: 'string' }, c: { type: ['integer', 'null'] } },
      examples: [{ a: 'X', enum: ['kept'] }],
    });
  });

  it('every schema compiles as a reader that accepts its own examples', () => {
    for (const def of catalog.all()) {
      for (const ex of (def.schema['examples'] as unknown[] | undefined) ?? [])
        expect([def.type, catalog.read(def.type, ex)]).toEqual([def.type, null]);
    }
  });
});

describe('EventCatalog.load: each schema file declares its type, topic, producer and key', () => {
  const tmp = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'catalog-'));
  const base = (type: string, patch: Record<string, unknown> = {}) => ({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: type,
    description: 'A test event.',
    'x-producer': 'budgets',
    'x-topic': 'budgets.test',
    'x-key': 'id',
    type: 'object',
    additionalProperties: false,
    required: ['id'],
    properties: { id: { type: 'string' }, kind: { enum: ['A', 'B'] } },
    ...patch,
  });
  const load = (files: Record<string, unknown>) => {
    const dir = fs.mkdtempSync(path.join(tmp, 'c-'));
    for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), JSON.stringify(content));
    return () => EventCatalog.load(dir);
  };
  const T = 'pass.budgets.TestHappened.v1';
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('reads the definition of each type, ignoring other files', () => {
    const c = load({
      [`${T}.json`]: base(T),
      'pass.budgets.OtherHappened.v2.json': base('pass.budgets.OtherHappened.v2', { 'x-topic': 'budgets.other', description: undefined }),
      'README.md': 'not a schema',
    })();
    expect(c.all().map((d) => d.type)).toEqual(['pass.budgets.OtherHappened.v2', T]);
    expect(c.get(T)).toMatchObject({ type: T, topic: 'budgets.test', producer: 'budgets', keyField: 'id', description: 'A test event.' });
    expect(c.get('pass.budgets.OtherHappened.v2')?.description).toBe('');
    expect(c.get('pass.budgets.Nothing.v1')).toBeUndefined();
    expect(c.topicsOf('budgets')).toEqual(['budgets.other', 'budgets.test']);
    expect(c.topicsOf('staffing')).toEqual([]);
    expect(c.check(T, { id: 'x' })).toBeNull();
    expect(c.check(T, { id: 'x', kind: 'C' })).toMatch(/^\/kind must be equal to one of the allowed values$/);
    expect(c.check(T, {})).toBe("/ must have required property 'id'");
    expect(c.check('pass.budgets.Nothing.v1', {})).toBe('unknown event type pass.budgets.Nothing.v1');
    expect(c.read('pass.budgets.Nothing.v1', {})).toBe('unknown event type pass.budgets.Nothing.v1');
    expect(c.check(T, { id: 1, kind: 'C' })).toBe('/id must be string; /kind must be equal to one of the allowed values');
  });

  it('one topic per producer is listed once', () => {
    const c = load({ [`${T}.json`]: base(T), 'pass.budgets.TestHappened.v2.json': base('pass.budgets.TestHappened.v2') })();
    expect(c.topicsOf('budgets')).toEqual(['budgets.test']);
  });

  it('refuses a file whose name, topic, producer, key or $id does not fit', () => {
    expect(load({ 'budgets.TestHappened.json': base('budgets.TestHappened') })).toThrow(
      'budgets.TestHappened.json: event type must look like pass.<service>.<EventName>.v<N>',
    );
    expect(load({ 'pass.budgets.testHappened.v1.json': base('pass.budgets.testHappened.v1') })).toThrow(/must look like/);
    expect(load({ 'pass.budgets.TestHappened.v1.json.json': base(T) })).toThrow(/must look like/);
    expect(load({ [`x${T}.json`]: base(`x${T}`) })).toThrow(/must look like/);
    expect(load({ [`${T}.json`]: base(T, { 'x-topic': 'staffing.test' }) })).toThrow(
      `${T}.json: x-topic must be a "budgets.<aggregate>" topic`,
    );
    expect(load({ [`${T}.json`]: base(T, { 'x-topic': 'budgetstest' }) })).toThrow(/x-topic/);
    expect(load({ [`${T}.json`]: base(T, { 'x-topic': 7 }) })).toThrow(/x-topic/);
    expect(load({ [`${T}.json`]: base(T, { 'x-producer': 'staffing' }) })).toThrow(`${T}.json: x-producer must be "budgets"`);
    expect(load({ [`${T}.json`]: base(T, { 'x-key': 3 }) })).toThrow(`${T}.json: x-key must name the payload's key field`);
    expect(load({ [`${T}.json`]: base(T, { $id: 'pass.budgets.Other.v1' }) })).toThrow(`${T}.json: $id must be "${T}"`);
  });

  it('compiles strictly: an unknown keyword is refused, the x- annotations are known', () => {
    expect(load({ [`${T}.json`]: base(T, { 'x-owner': 'team' }) })).toThrow(/unknown keyword/);
  });
});

describe('readerSchema', () => {
  it('leaves non-schemas, arrays and an enum with a declared type alone', () => {
    expect(readerSchema(null)).toBeNull();
    expect(readerSchema('x')).toBe('x');
    expect(readerSchema([{ enum: ['A'] }, 1])).toEqual([{ type: 'string' }, 1]);
    expect(readerSchema({ type: ['string', 'null'], enum: ['A', null] })).toEqual({ type: ['string', 'null'] });
    expect(readerSchema({ default: { enum: ['A'] }, const: { enum: ['B'] }, required: ['enum'] })).toEqual({
      default: { enum: ['A'] },
      const: { enum: ['B'] },
      required: ['enum'],
    });
    expect(readerSchema({ enum: [1.5, 2] })).toEqual({ type: ['number', 'integer'] });
    expect(readerSchema({ enum: 'A' })).toEqual({});
  });
});
