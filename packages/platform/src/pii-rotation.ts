/**
 * Key rotation of personal data at rest (`npm run pii:rotate`): every service holding PII
 * declares where it keeps it (`PiiHolder`: collection, ciphertext fields and the associated data
 * each was encrypted with, lookup hashes derived from them), and `rotatePiiHolder` re-encrypts every
 * ciphertext not made with the keyring's current key — legacy `v1:` ones included, whose lookup
 * hashes it re-computes with the keyring's hashing key. Each record is re-read and rewritten under its
 * lease (`withKey`, the same key the owning service's `withDocument` takes), so a service process
 * writing the record at the same time is never overwritten; the update also compares the ciphertexts
 * it read (a record changed between the scan and the lease is counted `skipped` and a re-run takes
 * it). Idempotent: a second run finds nothing to do.
 * Reports counts only: no value, ciphertext or id of a record is printed or logged.
 */
import type { Connection } from 'mongoose';
import type { ServiceName } from './config';
import { withKey } from './locks';
import { beforeWrite } from './leases';
import { decryptPii, encryptPii, isLegacyV1, needsRotation, piiLookupHash, type PiiKeyring } from './pii';

export interface PiiField {
  /** Top-level field holding a ciphertext (absent or null when the record has none). */
  field: string;
  /** The associated data the ciphertext is bound to (record id and field). */
  context: (id: string) => string;
  /**
   * A lookup hash kept beside it, made from the plaintext: re-computed with the keyring's hashing key
   * when the ciphertext is rotated (legacy `v1:` hashes were made with the legacy key).
   */
  lookupHash?: { field: string; normalise?: (plaintext: string) => string };
}

export interface PiiHolder {
  service: ServiceName;
  /** The MongoDB collection in the service's database. */
  collection: string;
  fields: PiiField[];
}

export interface RotationReport {
  service: ServiceName;
  collection: string;
  /** Records read. */
  scanned: number;
  /** Records with at least one ciphertext re-encrypted. */
  rotated: number;
  /** Ciphertexts re-encrypted (legacy `v1:` ones included in it). */
  ciphertexts: number;
  /** Legacy `v1:` ciphertexts among them. */
  legacy: number;
  /** Records changed by someone else while being rotated: left as they are, a re-run takes them. */
  skipped: number;
  /** Records whose ciphertext no key of the keyring opens (nothing written; the run fails). */
  failed: number;
}

type RawDoc = { _id: unknown } & Record<string, unknown>;

/** The new values of one record's rotated fields, or null when nothing in it needs rotation. */
export function rotateRecord(
  ring: PiiKeyring,
  holder: PiiHolder,
  doc: RawDoc,
): { set: Record<string, string>; expect: Record<string, string>; ciphertexts: number; legacy: number } | null {
  const id = String(doc._id);
  const set: Record<string, string> = {};
  const expect: Record<string, string> = {};
  let ciphertexts = 0;
  let legacy = 0;
  for (const f of holder.fields) {
    const stored = doc[f.field];
    if (typeof stored !== 'string' || stored === '' || !needsRotation(ring, stored)) continue;
    const context = f.context(id);
    const plaintext = decryptPii(ring, stored, context);
    expect[f.field] = stored;
    set[f.field] = encryptPii(ring, plaintext, context);
    ciphertexts += 1;
    if (isLegacyV1(stored)) legacy += 1;
    if (f.lookupHash) set[f.lookupHash.field] = piiLookupHash(ring, plaintext, f.lookupHash.normalise);
  }
  return ciphertexts === 0 ? null : { set, expect, ciphertexts, legacy };
}

/** Rotates one holder's collection in the service database `db` (a mongoose connection). */
export async function rotatePiiHolder(db: Connection, holder: PiiHolder, ring: PiiKeyring): Promise<RotationReport> {
  const report: RotationReport = {
    service: holder.service,
    collection: holder.collection,
    scanned: 0,
    rotated: 0,
    ciphertexts: 0,
    legacy: 0,
    skipped: 0,
    failed: 0,
  };
  const collection = db.collection<RawDoc>(holder.collection);
  const projection: Record<string, 1> = { _id: 1 };
  for (const f of holder.fields) projection[f.field] = 1;
  for await (const doc of collection.find({}, { projection, sort: { _id: 1 } })) {
    report.scanned += 1;
    let change: ReturnType<typeof rotateRecord>;
    try {
      change = rotateRecord(ring, holder, doc);
    } catch {
      report.failed += 1; // the reason names the key problem, never the record: counted, not printed
      continue;
    }
    if (!change) continue;
    const expected = change;
    const written = await withKey(db, `${holder.collection}/${String(doc._id)}`, async () => {
      const current = await collection.findOne({ _id: doc._id } as never, { projection });
      if (!current || Object.entries(expected.expect).some(([field, value]) => current[field] !== value)) return false;
      await beforeWrite();
      const result = await collection.updateOne({ _id: doc._id, ...expected.expect } as never, { $set: expected.set });
      return result.modifiedCount === 1;
    });
    if (written) {
      report.rotated += 1;
      report.ciphertexts += change.ciphertexts;
      report.legacy += change.legacy;
    } else report.skipped += 1;
  }
  return report;
}
