/**
 * What the platform records about its work, in metrics (`metrics.ts`) and spans (`tracing.ts`):
 * each GraphQL request (a server span continuing the caller's trace, latency per operation), each
 * gateway → subgraph fetch, and consumer lag. Kept apart so the HTTP front, the gateway and the
 * consumer need only one call each.
 */
import type { IncomingMessage } from 'node:http';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Consumer } from 'kafkajs';
import { metrics } from './metrics';
import { requestScope, type RequestScope } from './request-scope';
import { extractContext, inSpan, SpanKind } from './tracing';

const seconds = (startedMs: number): number => (performance.now() - startedMs) / 1000;

/**
 * Serves one GraphQL HTTP request inside a server span that continues the caller's `traceparent`,
 * then records its latency under the operation the operation plugin found (`anonymous`/`unknown`
 * when the document never resolved to one, e.g. a parse error or a refused caller).
 */
export function observeGraphQLRequest<T extends { status?: number }>(
  req: IncomingMessage,
  scope: RequestScope,
  run: () => Promise<T>,
): Promise<T> {
  const started = performance.now();
  const attributes = { 'http.request.method': req.method ?? 'GET', 'url.path': '/graphql', 'pass.request_id': scope.requestId };
  return inSpan('POST /graphql', { kind: SpanKind.SERVER, attributes, parent: extractContext(req.headers) }, async (span) => {
    let status = 500;
    try {
      const result = await run();
      status = result.status ?? 200;
      return result;
    } finally {
      const operation = scope.operation ?? { name: 'anonymous', type: 'unknown' };
      metrics.observe(
        'graphql_request_duration_seconds',
        'GraphQL request latency by operation',
        { operation_name: operation.name, operation_type: operation.type },
        seconds(started),
      );
      if (scope.operation) span.updateName(`${operation.type} ${operation.name}`);
      span.setAttributes({
        'graphql.operation.name': operation.name,
        'graphql.operation.type': operation.type,
        'http.response.status_code': status,
      });
    }
  });
}

/** Apollo plugin: tells the request scope which operation is being served (for the span and the histogram). */
export function operationObserver<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, operationName }) {
          const scope = requestScope.getStore();
          if (scope && operation)
            scope.operation = { name: metrics.operationLabel(operationName ?? operation.name?.value), type: operation.operation };
        },
      };
    },
  };
}

/** A gateway → subgraph fetch: a client span (whose `traceparent` the data source injects) and its latency. */
export function observeSubgraphFetch<T>(service: string, fetch: () => Promise<T>): Promise<T> {
  const started = performance.now();
  return inSpan(`fetch ${service}`, { kind: SpanKind.CLIENT, attributes: { 'pass.subgraph': service } }, async () => {
    try {
      return await fetch();
    } finally {
      metrics.observe('gateway_subgraph_request_duration_seconds', 'Gateway → subgraph fetch latency', { service }, seconds(started));
    }
  });
}

/**
 * Consumer lag per topic and partition, from kafkajs' own instrumentation: after each batch it
 * reports how far the batch's last offset is behind the partition's high watermark.
 */
export function observeConsumerLag(consumer: Consumer, service: string): void {
  consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) => {
    metrics.set(
      'kafka_consumer_lag',
      'Messages the consumer is behind the end of the partition (after its last batch)',
      { service, topic: payload.topic, partition: String(payload.partition) },
      Math.max(0, Number(payload.offsetLag)),
    );
  });
}
