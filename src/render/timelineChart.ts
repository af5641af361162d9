// The activity chart as inline SVG: a bar per day (or week, or month), days with events marked; all text escaped.

import { escapeHtml } from './escape';
import { plural } from './views/shared';
import type { ActivityDay, ChartView } from './views/timeline';

const WIDTH = 640;
const HEIGHT = 150;
const TOP = 36; // room for the labels and the event markers above the tallest bar
const BOTTOM = 22; // room for the date labels
const DAY_MS = 86_400_000;

interface Bucket {
  label: string;
  count: number;
  events: number;
}

function dayNumber(date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(ms) ? null : Math.floor(ms / DAY_MS);
}

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Daily bars up to three months, weekly up to two years, monthly beyond; empty days stay as gaps. */
function buckets(days: ActivityDay[]): { size: number; list: Bucket[] } {
  const dated = days.flatMap((d) => {
    const n = dayNumber(d.date);
    return n === null ? [] : [{ ...d, n }];
  });
  if (!dated.length) return { size: 1, list: [] };
  const first = dated[0]!.n;
  const span = dated.at(-1)!.n - first + 1;
  const size = span <= 92 ? 1 : span <= 730 ? 7 : 30;
  const list: Bucket[] = Array.from({ length: Math.ceil(span / size) }, (_, i) => {
    const start = isoDay(first + i * size);
    return { label: size === 1 ? start : `${size === 7 ? 'week of' : 'month from'} ${start}`, count: 0, events: 0 };
  });
  for (const d of dated) {
    const bucket = list[Math.floor((d.n - first) / size)]!;
    bucket.count += d.count;
    bucket.events += d.events;
  }
  return { size, list };
}

const UNITS: Record<number, string> = { 1: 'day', 7: 'week', 30: 'month' };

function round(n: number): string {
  return String(Math.round(n * 10) / 10);
}

function svgOpen(titleId: string, description: string): string {
  return (
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${escapeHtml(titleId)}">` +
    `<title id="${escapeHtml(titleId)}">${escapeHtml(description)}</title>`
  );
}

/** The chart (a short note in place of bars when nothing is dated). `titleId` must be unique on the page. */
export function timelineChartSvg(chart: ChartView, titleId = 'activity-chart-title'): string {
  const { size, list } = buckets(chart.days);
  if (!list.length) {
    return `${svgOpen(titleId, chart.description)}<text class="chart-label" x="0" y="${HEIGHT / 2}" font-size="14" fill="#5c5c5c">No dated activity yet.</text></svg>`;
  }
  const max = Math.max(1, ...list.map((b) => b.count));
  const slot = WIDTH / list.length;
  const barWidth = Math.max(1, Math.min(slot * 0.8, 48));
  const plot = HEIGHT - TOP - BOTTOM;
  const parts: string[] = [];
  list.forEach((bucket, i) => {
    const x = i * slot + (slot - barWidth) / 2;
    const height = bucket.count ? Math.max(2, (bucket.count / max) * plot) : 0;
    const y = TOP + plot - height;
    const what = `${bucket.label}: ${bucket.count}${bucket.events ? `, ${plural(bucket.events, 'event')}` : ''}`;
    if (height) {
      parts.push(`<rect class="chart-bar" x="${round(x)}" y="${round(y)}" width="${round(barWidth)}" height="${round(height)}" fill="#0b57a4"><title>${escapeHtml(what)}</title></rect>`);
    }
    if (bucket.events) {
      const cx = x + barWidth / 2;
      const top = y - 12;
      parts.push(`<path class="chart-event" d="M${round(cx - 6)} ${round(top)}h12l-6 9z" fill="#c2410c"><title>${escapeHtml(what)}</title></path>`);
    }
  });
  const axisY = TOP + plot + 0.5;
  const first = chart.from ?? '';
  const last = chart.to ?? first;
  return [
    svgOpen(titleId, chart.description),
    `<line class="chart-axis" x1="0" y1="${axisY}" x2="${WIDTH}" y2="${axisY}" stroke="#8a8a85" stroke-width="1"/>`,
    ...parts,
    `<text class="chart-label" x="0" y="${HEIGHT - 6}" font-size="12" fill="#5c5c5c">${escapeHtml(first)}</text>`,
    list.length > 1 ? `<text class="chart-label" x="${WIDTH}" y="${HEIGHT - 6}" font-size="12" fill="#5c5c5c" text-anchor="end">${escapeHtml(last)}</text>` : '',
    `<text class="chart-label" x="${WIDTH}" y="12" font-size="12" fill="#5c5c5c" text-anchor="end">highest: ${max} in a ${UNITS[size]}</text>`,
    // The legend is drawn even when no day has a marker, so every chart has the same parts.
    `<path class="chart-event" d="M0 4h10l-5 8z" fill="#c2410c"><title>Marker: an event (a call, talks, a meeting, a press conference…) that day</title></path><text class="chart-label" x="14" y="12" font-size="12" fill="#5c5c5c">event that day</text>`,
    '</svg>',
  ].join('');
}
