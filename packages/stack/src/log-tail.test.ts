import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { failureReport, lastLines, readableLine } from './log-tail';

describe('what a failed process shows on the console', () => {
  it('pino lines read as level, message and the error message; other lines stay as they are', () => {
    expect(readableLine('{"level":60,"msg":"failed to start","err":{"message":"invalid configuration: X"}}')).toBe(
      'fatal failed to start (invalid configuration: X)',
    );
    expect(readableLine('{"level":30,"msg":"subgraph listening"}')).toBe('info subgraph listening');
    expect(readableLine('Error: boom')).toBe('Error: boom');
    expect(readableLine('{not json')).toBe('{not json');
  });

  it("shows only what this run logged (after the launch offset), the last lines, and the log's path", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pass-log-'));
    const file = path.join(dir, 'staffing.log');
    fs.writeFileSync(file, '{"level":50,"msg":"an older run"}\n');
    const from = fs.statSync(file).size;
    fs.appendFileSync(file, Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n') + '\n{"level":60,"msg":"failed to start"}\n');
    const lines = lastLines(file, from);
    expect(lines).toHaveLength(15);
    expect(lines.at(-1)).toBe('fatal failed to start');
    expect(lines.join('\n')).not.toContain('an older run');
    const report = failureReport('staffing', 'staffing: exited (1) while starting', file, from);
    expect(report.split('\n')[0]).toBe('staffing: exited (1) while starting');
    expect(report).toContain('  | fatal failed to start');
    expect(report).toContain(`full log: ${path.relative(path.resolve(__dirname, '..', '..', '..'), file)}`);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('says so when the process logged nothing', () => {
    expect(failureReport('gateway', 'gateway not ready after 180s', path.join(os.tmpdir(), 'no-such.log'))).toContain(
      'gateway logged nothing',
    );
  });
});
