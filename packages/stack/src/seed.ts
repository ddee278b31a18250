/**
 * Sends every service's fixture mutations (`services/<name>/dist/seed.js`) through
 * the gateway, in dependency order. Each applies once, whatever the state: CONFLICT (a duplicate id,
 * or a step already taken) means "already applied", and a step with an `appliedWhen` check is skipped
 * when its check query shows it applied. NOT_FOUND is retried for a while, since a step may depend on
 * an event another service has not consumed yet.
 */
import path from 'node:path';
import type { SeedStep, ServiceName } from '@pass-graph/platform';
import { mintToken, SEED_IDENTITY } from './auth';
import { repoRoot } from './paths';

// budgets before staffing: completed dispatches are charged to a budget line that must already exist.
export const SEED_ORDER: ServiceName[] = ['governance', 'care-services', 'budgets', 'staffing', 'consulting', 'outreach'];
// A service's `lateSeedSteps` run after every service's `seedSteps`, in the same order: care-services'
// visits name staffing's emergency-care workers, and staffing needs care-services' facilities first.

/** How long a step answered NOT_FOUND is retried: a slow machine's consumers may be seconds behind. */
const NOT_FOUND_PATIENCE_MS = 90_000;

interface GraphQLResponse {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface SeedReport {
  service: ServiceName;
  /** Whether these are the service's late steps (`lateSeedSteps`). */
  late: boolean;
  applied: number;
  existing: number;
}

export interface SeedOptions {
  say?: (line: string) => void;
  /** Redraw one progress line per service (a terminal). */
  tty?: boolean;
  /** Stop after this many steps in all, as a crash would (tests of a partial seed). */
  stopAfter?: number;
}

export async function graphql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GraphQLResponse;
}

/** Whether a step's effect is already there: CONFLICT-refused steps need no check, and answer `false` here. */
async function alreadyApplied(url: string, step: SeedStep, auth: Record<string, string>): Promise<boolean> {
  if (!step.appliedWhen) return false;
  const res = await graphql(url, step.appliedWhen.query, step.appliedWhen.variables, auth);
  if (res.errors) throw new Error(`seeding: the check of ${step.label} failed: ${JSON.stringify(res.errors)}`);
  return step.appliedWhen.applied(res.data);
}

function loadSteps(service: ServiceName, late: boolean): SeedStep[] {
  const mod = require(path.join(repoRoot, 'services', service, 'dist', 'seed.js')) as {
    seedSteps?: SeedStep[];
    lateSeedSteps?: SeedStep[];
  };
  return (late ? mod.lateSeedSteps : mod.seedSteps) ?? [];
}

export async function seed(gatewayUrl: string, options: SeedOptions = {}): Promise<SeedReport[]> {
  const { say = () => undefined, tty = false, stopAfter = Infinity } = options;
  const reports: SeedReport[] = [];
  const auth = { authorization: `Bearer ${await mintToken(SEED_IDENTITY)}` };
  let sent = 0;
  for (const [service, late] of [...SEED_ORDER.map((s) => [s, false] as const), ...SEED_ORDER.map((s) => [s, true] as const)]) {
    const steps = loadSteps(service, late);
    if (late && steps.length === 0) continue;
    const report: SeedReport = { service, late, applied: 0, existing: 0 };
    const show = (final: boolean): void => {
      const line = `  ${(late ? `${service} (late)` : service).padEnd(21)} ${String(report.applied + report.existing).padStart(4)}/${steps.length} (${report.applied} applied, ${report.existing} already there)`;
      if (tty) process.stdout.write(`\r${line}${final ? '\n' : ''}`);
      else if (final) say(line);
    };
    for (const step of steps) {
      if (sent++ >= stopAfter) {
        reports.push(report);
        return reports;
      }
      const giveUpAt = Date.now() + NOT_FOUND_PATIENCE_MS;
      for (;;) {
        if (await alreadyApplied(gatewayUrl, step, auth)) {
          report.existing++;
          break;
        }
        const res = await graphql(gatewayUrl, step.query, step.variables, auth);
        const code = res.errors?.[0]?.extensions?.code;
        if (!res.errors) report.applied++;
        else if (code === 'CONFLICT') report.existing++;
        else if (code === 'NOT_FOUND' && Date.now() < giveUpAt) {
          await new Promise((r) => setTimeout(r, 250));
          continue;
        } else throw new Error(`seeding ${service}: ${step.label} failed: ${JSON.stringify(res.errors)}`);
        break;
      }
      show(false);
    }
    show(true);
    reports.push(report);
  }
  return reports;
}
