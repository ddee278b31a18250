/**
 * Errors as values with codes. Domain code returns or throws `DomainError`s; the
 * server's `formatError` turns anything else into a code without internals, so a
 * client never sees a stack trace, a driver message or a 500.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** The codes a client can rely on (documented in the README's error table). */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'SERVICE_UNAVAILABLE',
  'QUERY_TOO_COMPLEX',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class DomainError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...details } });
    this.name = 'DomainError';
  }
}

export const badInput = (message: string, field?: string): DomainError =>
  new DomainError('BAD_USER_INPUT', message, field ? { field } : {});
export const notFound = (type: string, id: string): DomainError =>
  new DomainError('NOT_FOUND', `${type} "${id}" does not exist`, { type, id });
export const conflict = (message: string, details: Record<string, unknown> = {}): DomainError =>
  new DomainError('CONFLICT', message, details);
export const invalidTransition = (type: string, id: string, from: string, to: string): DomainError =>
  new DomainError('CONFLICT', `${type} "${id}" cannot go from ${from} to ${to}`, { reason: 'INVALID_TRANSITION', type, id, from, to });
export const unavailable = (what: string): DomainError =>
  new DomainError('SERVICE_UNAVAILABLE', `${what} is unavailable, try again shortly`);

export type Result<T, E = DomainError> = { ok: true; value: T } | { ok: false; error: E };
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });

/** Unwraps a Result in a resolver: a failure becomes the GraphQL error it carries. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw result.error;
  return result.value;
}

interface DriverErrorShape {
  name?: unknown;
  code?: unknown;
}

/**
 * NotWritablePrimary, NotPrimaryNoSecondaryOk, NotPrimaryOrSecondary, PrimarySteppedDown,
 * InterruptedAtShutdown, InterruptedDueToReplStateChange, ShutdownInProgress, HostUnreachable,
 * HostNotFound, NetworkTimeout, SocketException (MongoDB's error codes).
 */
const RETRYABLE_SERVER_CODES = new Set([10107, 13435, 13436, 189, 11600, 11602, 91, 6, 7, 89, 9001]);

/** Classifies an error thrown by mongoose / the MongoDB driver. */
export function classifyDatabaseError(error: unknown): ErrorCode | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  // A busy or lost lease (leases.ts): retry shortly, like a database between primaries.
  if (error instanceof DomainError && error.code === 'SERVICE_UNAVAILABLE') return 'SERVICE_UNAVAILABLE';
  const { name, code } = error as DriverErrorShape;
  if (code === 11000) return 'CONFLICT';
  // MaxTimeMSExpired: the read outlived the request's deadline (db.ts), the database is too slow right now.
  if (code === 50) return 'SERVICE_UNAVAILABLE';
  if (name === 'ValidationError' || name === 'CastError' || name === 'StrictModeError') return 'BAD_USER_INPUT';
  if (
    typeof name === 'string' &&
    /^Mongo(NetworkError|NetworkTimeoutError|ServerSelectionError|TopologyClosedError|NotConnectedError)$/.test(name)
  )
    return 'SERVICE_UNAVAILABLE';
  if (name === 'MongooseServerSelectionError' || name === 'DisconnectedError') return 'SERVICE_UNAVAILABLE';
  // A replica set between primaries (election, step-down, shutdown): MongoDB's retryable server errors.
  if (typeof code === 'number' && RETRYABLE_SERVER_CODES.has(code)) return 'SERVICE_UNAVAILABLE';
  return undefined;
}

const SAFE_MESSAGES: Partial<Record<ErrorCode, string>> = {
  CONFLICT: 'the record already exists or was changed concurrently',
  BAD_USER_INPUT: 'the input is not valid',
  SERVICE_UNAVAILABLE: 'the database is unavailable, try again shortly',
  INTERNAL_SERVER_ERROR: 'internal error',
};

/**
 * Apollo `formatError`: keeps GraphQL's own and our domain errors, maps driver
 * errors to codes, hides everything else. `report` receives what was hidden.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  report: (error: unknown) => void = () => undefined,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof DomainError) {
    return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: original.extensions };
  }
  const driverCode = classifyDatabaseError(original);
  if (driverCode) {
    report(original);
    return {
      message: SAFE_MESSAGES[driverCode] ?? 'error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: driverCode },
    };
  }
  const code = formatted.extensions?.code;
  // Errors produced by graphql-js / Apollo itself (parse, validation, variable coercion), and
  // subgraph errors relayed by the gateway, are safe to show without their internals.
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    const { stacktrace: _s, exception: _e, response: _r, ...extensions } = formatted.extensions ?? {};
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { ...extensions, code } };
  }
  if (error instanceof GraphQLError && error.originalError === undefined && code === undefined) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
  }
  report(original);
  return {
    message: SAFE_MESSAGES.INTERNAL_SERVER_ERROR ?? 'internal error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
