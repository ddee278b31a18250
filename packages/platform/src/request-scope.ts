/**
 * What belongs to the HTTP request being served, reachable from any code it
 * calls (mongoose hooks included) without threading it through every function.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { OutboxEntry } from './events/outbox';

/**
 * The audit record of the mutation field being resolved (audit.ts): every aggregate write the resolver makes
 * carries its event in the same single-document write (outboxPlugin), until one of them has committed.
 */
export interface MutationAudit {
  /** The audit event for a write of document `targetId`: built by the first write, the same event in every later one. */
  entry: (targetId: string) => OutboxEntry;
  /** The event once built. */
  event?: OutboxEntry;
  /** A write carrying the event has committed: the state change and its audit record are in the database together. */
  committed: boolean;
}

export interface RequestScope {
  requestId: string;
  /** Database operations issued while serving this request. */
  dbOperations: number;
  /** Aborted when the client goes away before the answer: reads it would have waited for are not issued. */
  signal?: AbortSignal;
  /** When the client stops waiting (epoch ms): database reads get the time left as `maxTimeMS`. */
  deadline?: number;
  /** The GraphQL operation served (set once it resolved; labels its span and latency). */
  operation?: { name: string; type: string };
  /**
   * Set when the request read someone's personal data in full (an audited read): the response then says
   * so (`extensions.personalDataRead`), and the gateway keeps it out of its entity cache, so every such
   * read reaches the subgraph and its audit trail, and no personal data sits in the gateway's memory.
   */
  personalDataRead?: boolean;
  /** Set around a mutation field's resolver (subgraph.ts): the audit record its writes carry. */
  mutationAudit?: MutationAudit;
  /** Mutation fields (response keys) whose audit record committed with a write they made. */
  auditedMutations?: Set<string>;
  /** Personal data read in full: coordinate → ids. Audited durably before the response leaves (subgraph.ts). */
  personalDataReads?: Map<string, Set<string>>;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();
