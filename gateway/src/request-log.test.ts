import { variableShape } from './request-log';

describe('variableShape', () => {
  it('keeps the names and types of variables and none of their values', () => {
    const shape = variableShape({
      input: { name: '김복지', phone: '010-1234-5678', hours: 3, consent: true, visits: [{ on: '2024-01-02' }], note: null },
    });
    expect(shape).toEqual({
      input: { name: 'string', phone: 'string', hours: 'number', consent: 'boolean', visits: [{ on: 'string' }], note: null },
    });
    expect(JSON.stringify(shape)).not.toMatch(/김복지|010|2024/);
  });

  it('bounds deep and long values', () => {
    const deep = { a: { b: { c: { d: { e: { f: 'x' } } } } } };
    expect(JSON.stringify(variableShape(deep))).toBe('{"a":{"b":{"c":{"d":{"e":"object"}}}}}');
    expect(variableShape(Array.from({ length: 9 }, (_, i) => i))).toEqual(['number', 'number', 'number', 'number', 'number']);
  });
});
