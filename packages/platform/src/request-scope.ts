/**
 * What belongs to the HTTP request being served, reachable from any code it
 * calls (mongoose hooks included) without threading it through every function.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

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
}

export const requestScope = new AsyncLocalStorage<RequestScope>();
