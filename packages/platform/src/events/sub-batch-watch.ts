/**
 * Keeps a consumer in its group while a sub-batch's handlers run, and bounds how long the sub-batch
 * goes on starting new events.
 *
 * kafkajs 2.2 heartbeats from its fetch loop and when `eachBatch` calls `heartbeat()`, never in the
 * background: while handlers run, nothing does. A sub-batch that outlasts the session timeout (budget
 * postings on one line are serialised and each reads the line's expenditures) gets the member removed
 * from its group; the group rebalances and the sub-batch, whose offsets could not be committed, is
 * handled again — by this member after it rejoins, or by another one while this one is still at it.
 *
 * So while a sub-batch runs, a timer calls `heartbeat()` (kafkajs sends at most one per heartbeat
 * interval, and concurrent calls share one request). `startNext()` tells the sub-batch to start no new
 * event: after `maxMs` (`time`), when a heartbeat answers that the group is rebalancing or no longer knows this
 * member (`rebalance`: finish what runs and give the batch back, so kafkajs rejoins at once), or when the
 * consumer stops (`stopping`). The consumer then commits the done prefix of the sub-batch and returns;
 * the rest is fetched again, and what was applied after the cut is skipped by the inbox.
 */
import type { Logger } from '../logger';

export type CutReason = 'time' | 'rebalance' | 'stopping';

/** kafkajs error types of a heartbeat that mean the member's assignment is being taken away or is gone. */
const MEMBERSHIP_LOST = new Set(['REBALANCE_IN_PROGRESS', 'ILLEGAL_GENERATION', 'UNKNOWN_MEMBER_ID', 'NOT_COORDINATOR_FOR_GROUP']);

export interface SubBatchWatchOptions {
  heartbeat: () => Promise<void>;
  /** kafkajs' heartbeat interval: the timer ticks twice as often, kafkajs skips what is not due. */
  heartbeatIntervalMs: number;
  maxMs: number;
  /** False once the consumer is stopping. */
  running: () => boolean;
  log: Logger;
  /** Where, for the logs. */
  topic: string;
  partition: number;
}

export class SubBatchWatch {
  private readonly startedAt = Date.now();
  private readonly timer: NodeJS.Timeout;
  private membershipLost = false;
  private started = 0;
  private failures = 0;

  constructor(private readonly opts: SubBatchWatchOptions) {
    this.timer = setInterval(() => void this.beat(), Math.max(50, Math.floor(opts.heartbeatIntervalMs / 2)));
    this.timer.unref();
  }

  /**
   * Before each event (or `many` call) the sub-batch starts: null to go ahead, else why it must start
   * nothing more. The time bound never stops the first one, so a sub-batch always makes progress.
   */
  startNext(): CutReason | null {
    if (this.membershipLost) return 'rebalance';
    if (!this.opts.running()) return 'stopping';
    if (this.started > 0 && this.elapsedMs() >= this.opts.maxMs) return 'time';
    this.started++;
    return null;
  }

  elapsedMs(): number {
    return Date.now() - this.startedAt;
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private async beat(): Promise<void> {
    if (this.membershipLost) return;
    const { topic, partition, log } = this.opts;
    try {
      await this.opts.heartbeat();
    } catch (error) {
      const type = (error as { type?: unknown }).type;
      const err = error instanceof Error ? error.message : String(error);
      if (typeof type === 'string' && MEMBERSHIP_LOST.has(type)) {
        this.membershipLost = true;
        log.warn({ topic, partition, type, elapsedMs: this.elapsedMs() }, 'group rebalancing: the sub-batch starts no new event');
      } else if (this.failures++ === 0) {
        // A broker away or a timeout: the next tick tries again; the session timeout is the limit.
        log.warn({ topic, partition, err }, 'heartbeat during a sub-batch failed; retrying');
      }
    }
  }
}
