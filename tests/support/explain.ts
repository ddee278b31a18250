/**
 * What a database says about how it would answer a find (`explain`), read the same way on MongoDB and FerretDB v1.
 * MongoDB: `queryPlanner.winningPlan`, an IXSCAN stage names the index. FerretDB v1 adds `filterPushdown` (was the
 * filter turned into SQL?) and puts the backend's own plan in `queryPlanner`: PostgreSQL's `EXPLAIN (FORMAT JSON)`
 * (`Plan` with `Node Type` Seq Scan / Index Scan / Bitmap Index Scan, `Index Name`, `Filter`), or SQLite's.
 */
import type { mongo } from 'mongoose';

export interface FindPlan {
  backend: 'mongodb' | 'ferretdb-postgresql' | 'ferretdb-other';
  /** FerretDB only: the filter went to the backend as SQL. */
  pushedDown: boolean | null;
  /** The scans of the plan: MongoDB stages (IXSCAN, COLLSCAN) or PostgreSQL node types (Seq Scan, Index Scan, …). */
  scans: string[];
  /** Indexes the plan reads (MongoDB index names, PostgreSQL index relations). */
  indexes: string[];
  /** PostgreSQL's filter expression(s), to see which fields reached SQL. */
  sqlFilter: string;
}

type Node = Record<string, unknown>;

function walk(node: unknown, visit: (n: Node) => void): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit));
  visit(node as Node);
  for (const value of Object.values(node)) walk(value, visit);
}

export async function explainFind(db: mongo.Db, collection: string, filter: Record<string, unknown>): Promise<FindPlan> {
  const res = (await db.command({ explain: { find: collection, filter }, verbosity: 'queryPlanner' })) as Node;
  const planner = (res.queryPlanner ?? {}) as Node;
  const scans: string[] = [];
  const indexes: string[] = [];
  const filters: string[] = [];
  if (planner.winningPlan) {
    walk(planner.winningPlan, (n) => {
      if (typeof n.stage === 'string' && n.stage.endsWith('SCAN')) scans.push(n.stage);
      if (typeof n.indexName === 'string') indexes.push(n.indexName);
    });
    return { backend: 'mongodb', pushedDown: null, scans, indexes, sqlFilter: '' };
  }
  const pushedDown = typeof res.filterPushdown === 'boolean' ? res.filterPushdown : null;
  if (!planner.Plan) return { backend: 'ferretdb-other', pushedDown, scans, indexes, sqlFilter: '' };
  walk(planner.Plan, (n) => {
    if (typeof n['Node Type'] === 'string' && n['Node Type'].includes('Scan')) scans.push(n['Node Type']);
    if (typeof n['Index Name'] === 'string') indexes.push(n['Index Name']);
    for (const key of ['Filter', 'Index Cond', 'Recheck Cond']) if (typeof n[key] === 'string') filters.push(n[key] as string);
  });
  return { backend: 'ferretdb-postgresql', pushedDown, scans, indexes, sqlFilter: filters.join(' AND ') };
}

/** The database read the filter from an index (MongoDB IXSCAN, PostgreSQL Index / Bitmap Index / Index Only Scan). */
export const usesIndex = (plan: FindPlan): boolean => plan.scans.some((s) => s === 'IXSCAN' || s.includes('Index'));
