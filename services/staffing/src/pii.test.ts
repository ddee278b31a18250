import { ANONYMOUS, createPiiKeyring, encryptPii, piiKeyIdOf, rotateRecord, type Caller, type Role } from '@pass-graph/platform';
import {
  canSeeFullPersonalData,
  decryptPersonalData,
  encryptPersonalData,
  PII_CONTEXT,
  PII_HOLDERS,
  validatePersonalData,
  visiblePersonalData,
} from './pii';
import { EMPLOYEE_PERSONAL_DATA, SUBSTITUTE_WORKERS } from './seed';

const caller = (roles: Role[]): Caller => ({ ...ANONYMOUS, subject: 'u1', roles });
const PERSON = { name: '탁가온', birthDate: '1980-02-29', phone: '010-5551-9999', address: '서울특별시 성동구 가상로 1' };

describe('validating personal data', () => {
  it('accepts a plausible record and trims it', () => {
    expect(validatePersonalData({ ...PERSON, name: ' 탁가온 ', phone: null }, '2024-01-01')).toEqual({
      ok: true,
      value: { ...PERSON, phone: null },
    });
  });

  it('refuses bad values naming the field, never echoing the value', () => {
    const cases: [Partial<typeof PERSON>, string][] = [
      [{ name: 'x' }, 'personalData.name'],
      [{ birthDate: '1980-02-30' }, 'personalData.birthDate'],
      [{ birthDate: '2015-01-01' }, 'personalData.birthDate'],
      [{ birthDate: '1899-12-31' }, 'personalData.birthDate'],
      [{ phone: '5551-9999' }, 'personalData.phone'],
      [{ address: ' ' }, 'personalData.address'],
    ];
    for (const [change, field] of cases) {
      const input = { ...PERSON, ...change };
      const r = validatePersonalData(input, '2024-01-01');
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      for (const v of Object.values(change)) if (v && v.trim()) expect(r.error.message).not.toContain(v);
    }
  });
});

describe('who sees what', () => {
  it('gives hr and admin the full record, every other role the masked name only', () => {
    expect(canSeeFullPersonalData(caller(['hr']))).toBe(true);
    expect(canSeeFullPersonalData(caller(['admin']))).toBe(true);
    for (const r of ['care-manager', 'care-worker', 'finance', 'data-analyst', 'board'] as Role[])
      expect(canSeeFullPersonalData(caller([r]))).toBe(false);
    expect(canSeeFullPersonalData(ANONYMOUS)).toBe(false);
    expect(visiblePersonalData(PERSON, true)).toEqual({ visible: true, ...PERSON });
    expect(visiblePersonalData(PERSON, false)).toEqual({ visible: false, name: '탁*온', birthDate: null, phone: null, address: null });
  });
});

describe('encryption at rest', () => {
  const ring = createPiiKeyring([{ id: 'a', key: Buffer.alloc(32, 1) }], Buffer.alloc(32, 9));

  it('keeps one ciphertext per person, bound to the record and its kind', () => {
    const stored = encryptPersonalData(ring, PERSON, PII_CONTEXT.employee('e1'));
    expect(piiKeyIdOf(stored)).toBe('a');
    for (const v of Object.values(PERSON)) expect(stored).not.toContain(v);
    expect(decryptPersonalData(ring, stored, PII_CONTEXT.employee('e1'))).toEqual(PERSON);
    expect(() => decryptPersonalData(ring, stored, PII_CONTEXT.employee('e2'))).toThrow();
    expect(() => decryptPersonalData(ring, stored, PII_CONTEXT.substituteWorker('e1'))).toThrow();
  });

  it('declares both collections for rotation with the contexts the resolvers use', () => {
    expect(PII_HOLDERS.map((h) => h.collection)).toEqual(['employees', 'substitute_workers']);
    const rotated = createPiiKeyring(
      [
        { id: 'b', key: Buffer.alloc(32, 2) },
        { id: 'a', key: Buffer.alloc(32, 1) },
      ],
      Buffer.alloc(32, 9),
    );
    const [employees, workers] = PII_HOLDERS;
    const doc = { _id: 'e1', personalData: encryptPii(ring, JSON.stringify(PERSON), PII_CONTEXT.employee('e1')) };
    const change = rotateRecord(rotated, employees!, doc);
    expect(piiKeyIdOf(change!.set['personalData']!)).toBe('b');
    expect(decryptPersonalData(rotated, change!.set['personalData']!, PII_CONTEXT.employee('e1'))).toEqual(PERSON);
    expect(rotateRecord(rotated, employees!, { _id: 'e1', personalData: change!.set['personalData'] })).toBeNull();
    expect(rotateRecord(rotated, workers!, { _id: 'w1', personalData: null })).toBeNull();
  });
});

describe('fixtures', () => {
  it('give all 89 employees and the substitute workers distinct, valid, invented personal data', () => {
    const people = [...EMPLOYEE_PERSONAL_DATA().values(), ...SUBSTITUTE_WORKERS.map((w) => w.personalData)];
    expect(people).toHaveLength(89 + SUBSTITUTE_WORKERS.length);
    for (const p of people) expect(validatePersonalData(p, '2019-01-01').ok).toBe(true);
    for (const key of ['name', 'phone', 'address'] as const) expect(new Set(people.map((p) => p[key])).size).toBe(people.length);
    for (const p of people) expect(p.phone).toMatch(/^010-555\d-/);
  });
});
