/**
 * A latency-distribution chart as a standalone SVG: latency (ms, y) by percentile (x, on a
 * log scale of 1 − p so the tail gets room), one line per target.
 */
const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e'];
const PERCENTILES = [0, 0.25, 0.5, 0.75, 0.9, 0.95, 0.975, 0.99, 0.995, 0.999];

const at = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];

export function latencySvg(title, series) {
  const W = 640;
  const H = 360;
  const L = 60;
  const R = 130;
  const T = 30;
  const B = 40;
  const curves = Object.entries(series)
    .filter(([, xs]) => xs?.length)
    .map(([name, xs]) => {
      const sorted = [...xs].sort((a, b) => a - b);
      return { name, points: PERCENTILES.map((p) => [p, at(sorted, p)]) };
    });
  const maxY = Math.max(1, ...curves.flatMap((c) => c.points.map(([, y]) => y)));
  const xOf = (p) => L + (Math.log10(1 / (1 - Math.min(p, 0.999))) / 3) * (W - L - R);
  const yOf = (v) => H - B - (v / maxY) * (H - T - B);
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="11">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${L}" y="18" font-size="13">${title}</text>`,
    `<line x1="${L}" y1="${H - B}" x2="${W - R}" y2="${H - B}" stroke="#444"/>`,
    `<line x1="${L}" y1="${T}" x2="${L}" y2="${H - B}" stroke="#444"/>`,
  ];
  for (const p of [0, 0.5, 0.9, 0.99, 0.999]) {
    out.push(`<text x="${xOf(p)}" y="${H - B + 15}" text-anchor="middle">p${(p * 100).toString()}</text>`);
  }
  for (let i = 0; i <= 4; i++) {
    const v = (maxY * i) / 4;
    out.push(`<text x="${L - 5}" y="${yOf(v) + 4}" text-anchor="end">${v.toFixed(0)}</text>`);
    out.push(`<line x1="${L}" y1="${yOf(v)}" x2="${W - R}" y2="${yOf(v)}" stroke="#ddd"/>`);
  }
  out.push(
    `<text x="15" y="${T + (H - T - B) / 2}" transform="rotate(-90 15 ${T + (H - T - B) / 2})" text-anchor="middle">latency, ms</text>`,
  );
  curves.forEach((c, i) => {
    const d = c.points.map(([p, v]) => `${xOf(p).toFixed(1)},${yOf(v).toFixed(1)}`).join(' ');
    out.push(`<polyline fill="none" stroke="${COLORS[i % COLORS.length]}" stroke-width="2" points="${d}"/>`);
    out.push(`<text x="${W - R + 10}" y="${T + 15 + i * 16}" fill="${COLORS[i % COLORS.length]}">${c.name}</text>`);
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
