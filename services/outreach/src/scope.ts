/**
 * District scope of outreach workers (closing note of issue 8). An outreach worker covers the
 * districts of their token (`Caller.districts`, full Korean names) and sees and changes only the
 * cases, visits and referrals of those districts, and of a household only what lies there — as
 * care-services limits a care manager to their facilities (`coversFacility`). Admin covers every
 * district; roles a read also allows (data-analyst; care-manager on referrals) read unscoped, as
 * they did before. Aggregates (funnels) and public records (centres, consortia) stay unscoped.
 *
 * Reads: a list is filtered to the scope (an explicit district outside it is FORBIDDEN); one
 * record outside it is FORBIDDEN. Mutations: FORBIDDEN outside the scope, checked after the
 * input is validated and the record found, before anything is written.
 */
import { coversDistrict, DomainError, hasRole, trusted, type Caller, type Role } from '@pass-graph/platform';

/** Districts a caller's reads are limited to; null when unlimited (admin, or one of `unscopedRoles`). */
export function readScope(caller: Caller, unscopedRoles: readonly Role[] = ['data-analyst']): readonly string[] | null {
  return hasRole(caller, ...unscopedRoles) ? null : caller.districts;
}

export const outOfScope = (what: string, district: string): DomainError =>
  new DomainError('FORBIDDEN', `${what} is in ${district}, outside the districts you cover`, { district });

export const inScope = (scope: readonly string[] | null, district: string): boolean => scope === null || scope.includes(district);

/** One record's read: FORBIDDEN outside the scope; null (not found) passes through. */
export function readable<T extends { district: string }>(scope: readonly string[] | null, doc: T | null, what: string): T | null {
  if (doc && !inScope(scope, doc.district)) throw outOfScope(what, doc.district);
  return doc;
}

/** Records of a nested list the scope lets the caller see (the rest is left out). */
export const visible = <T extends { district: string }>(scope: readonly string[] | null, docs: readonly T[]): T[] =>
  docs.filter((d) => inScope(scope, d.district));

/** The district condition of a list's filter: the asked district (FORBIDDEN outside the scope), else the scope. */
export function districtFilter(scope: readonly string[] | null, district: string | null): { district?: string | { $in: string[] } } {
  if (district !== null) {
    if (!inScope(scope, district)) throw outOfScope(`district ${district}`, district);
    return { district };
  }
  // trusted: mongoose's sanitizeFilter (on platform-wide) would otherwise turn the $in into a value to match.
  return scope === null ? {} : { district: trusted({ $in: [...scope] }) };
}

/** A mutation on a record of `district`: FORBIDDEN unless the caller covers it (admin covers all). */
export function requireDistrict(caller: Caller, district: string, what: string): void {
  if (!coversDistrict(caller, district)) throw outOfScope(what, district);
}
