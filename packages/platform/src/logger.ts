import pino from 'pino';
import type { LogLevel } from './config';

export type Logger = pino.Logger;

/** Structured JSON logs, one line per event; `service` on every line, `requestId` on request-scoped children. */
export function createLogger(service: string, level: LogLevel = 'info'): Logger {
  return pino({
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['req.headers.authorization', 'authorization'], censor: '[redacted]' },
  });
}
