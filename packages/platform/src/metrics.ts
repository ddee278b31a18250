/**
 * Prometheus metrics of a process on one prom-client Registry, served at `/metrics`.
 *
 * Call sites name a metric where they use it (`metrics.inc(name, help, labels)`), as they always
 * have: the first use of a name creates it, with the label names of that first use. Names, labels
 * and the exposition text of the counters are unchanged, so the benchmarks keep reading them.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export type Labels = Readonly<Record<string, string>>;

export interface Sample {
  labels: Labels;
  value: number;
}

/** Seconds; from a 2 ms entity fetch to a 10 s report. */
export const LATENCY_BUCKETS: readonly number[] = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Distinct operation names one process labels; later ones share `other` (clients choose names). */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/** How long a scrape waits for a computed gauge (a slow database must not hang `/metrics`). */
const COLLECT_TIMEOUT_MS = 2_000;

type Source = () => Promise<Sample[]>;

export class Metrics {
  readonly registry = new Registry();
  private readonly counters = new Map<string, Counter>();
  private readonly histograms = new Map<string, Histogram>();
  private readonly gauges = new Map<string, Gauge>();
  private readonly sources = new Map<string, Set<Source>>();
  private readonly operationNames = new Set<string>();
  private processMetrics = false;

  inc(name: string, help: string, labels: Labels = {}, by = 1): void {
    let counter = this.counters.get(name);
    if (!counter) {
      counter = new Counter({ name, help, labelNames: Object.keys(labels), registers: [this.registry] });
      this.counters.set(name, counter);
    }
    counter.inc(labels, by);
  }

  /** Current value of a counter (0 when never incremented). */
  async get(name: string, labels: Labels = {}): Promise<number> {
    const counter = this.counters.get(name);
    if (!counter) return 0;
    const want = Object.entries(labels);
    const found = (await counter.get()).values.find(
      (v) => Object.keys(v.labels).length === want.length && want.every(([k, value]) => v.labels[k] === value),
    );
    return found?.value ?? 0;
  }

  /** Records one observation (seconds for latencies) in a histogram. */
  observe(name: string, help: string, labels: Labels, value: number, buckets: readonly number[] = LATENCY_BUCKETS): void {
    let histogram = this.histograms.get(name);
    if (!histogram) {
      histogram = new Histogram({ name, help, labelNames: Object.keys(labels), buckets: [...buckets], registers: [this.registry] });
      this.histograms.set(name, histogram);
    }
    histogram.observe(labels, value);
  }

  /** Sets a gauge that its owner keeps current (e.g. from instrumentation events). */
  set(name: string, help: string, labels: Labels, value: number): void {
    let gauge = this.gauges.get(name);
    if (!gauge) {
      gauge = new Gauge({ name, help, labelNames: Object.keys(labels), registers: [this.registry] });
      this.gauges.set(name, gauge);
    }
    gauge.set(labels, value);
  }

  /**
   * A gauge computed when scraped, from one or more sources (one per service in a process that runs
   * several). A source that fails or is slow is left out of that scrape. Returns the unregister call.
   */
  computed(name: string, help: string, labelNames: readonly string[], source: Source): () => void {
    let sources = this.sources.get(name);
    if (!sources) {
      const all = (sources = new Set());
      this.sources.set(name, all);
      new Gauge({
        name,
        help,
        labelNames: [...labelNames],
        registers: [this.registry],
        async collect() {
          this.reset();
          const results = await Promise.allSettled([...all].map((s) => withTimeout(s(), COLLECT_TIMEOUT_MS)));
          for (const r of results) if (r.status === 'fulfilled') for (const sample of r.value) this.set(sample.labels, sample.value);
        },
      });
    }
    sources.add(source);
    return () => void sources.delete(source);
  }

  /** CPU, memory, event-loop lag, GC and handles of this process (`process_*`, `nodejs_*`); once per process. */
  enableProcessMetrics(): void {
    if (this.processMetrics) return;
    this.processMetrics = true;
    collectDefaultMetrics({ register: this.registry });
  }

  /**
   * The `operation_name` label of a GraphQL operation: its name in the document, `anonymous` without
   * one, and `other` once this process has seen MAX_OPERATION_NAMES names, so a client inventing
   * names cannot grow the series without bound.
   */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

export const metrics = new Metrics();
