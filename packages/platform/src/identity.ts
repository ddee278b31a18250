/**
 * Gateway → subgraph trust. The gateway verifies the caller's token once and forwards the
 * identity it found, signed with HMAC-SHA256. The signature binds the identity to one request:
 *   - the target subgraph (each subgraph has its own key, derived from the shared secret, so a
 *     request signed for governance does not verify at care-services);
 *   - a SHA-256 digest of the exact request body (query, variables: another body does not verify);
 *   - a timestamp accepted only within a short window, never from the future beyond clock skew;
 *   - a random nonce, refused when seen again within the window (a captured request cannot be replayed).
 * A subgraph serves a GraphQL request only when all of that holds: a direct call, or one with
 * forged, altered, redirected or replayed headers, is refused before any resolver
 * (`_entities` and `_service` included) runs.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { ROLES, type Caller, type Role } from './caller';
import { err, ok, type Result } from './errors';

export const IDENTITY_HEADER = 'x-pass-identity';
export const IDENTITY_TIME_HEADER = 'x-pass-identity-time';
export const IDENTITY_NONCE_HEADER = 'x-pass-identity-nonce';
export const IDENTITY_SIGNATURE_HEADER = 'x-pass-identity-signature';

/** How old a signature may be: one hop's queueing. */
export const IDENTITY_MAX_AGE_MS = 10_000;
/** How far in the future a stamp may be: clock skew between hosts (NTP keeps it well below). */
export const IDENTITY_MAX_SKEW_MS = 1_000;

export interface Identity {
  subject: string | null;
  roles: Role[];
  facilityIds: string[];
  districts: string[];
}

export const ANONYMOUS_IDENTITY: Identity = Object.freeze({ subject: null, roles: [], facilityIds: [], districts: [] }) as Identity;

/** The key one subgraph verifies with: derived from the shared secret and its name (HMAC as a KDF). */
export const subgraphKey = (secret: string, service: string): Buffer =>
  createHmac('sha256', secret).update(`pass-graph gateway identity v2 / ${service}`).digest();

const digest = (body: string): string => createHash('sha256').update(body, 'utf8').digest('base64url');

const mac = (key: Buffer, parts: { time: string; nonce: string; service: string; body: string; payload: string }): Buffer =>
  createHmac('sha256', key)
    .update([parts.time, parts.nonce, parts.service, digest(parts.body), parts.payload].join('.'))
    .digest();

/** The identity as the gateway forwards it (base64url JSON), before it is signed for one request. */
export const identityPayload = (identity: Identity): string => Buffer.from(JSON.stringify(identity), 'utf8').toString('base64url');

/** Headers that vouch for an identity payload on exactly this request: `body` sent to `service`. */
export function signPayload(
  payload: string,
  secret: string,
  request: { service: string; body: string },
  now: number = Date.now(),
): Record<string, string> {
  const time = String(now);
  const nonce = randomBytes(16).toString('base64url');
  const signature = mac(subgraphKey(secret, request.service), { time, nonce, service: request.service, body: request.body, payload });
  return {
    [IDENTITY_HEADER]: payload,
    [IDENTITY_TIME_HEADER]: time,
    [IDENTITY_NONCE_HEADER]: nonce,
    [IDENTITY_SIGNATURE_HEADER]: signature.toString('base64url'),
  };
}

/** Headers that vouch for `identity` on exactly this request: `body` sent to `service`. */
export const signIdentity = (
  identity: Identity,
  secret: string,
  request: { service: string; body: string },
  now: number = Date.now(),
): Record<string, string> => signPayload(identityPayload(identity), secret, request, now);

/**
 * Nonces seen within the acceptance window. Entries expire with the window (a nonce older than it
 * is refused as stale anyway), so memory is bounded by the request rate times the window.
 */
export class NonceGuard {
  private readonly seen = new Map<string, number>();

  /** True the first time a nonce is seen; false on reuse. */
  admit(nonce: string, now: number): boolean {
    for (const [n, expires] of this.seen) {
      if (expires > now) break; // insertion order ≈ expiry order
      this.seen.delete(n);
    }
    if (this.seen.has(nonce)) return false;
    this.seen.set(nonce, now + IDENTITY_MAX_AGE_MS + IDENTITY_MAX_SKEW_MS);
    return true;
  }
}

const one = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? undefined : v);
const strings = (v: unknown, max: number): v is string[] =>
  Array.isArray(v) && v.length <= max && v.every((s) => typeof s === 'string' && s.length > 0 && s.length <= 128);

/** The identity the gateway vouched for on this request to `service`, or why the request must be refused. */
export function verifyIdentity(
  headers: IncomingHttpHeaders,
  request: { service: string; body: string },
  secret: string,
  nonces: NonceGuard,
  now: number = Date.now(),
): Result<Identity, string> {
  const payload = one(headers[IDENTITY_HEADER]);
  const time = one(headers[IDENTITY_TIME_HEADER]);
  const nonce = one(headers[IDENTITY_NONCE_HEADER]);
  const signature = one(headers[IDENTITY_SIGNATURE_HEADER]);
  if (!payload || !time || !nonce || !signature) return err('missing gateway identity');
  if (!/^\d{1,16}$/.test(time) || !/^[\w-]{16,64}$/.test(nonce)) return err('malformed gateway identity');
  const age = now - Number(time);
  if (age > IDENTITY_MAX_AGE_MS) return err('stale gateway identity');
  if (age < -IDENTITY_MAX_SKEW_MS) return err('gateway identity from the future');
  const expected = mac(subgraphKey(secret, request.service), { time, nonce, service: request.service, body: request.body, payload });
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return err('invalid gateway identity signature');
  // Only a correctly signed nonce is remembered: forged requests cannot fill the guard.
  if (!nonces.admit(nonce, now)) return err('replayed gateway identity');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return err('malformed gateway identity');
  }
  const p = parsed as Record<string, unknown>;
  if (
    typeof p !== 'object' ||
    p === null ||
    !(p['subject'] === null || (typeof p['subject'] === 'string' && p['subject'].length <= 256)) ||
    !strings(p['roles'], ROLES.length) ||
    !(p['roles'] as string[]).every((r) => (ROLES as readonly string[]).includes(r)) ||
    !strings(p['facilityIds'], 1000) ||
    !strings(p['districts'], 1000)
  )
    return err('malformed gateway identity');
  return ok({
    subject: p['subject'] as string | null,
    roles: p['roles'] as Role[],
    facilityIds: p['facilityIds'] as string[],
    districts: p['districts'] as string[],
  });
}

export const callerOfIdentity = (identity: Identity, authorization: string | null = null): Caller => ({ ...identity, authorization });
