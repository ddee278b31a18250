/**
 * Input checks that run before anything reaches mongoose. GraphQL's types already
 * reject wrong scalar types; these add the domain's ranges and formats.
 */
import { badInput, err, ok, type Result, type DomainError } from './errors';

const ID_PATTERN = /^[A-Za-z0-9가-힣][A-Za-z0-9가-힣_.:-]{0,127}$/;

/** Stable ids: letters, digits, Hangul, `_.:-`, at most 128 chars; never an operator or a path. */
export function checkId(value: string, field = 'id'): Result<string> {
  return ID_PATTERN.test(value) ? ok(value) : err(badInput(`${field} "${truncate(value)}" is not a valid id`, field));
}

export function checkText(value: string, field: string, max = 500): Result<string> {
  const trimmed = value.trim();
  if (trimmed.length === 0) return err(badInput(`${field} must not be empty`, field));
  if (trimmed.length > max) return err(badInput(`${field} must be at most ${max} characters`, field));
  return ok(trimmed);
}

export function checkInt(value: number, field: string, min: number, max: number = Number.MAX_SAFE_INTEGER): Result<number> {
  if (!Number.isSafeInteger(value) || value < min || value > max)
    return err(badInput(`${field} must be an integer from ${min} to ${max}`, field));
  return ok(value);
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A plain calendar date `YYYY-MM-DD` that exists. */
export function checkDate(value: string, field: string): Result<string> {
  const m = DATE_PATTERN.exec(value);
  if (!m) return err(badInput(`${field} must be a date YYYY-MM-DD`, field));
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value)
    return err(badInput(`${field} "${value}" is not a calendar date`, field));
  return ok(value);
}

/** Days in an inclusive date range. */
export function inclusiveDays(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;
}

export function checkEnum<T extends string>(value: string, allowed: readonly T[], field: string): Result<T> {
  return (allowed as readonly string[]).includes(value)
    ? ok(value as T)
    : err(badInput(`${field} must be one of ${allowed.join(', ')}`, field));
}

/**
 * Rejects any object key that MongoDB would read as an operator or a path
 * (`$gt`, `a.b`): the guard for free-form (JSON) input.
 */
export function checkNoOperators(value: unknown, field: string): Result<unknown> {
  const walk = (v: unknown): boolean => {
    if (Array.isArray(v)) return v.every(walk);
    if (v !== null && typeof v === 'object') {
      return Object.entries(v).every(([k, inner]) => !k.startsWith('$') && !k.includes('.') && walk(inner));
    }
    return true;
  };
  return walk(value) ? ok(value) : err(badInput(`${field} must not contain keys starting with "$" or containing "."`, field));
}

/** Collects several checks; the first failure wins. */
export function all<T extends Record<string, Result<unknown>>>(
  checks: T,
): Result<{ [K in keyof T]: T[K] extends Result<infer V> ? V : never }, DomainError> {
  const out: Record<string, unknown> = {};
  for (const [key, r] of Object.entries(checks)) {
    if (!r.ok) return r;
    out[key] = r.value;
  }
  return ok(out as { [K in keyof T]: T[K] extends Result<infer V> ? V : never });
}

const truncate = (s: string): string => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** Today's civil date in Asia/Seoul (UTC+9, no daylight saving), where the agency works. */
export const todayInSeoul = (now: Date = new Date()): string => new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);

/** `YYYY-MM-DD` plus whole days (negative to go back). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` plus whole months, clamped to the month's last day (2023-11-30 + 3 → 2024-02-29). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}
