/**
 * Relay cursor connections over `_id` order. Cursors are opaque (base64url of the
 * last `_id`), so a page never shifts when records are added before it.
 */
import type { FilterQuery, Model } from 'mongoose';
import { trusted } from './db';
import { badInput, err, ok, unwrap, type Result } from './errors';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** Resolved only when the client asks for it (one count query). */
  totalCount: () => Promise<number>;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export const encodeCursor = (id: string): string => Buffer.from(id, 'utf8').toString('base64url');

export function decodeCursor(cursor: string): Result<string> {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!id || encodeCursor(id) !== cursor) return err(badInput('after is not a valid cursor', 'after'));
  return ok(id);
}

export function checkPage(args: PageArgs): Result<{ first: number; afterId: string | null }> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)
    return err(badInput(`first must be from 1 to ${MAX_PAGE_SIZE}`, 'first'));
  if (args.after === undefined || args.after === null) return ok({ first, afterId: null });
  const after = decodeCursor(args.after);
  return after.ok ? ok({ first, afterId: after.value }) : after;
}

/** One query for the page (`first + 1` rows tell whether there is a next page). */
export async function paginate<T extends { _id: string }>(
  model: Model<T>,
  filter: FilterQuery<T>,
  page: { first: number; afterId: string | null },
): Promise<Connection<T>> {
  const query = page.afterId === null ? filter : { ...filter, _id: trusted({ $gt: page.afterId }) };
  const rows = (await model
    .find(query as FilterQuery<T>)
    .sort({ _id: 1 })
    .limit(page.first + 1)
    .lean()
    .exec()) as unknown as T[];
  const nodes = rows.slice(0, page.first);
  const last = nodes[nodes.length - 1];
  return {
    edges: nodes.map((node) => ({ cursor: encodeCursor(node._id), node })),
    nodes,
    pageInfo: { hasNextPage: rows.length > page.first, endCursor: last ? encodeCursor(last._id) : null },
    totalCount: () => model.countDocuments(filter).exec(),
  };
}

/** A page over a list already loaded in one batched query (e.g. a parent's children from a DataLoader), in `_id` order. */
export function pageOfLoaded<T extends { _id: string }>(
  items: T[],
  args: PageArgs,
): Omit<Connection<T>, 'totalCount'> & { totalCount: number } {
  const { first, afterId } = unwrap(checkPage(args));
  const start = afterId === null ? 0 : items.findIndex((i) => i._id > afterId);
  const rest = start < 0 ? [] : items.slice(start);
  const nodes = rest.slice(0, first);
  const last = nodes[nodes.length - 1];
  return {
    edges: nodes.map((node) => ({ cursor: encodeCursor(node._id), node })),
    nodes,
    pageInfo: { hasNextPage: rest.length > first, endCursor: last ? encodeCursor(last._id) : null },
    totalCount: items.length,
  };
}
