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
