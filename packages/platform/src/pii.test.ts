import { ConfigError, loadPiiKeyring } from './config';
import { createCipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import {
  auditPersonalDataRead,
  createPiiKeyring,
  decryptPii,
  encryptPii,
  isLegacyV1,
  maskName,
  needsRotation,
  piiKeyIdOf,
  piiLookupHash,
  piiLookupHashes,
  reencryptPii,
} from './pii';
import { rotateRecord, type PiiHolder } from './pii-rotation';

const k = (n: number): string => Buffer.alloc(32, n).toString('base64');

describe('PII keyring from the environment', () => {
  it('uses the public development key only outside production', () => {
    expect(loadPiiKeyring({}, false).development).toBe(true);
    expect(() => loadPiiKeyring({}, true)).toThrow(ConfigError);
    expect(() => loadPiiKeyring({}, true)).toThrow(/PII_KEYS is required/);
  });

  it('takes the first key as current and keeps the others for decryption', () => {
    const ring = loadPiiKeyring({ PII_KEYS: `k2:${k(2)},k1:${k(1)}` }, true);
    expect(ring.development).toBe(false);
    expect(ring.current.id).toBe('k2');
    expect([...ring.keys.keys()]).toEqual(['k2', 'k1']);
  });

  it('lists every malformed entry at once', () => {
    let error: unknown;
    try {
      loadPiiKeyring({ PII_KEYS: `k1:short,Bad Id:${k(1)},k1:${k(3)},k4:${k(4)}`, PII_HASH_KEY: 'nope' }, false);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/PII_KEYS key "k1" must be exactly 32 bytes/);
    expect(problems).toMatch(/id of 1–16/);
    expect(problems).toMatch(/PII_HASH_KEY must be exactly 32 bytes/);
  });

  it('refuses the development key id or value in production', () => {
    const dev = loadPiiKeyring({}, false);
    expect(() => loadPiiKeyring({ PII_KEYS: `dev:${k(5)}` }, true)).toThrow(/development key id/);
    // The dev key's raw bytes are not exported; a ciphertext of the dev ring names it.
    expect(piiKeyIdOf(encryptPii(dev, 'x', 'c'))).toBe('dev');
  });
});

describe('encryption with rotation', () => {
  const old = createPiiKeyring([{ id: 'k1', key: Buffer.alloc(32, 1) }], Buffer.alloc(32, 9));
  const rotated = createPiiKeyring(
    [
      { id: 'k2', key: Buffer.alloc(32, 2) },
      { id: 'k1', key: Buffer.alloc(32, 1) },
    ],
    Buffer.alloc(32, 9),
  );

  it('round-trips with a fresh IV, names its key, never holds the plaintext', () => {
    const a = encryptPii(old, '010-5550-0101', 'e1:pii');
    const b = encryptPii(old, '010-5550-0101', 'e1:pii');
    expect(a).not.toBe(b);
    expect(a.startsWith('p2:k1:')).toBe(true);
    expect(Buffer.from(a.split(':')[2] ?? '', 'base64').toString('utf8')).not.toContain('5550');
    expect(decryptPii(old, a, 'e1:pii')).toBe('010-5550-0101');
  });

  it('binds a ciphertext to its record and field', () => {
    const c = encryptPii(old, '홍길동', 'e1:pii');
    expect(() => decryptPii(old, c, 'e2:pii')).toThrow();
    expect(() => decryptPii(old, `${c.slice(0, -4)}AAAA`, 'e1:pii')).toThrow();
  });

  it('decrypts old ciphertexts after rotation, re-encrypts them under the current key, and the old ring cannot read the new', () => {
    const before = encryptPii(old, '홍길동', 'e1:pii');
    expect(needsRotation(rotated, before)).toBe(true);
    expect(decryptPii(rotated, before, 'e1:pii')).toBe('홍길동');
    const after = reencryptPii(rotated, before, 'e1:pii');
    expect(piiKeyIdOf(after)).toBe('k2');
    expect(needsRotation(rotated, after)).toBe(false);
    expect(decryptPii(rotated, after, 'e1:pii')).toBe('홍길동');
    expect(() => decryptPii(old, after, 'e1:pii')).toThrow(/does not hold/);
    expect(() => piiKeyIdOf('v1:abc')).toThrow(/format/);
  });

  it('keeps lookup hashes stable across rotation, keyed and normalised', () => {
    expect(piiLookupHash(rotated, '410315-2000001')).toBe(piiLookupHash(old, '4103152000001'));
    expect(piiLookupHash(old, '410315-2000001')).not.toBe(piiLookupHash(old, '410315-2000002'));
    const otherHash = createPiiKeyring([{ id: 'k1', key: Buffer.alloc(32, 1) }], Buffer.alloc(32, 8));
    expect(piiLookupHash(otherHash, '410315-2000001')).not.toBe(piiLookupHash(old, '410315-2000001'));
  });

  it('masks names as 홍*동', () => {
    expect(maskName('홍길동')).toBe('홍*동');
    expect(maskName('남궁민수')).toBe('남**수');
    expect(maskName('이순')).toBe('이*');
    expect(maskName('김')).toBe('*');
  });
});

describe('legacy care-services v1 ciphertexts (before the keyring)', () => {
  const careKey = Buffer.alloc(32, 7);
  /** Exactly what care-services' own src/pii.ts wrote: HKDF of CARE_PII_KEY, `v1:` + base64(iv|tag|body). */
  const legacyEncrypt = (plaintext: string, context: string): string => {
    const key = Buffer.from(hkdfSync('sha256', careKey, Buffer.alloc(0), 'care-services pii aes-256-gcm v1', 32));
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return `v1:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  };
  const legacyHash = (rrn: string): string =>
    createHmac('sha256', Buffer.from(hkdfSync('sha256', careKey, Buffer.alloc(0), 'care-services rrn hmac-sha256 v1', 32)))
      .update(rrn.replace(/\D/g, ''), 'utf8')
      .digest('base64url');
  const ring = loadPiiKeyring({ PII_KEYS: `k1:${k(1)}`, PII_HASH_KEY: k(9), CARE_PII_KEY: careKey.toString('base64') }, true);

  it('stay readable with CARE_PII_KEY, need rotation, and re-encrypt under the current key', () => {
    const stored = legacyEncrypt('홍길동', 'r1:pii');
    expect(isLegacyV1(stored)).toBe(true);
    expect(decryptPii(ring, stored, 'r1:pii')).toBe('홍길동');
    expect(() => decryptPii(ring, stored, 'r2:pii')).toThrow();
    expect(needsRotation(ring, stored)).toBe(true);
    const after = reencryptPii(ring, stored, 'r1:pii');
    expect(piiKeyIdOf(after)).toBe('k1');
    expect(decryptPii(ring, after, 'r1:pii')).toBe('홍길동');
    const without = loadPiiKeyring({ PII_KEYS: `k1:${k(1)}`, PII_HASH_KEY: k(9) }, true);
    expect(without.legacyV1).toBeUndefined();
    expect(() => decryptPii(without, stored, 'r1:pii')).toThrow(/CARE_PII_KEY/);
  });

  it('finds a duplicate by the legacy hash too, until rotation re-hashed it', () => {
    expect(piiLookupHashes(ring, '410315-2000001')).toEqual([piiLookupHash(ring, '410315-2000001'), legacyHash('410315-2000001')]);
    const holder: PiiHolder = {
      service: 'care-services',
      collection: 'care_recipients',
      fields: [
        { field: 'pii', context: (id) => `${id}:pii` },
        { field: 'rrn', context: (id) => `${id}:rrn`, lookupHash: { field: 'rrnHash' } },
      ],
    };
    const doc = {
      _id: 'r1',
      pii: legacyEncrypt('{"name":"홍길동"}', 'r1:pii'),
      rrn: legacyEncrypt('4103152000001', 'r1:rrn'),
      rrnHash: legacyHash('4103152000001'),
    };
    const change = rotateRecord(ring, holder, doc);
    expect(change).toMatchObject({ ciphertexts: 2, legacy: 2, expect: { pii: doc.pii, rrn: doc.rrn } });
    expect(change?.set['rrnHash']).toBe(piiLookupHash(ring, '4103152000001'));
    expect(decryptPii(ring, change!.set['rrn']!, 'r1:rrn')).toBe('4103152000001');
    expect(rotateRecord(ring, holder, { ...doc, ...change!.set })).toBeNull();
  });

  it('reads the development CARE_PII_KEY outside production only, and validates a set one', () => {
    expect(loadPiiKeyring({}, false).legacyV1).toBeDefined();
    expect(() => loadPiiKeyring({ PII_KEYS: `k1:${k(1)}`, CARE_PII_KEY: 'short' }, false)).toThrow(/CARE_PII_KEY must be exactly 32 bytes/);
  });
});

describe('audited reads of personal data', () => {
  it('records one read per record and coordinate in a request, however many fields ask', () => {
    const reads: [string, string[]][] = [];
    const ctx = { auditRead: (operation: string, ids: string[]) => void reads.push([operation, ids]) };
    auditPersonalDataRead(ctx, 'Employee.personalData', 'e1');
    auditPersonalDataRead(ctx, 'Employee.personalData', 'e1');
    auditPersonalDataRead(ctx, 'Employee.personalData', 'e2');
    auditPersonalDataRead(ctx, 'SubstituteWorker.personalData', 'e1');
    const other = { auditRead: ctx.auditRead };
    auditPersonalDataRead(other, 'Employee.personalData', 'e1');
    expect(reads).toEqual([
      ['Employee.personalData', ['e1']],
      ['Employee.personalData', ['e2']],
      ['SubstituteWorker.personalData', ['e1']],
      ['Employee.personalData', ['e1']],
    ]);
  });
});
