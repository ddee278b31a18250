/** A few counters in Prometheus text format, served at `/metrics` by every process. */
type Labels = Readonly<Record<string, string>>;

export class Metrics {
  private readonly counters = new Map<string, { help: string; values: Map<string, number> }>();

  inc(name: string, help: string, labels: Labels = {}, by = 1): void {
    let counter = this.counters.get(name);
    if (!counter) {
      counter = { help, values: new Map() };
      this.counters.set(name, counter);
    }
    const key = Object.entries(labels)
      .map(([k, v]) => `${k}="${v.replace(/["\\\n]/g, '_')}"`)
      .join(',');
    counter.values.set(key, (counter.values.get(key) ?? 0) + by);
  }

  get(name: string, labels: Labels = {}): number {
    const key = Object.entries(labels)
      .map(([k, v]) => `${k}="${v}"`)
      .join(',');
    return this.counters.get(name)?.values.get(key) ?? 0;
  }

  render(): string {
    const lines: string[] = [];
    for (const [name, { help, values }] of this.counters) {
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} counter`);
      for (const [key, value] of values) lines.push(key ? `${name}{${key}} ${value}` : `${name} ${value}`);
    }
    return `${lines.join('\n')}\n`;
  }
}

export const metrics = new Metrics();
