/**
 * The chart validator (infra/k8s-validate): a Go program built from the Go module proxy on first use
 * and cached in `.infra/k8s-validate/` like FerretDB, rebuilt when its sources change. It renders
 * `deploy/helm/pass-graph` with Helm's own packages and validates every object offline against the
 * Kubernetes API types of the version it was built with (and the CRD schemas it embeds).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { infraDir, repoRoot } from './paths';
import { run } from './proc';

type Say = (line: string) => void;

export const chartDir = path.join(repoRoot, 'deploy', 'helm', 'pass-graph');
const src = path.join(repoRoot, 'infra', 'k8s-validate');
const home = path.join(infraDir, 'k8s-validate');
const bin = path.join(home, 'k8s-validate');

/** A rendered object: the template it came from and how it was validated. */
export interface RenderedObject {
  template: string;
  apiVersion: string;
  kind: string;
  name: string;
  validatedBy: string;
  object: Record<string, unknown>;
}

export interface ChartReport {
  kubeVersion: string;
  chart: string;
  valueFiles: string[];
  objects: RenderedObject[];
  problems: string[];
}

/** Every file the binary is built from, in order: a change to any of them rebuilds it. */
function sourceStamp(): string {
  const files = fs
    .readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(go|mod|sum|yaml)$/.test(f))
    .sort();
  return files.map((f) => `${f}\0${fs.readFileSync(path.join(src, f), 'utf8')}`).join('\0');
}

export async function provisionK8sValidate(say: Say): Promise<string> {
  const stamp = sourceStamp();
  const marker = path.join(home, '.complete');
  if (fs.existsSync(bin) && fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === stamp) return bin;
  say('building the chart validator from the Go module proxy (Helm + k8s.io/api; first run only, ~3 min)…');
  const t = Date.now();
  fs.mkdirSync(home, { recursive: true });
  await run('go', ['build', '-o', bin, '.'], { cwd: src, quiet: true, env: { ...process.env, CGO_ENABLED: '0' } });
  fs.writeFileSync(marker, stamp);
  say(`  chart validator built in ${((Date.now() - t) / 1000).toFixed(1)}s`);
  return bin;
}

/** Renders `chart` with the values files (later ones win) and validates every object; problems are in the report. */
export async function validateChart(valueFiles: string[], chart: string = chartDir, say: Say = () => undefined): Promise<ChartReport> {
  const exe = await provisionK8sValidate(say);
  const args = ['-chart', chart, ...valueFiles.flatMap((f) => ['-values', f])];
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(exe, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    // Decoded by a stream decoder: a chunk may end inside a multi-byte character (the supergraph has Korean).
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('exit', (c) => resolve({ code: c, stdout: out, stderr: err }));
  });
  // 0: valid, 1: problems listed in the report; anything else is a usage or output failure.
  if (code !== 0 && code !== 1) throw new Error(`k8s-validate exited with ${code}: ${stderr}`);
  return JSON.parse(stdout) as ChartReport;
}

/** One line per kind and how it was validated, for logs and the closing note. */
export function summarize(report: ChartReport): string {
  const counts = new Map<string, number>();
  for (const o of report.objects) {
    const key = `${o.kind} (${o.apiVersion}): ${o.validatedBy}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [
    `${report.objects.length} objects from ${report.chart} [${report.valueFiles.join(', ') || 'default values'}], Kubernetes ${report.kubeVersion}, ${report.problems.length} problems`,
    ...[...counts].map(([key, n]) => `  ${n} × ${key}`),
    ...report.problems.map((p) => `  problem: ${p}`),
  ].join('\n');
}
