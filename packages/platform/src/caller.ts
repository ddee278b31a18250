/**
 * Who is calling a subgraph. The gateway verifies the caller's token and forwards the
 * identity; a subgraph only ever reads it from here. Until a request proves otherwise
 * the caller is anonymous.
 */
import { DomainError } from './errors';

export const ROLES = [
  'admin',
  'board',
  'finance',
  'hr',
  'care-manager',
  'care-worker',
  'consultant',
  'outreach-worker',
  'rights-counsellor',
  'data-analyst',
] as const;
export type Role = (typeof ROLES)[number];

export interface Caller {
  /** The verified subject (`sub` claim); null for anonymous callers. */
  subject: string | null;
  roles: Role[];
  /** Scope: facilities a care manager or care worker looks after (empty = no facility scope). */
  facilityIds: string[];
  /** Scope: districts (full Korean name, e.g. 마포구) an outreach worker covers. */
  districts: string[];
  /** The caller's `Authorization` header, forwarded verbatim by the gateway. */
  authorization: string | null;
}

export const ANONYMOUS: Caller = Object.freeze({ subject: null, roles: [], facilityIds: [], districts: [], authorization: null }) as Caller;

export const isAuthenticated = (caller: Caller): boolean => caller.subject !== null;

/** True when the caller holds any of `roles` (admin holds them all). */
export function hasRole(caller: Caller, ...roles: Role[]): boolean {
  return caller.roles.includes('admin') || roles.some((r) => caller.roles.includes(r));
}

/** Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN for callers without any of `roles`. */
export function requireRole(caller: Caller, roles: readonly Role[], what: string): void {
  if (!isAuthenticated(caller)) throw new DomainError('UNAUTHENTICATED', `${what} requires signing in`);
  if (!hasRole(caller, ...roles))
    throw new DomainError('FORBIDDEN', `${what} requires one of the roles: ${roles.join(', ')}`, { requires: [...roles] });
}

/** A scoped role reaches a facility only when the facility is in its scope; admin reaches all. */
export function coversFacility(caller: Caller, facilityId: string | null | undefined): boolean {
  return caller.roles.includes('admin') || (facilityId != null && caller.facilityIds.includes(facilityId));
}

/** A scoped role reaches a district only when the district is in its scope; admin reaches all. */
export function coversDistrict(caller: Caller, district: string | null | undefined): boolean {
  return caller.roles.includes('admin') || (district != null && caller.districts.includes(district));
}
