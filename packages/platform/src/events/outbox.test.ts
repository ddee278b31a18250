import { refusedForContent } from './outbox';

describe('refusedForContent', () => {
  it('tells Kafka refusing what was sent from Kafka being unreachable', () => {
    expect(refusedForContent({ name: 'KafkaJSProtocolError', type: 'MESSAGE_TOO_LARGE' })).toBe(true);
    // kafkajs wraps retried errors: the cause decides.
    expect(refusedForContent({ name: 'KafkaJSNumberOfRetriesExceeded', originalError: { type: 'UNKNOWN_TOPIC_OR_PARTITION' } })).toBe(true);
    expect(
      refusedForContent({ name: 'KafkaJSAggregateError', errors: [{ type: 'LEADER_NOT_AVAILABLE' }, { type: 'RECORD_LIST_TOO_LARGE' }] }),
    ).toBe(true);
    expect(refusedForContent({ name: 'KafkaJSConnectionError', message: 'Connection error: connect ECONNREFUSED' })).toBe(false);
    expect(refusedForContent({ name: 'KafkaJSProtocolError', type: 'NOT_LEADER_FOR_PARTITION' })).toBe(false);
    expect(refusedForContent(new Error('publishing to Kafka did not finish in 20000 ms'))).toBe(false);
    expect(refusedForContent(undefined)).toBe(false);
  });
});
