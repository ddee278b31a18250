/**
 * Personal data at rest, for every service that holds it: AES-256-GCM (node:crypto) with a
 * versioned ciphertext naming the key that made it, so keys can rotate — the keyring's current
 * key encrypts, older keys still decrypt, and `needsRotation` finds what to re-encrypt — plus
 * the keyed HMAC that finds a duplicate (e.g. 주민등록번호) without storing it readable.
 * The keyring is read and validated in config.ts (`loadPiiKeyring`). Nothing here logs.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

export interface PiiKey {
  /** Key id written into every ciphertext (`[a-z0-9]{1,16}`). */
  id: string;
  encryption: Buffer;
}

export interface PiiKeyring {
  /** The key new ciphertexts are made with. */
  current: PiiKey;
  /** Every key that may still decrypt, current included, by id. */
  keys: ReadonlyMap<string, PiiKey>;
  /** Lookup hashes use one key for the keyring's whole life (rotating it would orphan every stored hash). */
  hashing: Buffer;
  /** True when no keys were configured and the public development key is in use. */
  development: boolean;
}

const FORMAT = 'p2';

/** Derives a keyring from raw 32-byte master keys, first = current; the hashing key comes from `hashMaster`. */
export function createPiiKeyring(masters: { id: string; key: Buffer }[], hashMaster: Buffer, development = false): PiiKeyring {
  if (masters.length === 0) throw new Error('a PII keyring needs at least one key');
  const derive = (master: Buffer, info: string): Buffer => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, 32));
  const keys = new Map<string, PiiKey>();
  for (const m of masters) {
    if (keys.has(m.id)) throw new Error(`PII key id "${m.id}" appears twice`);
    keys.set(m.id, { id: m.id, encryption: derive(m.key, 'pass-graph pii aes-256-gcm') });
  }
  const current = keys.get(masters[0]?.id ?? '');
  if (!current) throw new Error('a PII keyring needs at least one key');
  return { current, keys, hashing: derive(hashMaster, 'pass-graph pii hmac-sha256'), development };
}

/**
 * `p2:<keyId>:<base64 iv|tag|body>`, fresh 96-bit IV. `context` (record id and field) is bound
 * as associated data, so a ciphertext copied into another record or field does not decrypt.
 */
export function encryptPii(ring: PiiKeyring, plaintext: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', ring.current.encryption, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return `${FORMAT}:${ring.current.id}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

/** The key id a stored ciphertext was made with; throws on anything not in this format. */
export function piiKeyIdOf(stored: string): string {
  const parts = stored.split(':');
  if (parts.length !== 3 || parts[0] !== FORMAT || !parts[1]) throw new Error('unknown PII ciphertext format');
  return parts[1];
}

export function decryptPii(ring: PiiKeyring, stored: string, context: string): string {
  const key = ring.keys.get(piiKeyIdOf(stored));
  if (!key) throw new Error('PII ciphertext made with a key this keyring does not hold');
  const raw = Buffer.from(stored.split(':')[2] ?? '', 'base64');
  if (raw.length < 28) throw new Error('truncated PII ciphertext');
  const decipher = createDecipheriv('aes-256-gcm', key.encryption, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

/** True when a ciphertext was made with an older key and rotation should re-encrypt it. */
export const needsRotation = (ring: PiiKeyring, stored: string): boolean => piiKeyIdOf(stored) !== ring.current.id;

/** Decrypts with whichever key made it and encrypts again with the current key. */
export const reencryptPii = (ring: PiiKeyring, stored: string, context: string): string =>
  encryptPii(ring, decryptPii(ring, stored, context), context);

/** Keyed HMAC-SHA256 of a normalised value (digits only for numbers such as RRNs): equal in, equal out, unreadable. */
export const piiLookupHash = (ring: PiiKeyring, value: string, normalise: (v: string) => string = (v) => v.replace(/\D/g, '')): string =>
  createHmac('sha256', ring.hashing).update(normalise(value), 'utf8').digest('base64url');

/** 홍길동 → 홍*동, 남궁민수 → 남**수, 이순 → 이*; one character stays as it is hidden: *. */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
