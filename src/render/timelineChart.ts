// The activity chart as inline SVG: a bar per day (or week, or month), days with events marked; all text escaped.

import { formatDays, toDays } from '../util/calendar';
import { escapeHtml } from './escape';
import { plural } from './views/shared';
import type { ActivityDay, ChartView } from './views/timeline';

const WIDTH = 640;
const HEIGHT = 150;
const TOP = 36; // room for the labels and the event markers above the tallest bar
const BOTTOM = 22; // room for the date labels

interface Bucket {
  /** First day of the bucket (days since 1970-01-01). */
  start: number;
  count: number;
  events: number;
}

/** The digit at `at`, or NaN. */
function digit(date: string, at: number): number {
  const d = date.charCodeAt(at) - 48;
  return d >= 0 && d <= 9 ? d : NaN;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date, null for anything else. */
function dayNumber(date: string): number | null {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return null;
  // read from the character codes: slicing and Number() per day cost more than the arithmetic
  const y = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  const m = digit(date, 5) * 10 + digit(date, 6);
  const d = digit(date, 8) * 10 + digit(date, 9);
  if (!(y >= 0) || !(m >= 1 && m <= 12) || !(d >= 1 && d <= 31)) return null;
  return toDays({ y, m, d });
}

/**
 * Daily bars up to three months, weekly up to two years, monthly beyond; empty buckets stay as gaps. Only buckets
 * with activity are kept (their position is their start), so the work follows the days with activity, not the span.
 */
function buckets(days: ActivityDay[]): { size: number; slots: number; first: number; list: Bucket[] } {
  let firstAt = 0;
  let first: number | null = null;
  while (firstAt < days.length && (first = dayNumber(days[firstAt]!.date)) === null) firstAt++;
  let last: number | null = null;
  for (let at = days.length - 1; at >= firstAt && last === null; at--) last = dayNumber(days[at]!.date);
  if (first === null || last === null) return { size: 1, slots: 0, first: 0, list: [] };
  const span = last - first + 1;
  const size = span <= 92 ? 1 : span <= 730 ? 7 : 30;
  const list: Bucket[] = [];
  let bucket: Bucket | null = null;
  for (let at = firstAt; at < days.length; at++) {
    const day = days[at]!;
    const n = dayNumber(day.date);
    if (n === null) continue;
    const start = first + Math.floor((n - first) / size) * size;
    if (!bucket || bucket.start !== start) list.push((bucket = { start, count: 0, events: 0 }));
    bucket.count += day.count;
    bucket.events += day.events;
  }
  return { size, slots: Math.ceil(span / size), first, list };
}

function bucketLabel(size: number, start: number): string {
  const day = formatDays(start);
  return size === 1 ? day : `${size === 7 ? 'week of' : 'month from'} ${day}`;
}

const UNITS: Record<number, string> = { 1: 'day', 7: 'week', 30: 'month' };

/** One decimal, as `String(Math.round(n * 10) / 10)` gives it, from integers (no double-to-string conversion). */
function round(n: number): string {
  const tenths = Math.round(n * 10);
  if (tenths % 10 === 0) return String(tenths / 10);
  const abs = Math.abs(tenths);
  return `${tenths < 0 ? '-' : ''}${Math.floor(abs / 10)}.${abs % 10}`;
}

function svgOpen(titleId: string, description: string): string {
  return (
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${escapeHtml(titleId)}">` +
    `<title id="${escapeHtml(titleId)}">${escapeHtml(description)}</title>`
  );
}

/** The chart (a short note in place of bars when nothing is dated). `titleId` must be unique on the page. */
export function timelineChartSvg(chart: ChartView, titleId = 'activity-chart-title'): string {
  const { size, slots, first: firstDay, list } = buckets(chart.days);
  if (!list.length) {
    return `${svgOpen(titleId, chart.description)}<text class="chart-label" x="0" y="${HEIGHT / 2}" font-size="14" fill="#5c5c5c">No dated activity yet.</text></svg>`;
  }
  let max = 1;
  for (const bucket of list) if (bucket.count > max) max = bucket.count;
  const slot = WIDTH / slots;
  const barWidth = Math.max(1, Math.min(slot * 0.8, 48));
  const width = round(barWidth);
  const plot = HEIGHT - TOP - BOTTOM;
  let bars = '';
  for (const bucket of list) {
    const i = (bucket.start - firstDay) / size;
    const x = i * slot + (slot - barWidth) / 2;
    const height = bucket.count ? Math.max(2, (bucket.count / max) * plot) : 0;
    const y = TOP + plot - height;
    // dates, numbers and fixed words only: nothing to escape (and escaping would copy every title into a flat string)
    const what = `${bucketLabel(size, bucket.start)}: ${bucket.count}${bucket.events ? `, ${plural(bucket.events, 'event')}` : ''}`;
    if (height) {
      bars += `<rect class="chart-bar" x="${round(x)}" y="${round(y)}" width="${width}" height="${round(height)}" fill="#0b57a4"><title>${what}</title></rect>`;
    }
    if (bucket.events) {
      const cx = x + barWidth / 2;
      const top = y - 12;
      bars += `<path class="chart-event" d="M${round(cx - 6)} ${round(top)}h12l-6 9z" fill="#c2410c"><title>${what}</title></path>`;
    }
  }
  const axisY = TOP + plot + 0.5;
  const first = chart.from ?? '';
  const last = chart.to ?? first;
  // concatenated, not joined: the page is flattened once, when it is encoded, not the chart first
  return (
    svgOpen(titleId, chart.description) +
    `<line class="chart-axis" x1="0" y1="${axisY}" x2="${WIDTH}" y2="${axisY}" stroke="#8a8a85" stroke-width="1"/>` +
    bars +
    `<text class="chart-label" x="0" y="${HEIGHT - 6}" font-size="12" fill="#5c5c5c">${escapeHtml(first)}</text>` +
    (slots > 1 ? `<text class="chart-label" x="${WIDTH}" y="${HEIGHT - 6}" font-size="12" fill="#5c5c5c" text-anchor="end">${escapeHtml(last)}</text>` : '') +
    `<text class="chart-label" x="${WIDTH}" y="12" font-size="12" fill="#5c5c5c" text-anchor="end">highest: ${max} in a ${UNITS[size]}</text>` +
    // The legend is drawn even when no day has a marker, so every chart has the same parts.
    `<path class="chart-event" d="M0 4h10l-5 8z" fill="#c2410c"><title>Marker: an event (a call, talks, a meeting, a press conference…) that day</title></path><text class="chart-label" x="14" y="12" font-size="12" fill="#5c5c5c">event that day</text>` +
    '</svg>'
  );
}
