/**
 * Personal data of care recipients (이용자): encryption at rest, the keyed hash that finds a
 * duplicate 주민등록번호 without storing it readable, masking, and who may see what.
 * Nothing here logs; callers must not log what goes in or comes out either.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { coversFacility, hasRole, type Caller } from '@pass-graph/platform';

export const PII_KEY_ENV = 'CARE_PII_KEY';

/** The keys derived from CARE_PII_KEY: one to encrypt, one to hash (never the same key for both jobs). */
export interface PiiKeys {
  encryption: Buffer;
  hashing: Buffer;
  /** True when CARE_PII_KEY was not set and the development key is in use. */
  development: boolean;
}

/**
 * A fixed, public development key so a fresh checkout starts without secrets; it protects
 * nothing and start-up warns when it is used. Production sets CARE_PII_KEY.
 */
const DEVELOPMENT_KEY = createHash('sha256').update('pass-graph care-services development PII key (not secret)').digest();

/** Reads CARE_PII_KEY (32 bytes, base64); a set but malformed key stops the service at start. */
export function loadPiiKeys(env: Readonly<Record<string, string | undefined>> = process.env): PiiKeys {
  const raw = env[PII_KEY_ENV];
  let master: Buffer;
  let development = false;
  if (raw === undefined || raw.trim() === '') {
    master = DEVELOPMENT_KEY;
    development = true;
  } else {
    const trimmed = raw.trim();
    master = Buffer.from(trimmed, 'base64');
    if (master.length !== 32 || master.toString('base64') !== trimmed)
      throw new Error(`${PII_KEY_ENV} must be exactly 32 bytes in standard base64 (e.g. \`openssl rand -base64 32\`)`);
  }
  const derive = (info: string): Buffer => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, 32));
  return { encryption: derive('care-services pii aes-256-gcm v1'), hashing: derive('care-services rrn hmac-sha256 v1'), development };
}

const VERSION = 'v1';

/**
 * AES-256-GCM with a fresh 96-bit IV. `context` (record id and field) is bound as associated
 * data, so a ciphertext copied into another record or field does not decrypt.
 */
export function encrypt(keys: PiiKeys, plaintext: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keys.encryption, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

export function decrypt(keys: PiiKeys, stored: string, context: string): string {
  if (!stored.startsWith(`${VERSION}:`)) throw new Error('unknown PII ciphertext version');
  const raw = Buffer.from(stored.slice(VERSION.length + 1), 'base64');
  const decipher = createDecipheriv('aes-256-gcm', keys.encryption, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

/** HMAC-SHA256 of the digits of an RRN: equal numbers give equal hashes, the number cannot be read back. */
export const rrnHash = (keys: PiiKeys, rrn: string): string =>
  createHmac('sha256', keys.hashing).update(rrn.replace(/\D/g, ''), 'utf8').digest('base64url');

/** 홍길동 → 홍*동: one masking rule for every service (packages/platform/src/pii.ts). */
export { maskName } from '@pass-graph/platform';

/** A care manager of the recipient's facility (or an admin) sees the personal data; nobody else does. */
export const canSeePersonalData = (caller: Caller, facilityId: string | null): boolean =>
  hasRole(caller, 'care-manager') && coversFacility(caller, facilityId);
