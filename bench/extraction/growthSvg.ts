// Hand-written SVG of extraction growth: time and KB size against article count on log-log axes, with a linear reference.

interface Point {
  articles: number;
  ms: number;
  kbBytes: number;
}

const W = 340;
const H = 300;
const M = { left: 62, right: 16, top: 40, bottom: 48 };

const log = Math.log10;
const fmt = (v: number): string => (v >= 1000 ? `${v / 1000}k` : v >= 1 ? String(v) : v.toPrecision(1));
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** One panel: measured points joined, and a dashed line through the first point with slope 1 (linear growth). */
function panel(x0: number, title: string, unit: string, points: Array<[number, number]>): string {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const xMin = Math.floor(log(Math.min(...xs)));
  const xMax = Math.ceil(log(Math.max(...xs)));
  const [fx, fy] = points[0]!;
  const linearEnd = fy * (10 ** xMax / fx);
  const yMin = Math.floor(log(Math.min(...ys, fy * (10 ** xMin / fx))));
  const yMax = Math.max(Math.ceil(log(Math.max(...ys, linearEnd))), yMin + 1);
  const px = (v: number) => x0 + M.left + ((log(v) - xMin) / (xMax - xMin)) * (W - M.left - M.right);
  const py = (v: number) => H - M.bottom - ((log(v) - yMin) / (yMax - yMin)) * (H - M.top - M.bottom);
  const out: string[] = [`<text x="${x0 + W / 2}" y="22" text-anchor="middle" font-weight="bold">${esc(title)}</text>`];
  for (let e = xMin; e <= xMax; e++) {
    const x = px(10 ** e);
    out.push(`<line x1="${x}" y1="${M.top}" x2="${x}" y2="${H - M.bottom}" stroke="#ddd"/>`);
    out.push(`<text x="${x}" y="${H - M.bottom + 16}" text-anchor="middle">${fmt(10 ** e)}</text>`);
  }
  for (let e = yMin; e <= yMax; e++) {
    const y = py(10 ** e);
    out.push(`<line x1="${x0 + M.left}" y1="${y}" x2="${x0 + W - M.right}" y2="${y}" stroke="#ddd"/>`);
    out.push(`<text x="${x0 + M.left - 6}" y="${y + 4}" text-anchor="end">${fmt(10 ** e)}</text>`);
  }
  out.push(`<text x="${x0 + W / 2}" y="${H - 10}" text-anchor="middle">articles</text>`);
  out.push(`<text x="${x0 + 14}" y="${(H - M.bottom + M.top) / 2}" text-anchor="middle" transform="rotate(-90 ${x0 + 14} ${(H - M.bottom + M.top) / 2})">${esc(unit)}</text>`);
  out.push(`<line x1="${px(10 ** xMin)}" y1="${py(fy * (10 ** xMin / fx))}" x2="${px(10 ** xMax)}" y2="${py(linearEnd)}" stroke="#999" stroke-dasharray="5 4"/>`);
  out.push(`<polyline fill="none" stroke="#1f6feb" stroke-width="2" points="${points.map(([x, y]) => `${px(x).toFixed(1)},${py(y).toFixed(1)}`).join(' ')}"/>`);
  for (const [i, [x, y]] of points.entries()) {
    // the last label sits left of its point, so it stays inside the panel
    const last = i === points.length - 1;
    out.push(`<circle cx="${px(x).toFixed(1)}" cy="${py(y).toFixed(1)}" r="4" fill="#1f6feb"/>`);
    out.push(`<text x="${(px(x) + (last ? -8 : 6)).toFixed(1)}" y="${(py(y) - 8).toFixed(1)}"${last ? ' text-anchor="end"' : ''}>${y >= 100 ? y.toFixed(0) : y.toPrecision(2)}</text>`);
  }
  return out.join('\n');
}

export function growthSvg(rows: Point[]): string {
  const time = panel(0, 'Extraction CPU time', 'seconds', rows.map((r) => [r.articles, r.ms / 1000]));
  const size = panel(W, 'Knowledge base size', 'MB of JSON', rows.map((r) => [r.articles, r.kbBytes / 1e6]));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${2 * W}" height="${H + 20}" viewBox="0 0 ${2 * W} ${H + 20}" font-family="sans-serif" font-size="12">
<rect width="100%" height="100%" fill="white"/>
${time}
${size}
<text x="${W}" y="${H + 12}" text-anchor="middle" fill="#666">log-log axes; dashed: linear growth from the smallest corpus (median of timed runs; the largest is timed once)</text>
</svg>
`;
}
