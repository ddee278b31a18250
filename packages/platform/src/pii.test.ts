import { ConfigError, loadPiiKeyring } from './config';
import { createPiiKeyring, decryptPii, encryptPii, maskName, needsRotation, piiKeyIdOf, piiLookupHash, reencryptPii } from './pii';

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
