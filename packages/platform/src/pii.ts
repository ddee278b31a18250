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
  /**
   * Read-only: care-services' format from before the shared keyring (`v1:<base64>`, keys derived
   * from `CARE_PII_KEY`). Present while such ciphertexts may remain; `npm run pii:rotate` re-encrypts
   * them under the current key (and re-hashes their lookup hashes), after which it can go.
   */
  legacyV1?: LegacyV1Keys;
}

/** The keys of the legacy `v1:` format: one to decrypt, one its lookup hashes were made with. */
export interface LegacyV1Keys {
  encryption: Buffer;
  hashing: Buffer;
}

const LEGACY_V1 = 'v1';

/** Derives the legacy `v1:` keys from a `CARE_PII_KEY` master exactly as care-services did before the keyring. */
export function legacyV1Keys(master: Buffer): LegacyV1Keys {
  const derive = (info: string): Buffer => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, 32));
  return { encryption: derive('care-services pii aes-256-gcm v1'), hashing: derive('care-services rrn hmac-sha256 v1') };
}

/** True for a ciphertext of the legacy `v1:` format (read-only; rotation replaces it). */
export const isLegacyV1 = (stored: string): boolean => stored.startsWith(`${LEGACY_V1}:`);

const FORMAT = 'p2';

/**
 * Derives a keyring from raw 32-byte master keys, first = current; the hashing key comes from
 * `hashMaster`; `legacyV1Master` (care-services' old `CARE_PII_KEY`) lets legacy `v1:` ciphertexts be read.
 */
export function createPiiKeyring(
  masters: { id: string; key: Buffer }[],
  hashMaster: Buffer,
  development = false,
  legacyV1Master?: Buffer,
): PiiKeyring {
  if (masters.length === 0) throw new Error('a PII keyring needs at least one key');
  const derive = (master: Buffer, info: string): Buffer => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, 32));
  const keys = new Map<string, PiiKey>();
  for (const m of masters) {
    if (keys.has(m.id)) throw new Error(`PII key id "${m.id}" appears twice`);
    keys.set(m.id, { id: m.id, encryption: derive(m.key, 'pass-graph pii aes-256-gcm') });
  }
  const current = keys.get(masters[0]?.id ?? '');
  if (!current) throw new Error('a PII keyring needs at least one key');
  const ring: PiiKeyring = { current, keys, hashing: derive(hashMaster, 'pass-graph pii hmac-sha256'), development };
  if (legacyV1Master) ring.legacyV1 = legacyV1Keys(legacyV1Master);
  return ring;
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
  let encryption: Buffer;
  let body: string;
  if (isLegacyV1(stored)) {
    if (!ring.legacyV1) throw new Error('legacy v1 PII ciphertext, but no legacy key (CARE_PII_KEY) is configured');
    encryption = ring.legacyV1.encryption;
    body = stored.slice(LEGACY_V1.length + 1);
  } else {
    const key = ring.keys.get(piiKeyIdOf(stored));
    if (!key) throw new Error('PII ciphertext made with a key this keyring does not hold');
    encryption = key.encryption;
    body = stored.split(':')[2] ?? '';
  }
  const raw = Buffer.from(body, 'base64');
  if (raw.length < 28) throw new Error('truncated PII ciphertext');
  const decipher = createDecipheriv('aes-256-gcm', encryption, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

/** True when a ciphertext was made with an older key (or is legacy `v1:`) and rotation should re-encrypt it. */
export const needsRotation = (ring: PiiKeyring, stored: string): boolean => isLegacyV1(stored) || piiKeyIdOf(stored) !== ring.current.id;

/** Decrypts with whichever key made it and encrypts again with the current key. */
export const reencryptPii = (ring: PiiKeyring, stored: string, context: string): string =>
  encryptPii(ring, decryptPii(ring, stored, context), context);

/** Keyed HMAC-SHA256 of a normalised value (digits only for numbers such as RRNs): equal in, equal out, unreadable. */
export const piiLookupHash = (ring: PiiKeyring, value: string, normalise: (v: string) => string = (v) => v.replace(/\D/g, '')): string =>
  createHmac('sha256', ring.hashing).update(normalise(value), 'utf8').digest('base64url');

/**
 * Every hash a stored record of this value may carry: the keyring's, and the legacy `v1:` one
 * while legacy records may remain (duplicate checks must find both until rotation re-hashed them).
 */
export function piiLookupHashes(ring: PiiKeyring, value: string, normalise: (v: string) => string = (v) => v.replace(/\D/g, '')): string[] {
  const hashes = [piiLookupHash(ring, value, normalise)];
  if (ring.legacyV1) hashes.push(createHmac('sha256', ring.legacyV1.hashing).update(normalise(value), 'utf8').digest('base64url'));
  return hashes;
}

/**
 * Records a full read of someone's personal data in the request's audit trail (the context's
 * `auditRead`, see subgraph.ts): each record once per request and coordinate, however many fields
 * or paths read it. Every service showing personal data calls this, never its own copy.
 */
const auditedReads = new WeakMap<object, Set<string>>();
export function auditPersonalDataRead(
  ctx: { auditRead: (operation: string, targetIds: string[]) => void },
  operation: string,
  id: string,
): void {
  let seen = auditedReads.get(ctx);
  if (!seen) auditedReads.set(ctx, (seen = new Set()));
  const key = `${operation}\u0000${id}`;
  if (seen.has(key)) return;
  seen.add(key);
  ctx.auditRead(operation, [id]);
}

/** 홍길동 → 홍*동, 남궁민수 → 남**수, 이순 → 이*; one character stays as it is hidden: *. */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
