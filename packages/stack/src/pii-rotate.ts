/**
 * `npm run pii:rotate`: re-encrypts every personal datum of every service under the keyring's current
 * key (`PII_KEYS`, first = current; config.ts). Each service declares where it keeps personal data in
 * `services/<name>/src/pii.ts` (`PII_HOLDERS`, built to `dist/pii.js`); this command finds those files
 * by convention, connects to each service's database (`MONGODB_URI`, `PASS_NAMESPACE`) and rotates with
 * the platform's `rotatePiiHolder`: only ciphertexts not under the current key (legacy `v1:` included),
 * each record under the lease its service takes to write it, so it is safe while the services run (any
 * number of processes of each) and idempotent. Prints counts only.
 */
import fs from 'node:fs';
import path from 'node:path';
import mongoose from 'mongoose';
import {
  configureLeases,
  databaseName,
  loadConfig,
  loadPiiKeyring,
  rotatePiiHolder,
  SERVICE_NAMES,
  type PiiHolder,
  type RotationReport,
  type ServiceName,
} from '@pass-graph/platform';
import { repoRoot } from './paths';

type Env = Readonly<Record<string, string | undefined>>;

function isPiiHolder(value: unknown): value is PiiHolder {
  const h = value as Partial<PiiHolder> | null;
  return (
    typeof h === 'object' &&
    h !== null &&
    typeof h.collection === 'string' &&
    (SERVICE_NAMES as readonly string[]).includes(String(h.service)) &&
    Array.isArray(h.fields) &&
    h.fields.every((f) => typeof f?.field === 'string' && typeof f.context === 'function')
  );
}

/** The PII holders each service declares (`services/<name>/dist/pii.js`), by service. */
export function declaredHolders(root: string = repoRoot): Map<ServiceName, PiiHolder[]> {
  const out = new Map<ServiceName, PiiHolder[]>();
  for (const service of SERVICE_NAMES) {
    const file = path.join(root, 'services', service, 'dist', 'pii.js');
    if (!fs.existsSync(file)) continue;
    const declared = (require(file) as { PII_HOLDERS?: unknown }).PII_HOLDERS;
    if (declared === undefined) continue;
    if (!Array.isArray(declared) || !declared.every(isPiiHolder) || declared.some((h) => h.service !== service))
      throw new Error(`services/${service}/dist/pii.js: PII_HOLDERS must be PiiHolder entries of service "${service}"`);
    out.set(service, declared);
  }
  return out;
}

export interface RotationRun {
  reports: RotationReport[];
  /** Exit status: 0 done, 1 some records failed (no key opens them) or changed during the run (run again). */
  status: number;
}

export async function rotatePii(say: (line: string) => void, env: Env = process.env): Promise<RotationRun> {
  const config = loadConfig(env);
  configureLeases(config.leases);
  const ring = loadPiiKeyring(env, config.production);
  if (ring.development) say('PII_KEYS is not set: rotating to the public development key (development only)');
  if (ring.keys.size > 1 && !(env['PII_HASH_KEY'] ?? '').trim())
    say('warning: PII_HASH_KEY is not set, so lookup hashes use the last key of PII_KEYS: set it before dropping that key');
  const holders = declaredHolders();
  if (holders.size === 0) throw new Error('no service declares PII holders: run `npm run build` first');
  say(`rotating to key "${ring.current.id}" (keyring: ${[...ring.keys.keys()].join(', ')}${ring.legacyV1 ? ', legacy v1' : ''})`);
  const reports: RotationReport[] = [];
  for (const [service, list] of holders) {
    const db = await mongoose
      .createConnection(config.mongodbUri, { dbName: databaseName(config.namespace, service), serverSelectionTimeoutMS: 10_000 })
      .asPromise();
    try {
      for (const holder of list) {
        const r = await rotatePiiHolder(db, holder, ring);
        reports.push(r);
        say(
          `${service} ${holder.collection}: ${r.scanned} records, ${r.rotated} rotated (${r.ciphertexts} ciphertexts, ${r.legacy} legacy v1), ` +
            `${r.skipped} changed during the run, ${r.failed} failed`,
        );
      }
    } finally {
      await db.close();
    }
  }
  const failed = reports.reduce((n, r) => n + r.failed, 0);
  const skipped = reports.reduce((n, r) => n + r.skipped, 0);
  if (failed > 0) say(`${failed} records could not be decrypted with this keyring: keep the keys that made them in PII_KEYS`);
  if (skipped > 0) say(`${skipped} records changed during the run: run it again`);
  if (failed === 0 && skipped === 0) say(`done: everything is under key "${ring.current.id}"; older keys can be dropped from PII_KEYS`);
  return { reports, status: failed > 0 || skipped > 0 ? 1 : 0 };
}
