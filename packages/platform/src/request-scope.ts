/**
 * What belongs to the HTTP request being served, reachable from any code it
 * calls (mongoose hooks included) without threading it through every function.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestScope {
  requestId: string;
  /** Database operations issued while serving this request. */
  dbOperations: number;
  /** The GraphQL operation served (set once it resolved; labels its span and latency). */
  operation?: { name: string; type: string };
}

export const requestScope = new AsyncLocalStorage<RequestScope>();
