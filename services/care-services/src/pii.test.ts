import { ANONYMOUS, type Caller, type Role } from '@pass-graph/platform';
import { canSeePersonalData, decrypt, encrypt, loadPiiKeys, maskName, rrnHash } from './pii';

const keys = loadPiiKeys({});
const caller = (roles: Role[], facilityIds: string[] = []): Caller => ({ ...ANONYMOUS, subject: 'u1', roles, facilityIds });

describe('encryption at rest', () => {
  it('round-trips, never stores the plaintext, and uses a fresh IV each time', () => {
    const a = encrypt(keys, '010-5550-0101', 'r1:pii');
    const b = encrypt(keys, '010-5550-0101', 'r1:pii');
    expect(a).not.toContain('5550');
    expect(Buffer.from(a.slice(3), 'base64').toString('utf8')).not.toContain('5550');
    expect(a).not.toBe(b);
    expect(decrypt(keys, a, 'r1:pii')).toBe('010-5550-0101');
  });

  it('binds a ciphertext to its record: copied into another record it does not decrypt', () => {
    const c = encrypt(keys, '한가람', 'r1:pii');
    expect(() => decrypt(keys, c, 'r2:pii')).toThrow();
    const other = loadPiiKeys({ CARE_PII_KEY: Buffer.alloc(32, 7).toString('base64') });
    expect(() => decrypt(other, c, 'r1:pii')).toThrow();
  });

  it('uses the development key only when CARE_PII_KEY is unset, and refuses a malformed key', () => {
    expect(loadPiiKeys({}).development).toBe(true);
    expect(loadPiiKeys({ CARE_PII_KEY: Buffer.alloc(32, 1).toString('base64') }).development).toBe(false);
    expect(() => loadPiiKeys({ CARE_PII_KEY: 'too-short' })).toThrow(/32 bytes/);
    expect(() => loadPiiKeys({ CARE_PII_KEY: Buffer.alloc(16, 1).toString('base64') })).toThrow(/32 bytes/);
  });

  it('hashes a resident registration number by its digits, keyed', () => {
    expect(rrnHash(keys, '410315-2000001')).toBe(rrnHash(keys, '4103152000001'));
    expect(rrnHash(keys, '410315-2000001')).not.toBe(rrnHash(keys, '410315-2000002'));
    expect(rrnHash(keys, '410315-2000001')).not.toContain('410315');
    const other = loadPiiKeys({ CARE_PII_KEY: Buffer.alloc(32, 9).toString('base64') });
    expect(rrnHash(other, '410315-2000001')).not.toBe(rrnHash(keys, '410315-2000001'));
  });
});

describe('masking and rights', () => {
  it('masks names as 홍*동', () => {
    expect(maskName('홍길동')).toBe('홍*동');
    expect(maskName('남궁민수')).toBe('남**수');
    expect(maskName('이순')).toBe('이*');
  });

  it('shows personal data only to a care manager of the facility, or an admin', () => {
    expect(canSeePersonalData(ANONYMOUS, 'f1')).toBe(false);
    expect(canSeePersonalData(caller(['care-manager'], ['f1']), 'f1')).toBe(true);
    expect(canSeePersonalData(caller(['care-manager'], ['f2']), 'f1')).toBe(false);
    expect(canSeePersonalData(caller(['care-worker'], ['f1']), 'f1')).toBe(false);
    expect(canSeePersonalData(caller(['data-analyst', 'hr'], ['f1']), 'f1')).toBe(false);
    expect(canSeePersonalData(caller(['care-manager'], ['f1']), null)).toBe(false);
    expect(canSeePersonalData(caller(['admin']), 'f1')).toBe(true);
    expect(canSeePersonalData(caller(['admin']), null)).toBe(true);
  });
});
