import {
  ANONYMOUS,
  createPiiKeyring,
  decryptPii,
  encryptPii,
  loadPiiKeyring,
  maskName,
  piiLookupHash,
  rotateRecord,
  type Caller,
  type Role,
} from '@pass-graph/platform';
import { canSeePersonalData, normaliseRrn, PII_CONTEXT, PII_HOLDERS } from './pii';

const caller = (roles: Role[], facilityIds: string[] = []): Caller => ({ ...ANONYMOUS, subject: 'u1', roles, facilityIds });

describe('encryption at rest, with the platform keyring', () => {
  const ring = loadPiiKeyring({}, false);
  const recipient = { _id: 'r1', pii: '', rrn: '', rrnHash: '' };

  it('binds each ciphertext to its recipient and field', () => {
    const pii = encryptPii(ring, '{"name":"한가람"}', PII_CONTEXT.personalData('r1'));
    expect(pii.startsWith('p2:dev:')).toBe(true);
    expect(decryptPii(ring, pii, PII_CONTEXT.personalData('r1'))).toBe('{"name":"한가람"}');
    expect(() => decryptPii(ring, pii, PII_CONTEXT.personalData('r2'))).toThrow();
    expect(() => decryptPii(ring, pii, PII_CONTEXT.rrn('r1'))).toThrow();
  });

  it('declares both ciphertexts and the RRN lookup hash for rotation', () => {
    const [holder] = PII_HOLDERS;
    expect(holder?.collection).toBe('care_recipients');
    const doc = {
      ...recipient,
      pii: encryptPii(ring, '{}', PII_CONTEXT.personalData('r1')),
      rrn: encryptPii(ring, '4103152000001', PII_CONTEXT.rrn('r1')),
    };
    const rotated = createPiiKeyring(
      [
        { id: 'k2', key: Buffer.alloc(32, 2) },
        { id: 'dev', key: Buffer.alloc(32, 0) },
      ],
      Buffer.alloc(32, 3),
    );
    // A keyring without the key these were made with fails (nothing to write), one holding it rotates both.
    expect(() => rotateRecord(rotated, holder!, doc)).toThrow(/does not hold|unsupported|auth/i);
    const again = loadPiiKeyring({}, false);
    expect(rotateRecord(again, holder!, doc)).toBeNull();
  });

  it('hashes a resident registration number by its digits, keyed', () => {
    expect(piiLookupHash(ring, '410315-2000001', normaliseRrn)).toBe(piiLookupHash(ring, '4103152000001', normaliseRrn));
    expect(piiLookupHash(ring, '410315-2000001', normaliseRrn)).not.toBe(piiLookupHash(ring, '410315-2000002', normaliseRrn));
    expect(piiLookupHash(ring, '410315-2000001', normaliseRrn)).not.toContain('410315');
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
