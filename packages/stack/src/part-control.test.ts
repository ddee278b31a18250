import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { partControl } from './part-control';

describe('process control of the broker and the database for outage tests', () => {
  it('runs the configured command with {action} = stop, kill or start, and reports its exit status', async () => {
    const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'part-control-')), 'actions');
    const env = { ...process.env, PASS_TEST_KAFKA_CONTROL: `echo {action} >> ${log}; test {action} != kill` };
    const kafka = partControl('kafka', { local: true, where: '10.0.0.9:9092', env });
    expect(kafka.how).toContain('PASS_TEST_KAFKA_CONTROL');
    expect(await kafka.stop()).toBe(true);
    expect(await kafka.stop(true)).toBe(false); // the command's exit status says whether it stopped
    await kafka.start();
    expect(fs.readFileSync(log, 'utf8').split('\n').filter(Boolean)).toEqual(['stop', 'kill', 'start']);
    const failing = partControl('database', { local: false, where: 'mongodb://db', env: { PASS_TEST_DATABASE_CONTROL: 'exit 3' } });
    await expect(failing.start()).rejects.toThrow(/PASS_TEST_DATABASE_CONTROL start exited with 3/);
  });

  it('refuses, naming the variable, to stop a part this checkout did not start when no command is given', () => {
    expect(() => partControl('kafka', { local: false, where: '10.0.0.9:9092', env: {} })).toThrow(
      /stops the broker \(10\.0\.0\.9:9092\), which this checkout did not start: set PASS_TEST_KAFKA_CONTROL/,
    );
    expect(() => partControl('database', { local: false, where: 'mongodb://db', env: {} })).toThrow(/PASS_TEST_DATABASE_CONTROL/);
  });

  it("uses this checkout's own process when it started the part", () => {
    expect(partControl('kafka', { local: true, where: '127.0.0.1:9092', env: {} }).how).toBe("this checkout's Kafka");
    expect(partControl('database', { local: true, where: 'mongodb://127.0.0.1:27017', env: {} }).how).toBe("this checkout's FerretDB");
  });
});
