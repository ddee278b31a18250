/**
 * What a person sees when a process of `npm start` / `npm test` fails: its last log lines, made readable
 * (pino's JSON lines shown as `level message`, with an error's message), and where the whole log is.
 */
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths';

const LEVELS: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };

/** One log line for a console: pino JSON becomes `level msg (err.message)`, anything else is kept as is. */
export function readableLine(line: string): string {
  if (!line.startsWith('{')) return line;
  try {
    const entry = JSON.parse(line) as { level?: number; msg?: string; err?: { message?: string }; error?: { message?: string } };
    const level = LEVELS[entry.level ?? 0] ?? 'log';
    const err = entry.err?.message ?? entry.error?.message;
    return `${level} ${entry.msg ?? ''}${err && err !== entry.msg ? ` (${err})` : ''}`.trim();
  } catch {
    return line;
  }
}

/** The last `count` non-empty lines written to `file` from byte `from` on (what this run logged). */
export function lastLines(file: string, from = 0, count = 15): string[] {
  if (!fs.existsSync(file)) return [];
  const size = fs.statSync(file).size;
  const start = Math.max(from, size - 64 * 1024);
  if (size <= start) return [];
  const fd = fs.openSync(file, 'r');
  const buf = Buffer.alloc(size - start);
  fs.readSync(fd, buf, 0, buf.length, start);
  fs.closeSync(fd);
  return buf
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(-count)
    .map((l) => readableLine(l))
    .map((l) => (l.length > 300 ? `${l.slice(0, 300)}…` : l));
}

/** `governance exited (1) while starting` + its last log lines + the log's path relative to the repository. */
export function failureReport(name: string, reason: string, logFile: string, from = 0): string {
  const lines = lastLines(logFile, from);
  const where = path.relative(repoRoot, logFile);
  return [
    reason,
    ...(lines.length > 0 ? [`last lines of ${where}:`, ...lines.map((l) => `  | ${l}`)] : [`${name} logged nothing (${where})`]),
    `full log: ${where}`,
  ].join('\n');
}
