/**
 * Gateway → subgraph trust. The gateway verifies the caller's token once and forwards
 * the identity it found in three headers, signed with an HMAC-SHA256 key that only the
 * gateway and the subgraphs hold. A subgraph serves a GraphQL request only when the
 * signature is valid and fresh: a direct call, or one with forged or replayed-late
 * headers, is refused before any resolver (`_entities` and `_service` included) runs.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { ROLES, type Caller, type Role } from './caller';
import { err, ok, type Result } from './errors';

export const IDENTITY_HEADER = 'x-pass-identity';
export const IDENTITY_TIME_HEADER = 'x-pass-identity-time';
export const IDENTITY_SIGNATURE_HEADER = 'x-pass-identity-signature';

/** How old a signature may be (clock skew between processes plus queueing). */
const MAX_AGE_MS = 60_000;

export interface Identity {
  subject: string | null;
  roles: Role[];
  facilityIds: string[];
  districts: string[];
}

export const ANONYMOUS_IDENTITY: Identity = Object.freeze({ subject: null, roles: [], facilityIds: [], districts: [] }) as Identity;

const mac = (secret: string, time: string, payload: string): Buffer => createHmac('sha256', secret).update(`${time}.${payload}`).digest();

export function signIdentity(identity: Identity, secret: string, now: number = Date.now()): Record<string, string> {
  const payload = Buffer.from(JSON.stringify(identity), 'utf8').toString('base64url');
  const time = String(now);
  return {
    [IDENTITY_HEADER]: payload,
    [IDENTITY_TIME_HEADER]: time,
    [IDENTITY_SIGNATURE_HEADER]: mac(secret, time, payload).toString('base64url'),
  };
}

const one = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? undefined : v);
const strings = (v: unknown, max: number): v is string[] =>
  Array.isArray(v) && v.length <= max && v.every((s) => typeof s === 'string' && s.length > 0 && s.length <= 128);

/** The identity the gateway vouched for, or why the request must be refused. */
export function verifyIdentity(headers: IncomingHttpHeaders, secret: string, now: number = Date.now()): Result<Identity, string> {
  const payload = one(headers[IDENTITY_HEADER]);
  const time = one(headers[IDENTITY_TIME_HEADER]);
  const signature = one(headers[IDENTITY_SIGNATURE_HEADER]);
  if (!payload || !time || !signature) return err('missing gateway identity');
  if (!/^\d{1,16}$/.test(time) || Math.abs(now - Number(time)) > MAX_AGE_MS) return err('stale gateway identity');
  const expected = mac(secret, time, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return err('invalid gateway identity signature');
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
