import { CLUSTER_SETTINGS, KafkaCluster, localKafkaNodes } from './kafka-cluster';

describe('the local three-node Kafka cluster', () => {
  it('is chosen by PASS_KAFKA_BROKERS_LOCAL=3; unset or 1 is the single broker; anything else is refused', () => {
    expect(localKafkaNodes({})).toBe(1);
    expect(localKafkaNodes({ PASS_KAFKA_BROKERS_LOCAL: '1' })).toBe(1);
    expect(localKafkaNodes({ PASS_KAFKA_BROKERS_LOCAL: '3' })).toBe(3);
    expect(() => localKafkaNodes({ PASS_KAFKA_BROKERS_LOCAL: '2' })).toThrow(/must be 1 or 3/);
  });

  it('replicates every topic three times and acknowledges a write once two replicas have it', () => {
    expect(CLUSTER_SETTINGS).toMatchObject({
      'default.replication.factor': '3',
      'min.insync.replicas': '2',
      'offsets.topic.replication.factor': '3',
      'transaction.state.log.min.isr': '2',
      'unclean.leader.election.enable': 'false',
    });
  });

  it('puts node i on basePort + 2(i − 1), its controller on the next port', () => {
    const cluster = new KafkaCluster({ name: 'unit', basePort: 20_000 });
    expect(cluster.brokers).toEqual(['127.0.0.1:20000', '127.0.0.1:20002', '127.0.0.1:20004']);
  });
});
