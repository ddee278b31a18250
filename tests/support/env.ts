/** What global-setup started, shared with the test files through a small JSON file. */
import fs from 'node:fs';
import path from 'node:path';

export interface TestEnv {
  namespace: string;
  gatewayUrl: string;
  ports: Record<string, number>;
  kafkaBrokers: string[];
  mongodbUri: string;
  /** This checkout started the broker (its process can be stopped and started: tests/support/infra-control.ts). */
  infraManaged: boolean;
  /** This checkout started the database (FerretDB), likewise. */
  databaseManaged?: boolean;
  /** The platform's control endpoint (kill/restart/add processes, for fault tests); see stack's serveControl. */
  controlUrl?: string;
  /** Spans the platform exported, one JSON line each (tests/support/otlp-receiver.ts). */
  spansFile: string;
}

export const envFile = path.resolve(__dirname, '..', '..', '.infra', 'test-env.json');

export function testEnv(): TestEnv {
  return JSON.parse(fs.readFileSync(envFile, 'utf8')) as TestEnv;
}
