// Resolves one raw date phrase against the article date, the clause tense and the last resolved mention.
import {
  addMonths, daysInMonth, formatDay, formatDays, formatMonth, formatYear, fromDays, isValidDay, isoWeekday,
  monthIndex, toDays, type Ymd,
} from '../../../util/calendar.ts';
import { SEASONS, VAGUE_AGO } from '../lexicon/calendar.ts';
import type { Tense } from '../tense.ts';
import type { DateAnchor, DatePrecision, ResolvedDate } from '../types.ts';
import type { RawDate, Shift } from './raw.ts';

export interface Resolution {
  resolved: ResolvedDate | null;
  precision: DatePrecision;
  anchor: DateAnchor;
}

/** What an anaphoric phrase ("the same year") can lean on: the last resolved point in the text. */
export interface Antecedent {
  ymd: Ymd;
  precision: 'day' | 'month' | 'year';
}

export interface ResolveContext {
  article: Ymd | null;
  tense: Tense;
  antecedent: Antecedent | null;
}

const span = (from: string, to: string): ResolvedDate => ({ from, to });
const monthOf = (index: number): { y: number; m: number } => ({ y: Math.floor(index / 12), m: (index % 12) + 1 });
const formatIndex = (index: number): string => formatMonth(monthOf(index).y, monthOf(index).m);

/**
 * Picks among candidate points (ordered, in any comparable unit) the one the text means:
 * `next`/`last` step strictly after/before the article, `past`/`future` tense stays on that side
 * (the article's own point counts for both), otherwise the nearest wins and a tie goes to the past.
 */
function choose(candidates: number[], now: number, shift: Shift, tense: Tense): number {
  const before = candidates.filter((c) => (shift === 'last' ? c < now : c <= now));
  const after = candidates.filter((c) => (shift === 'next' ? c > now : c >= now));
  const latestBefore = before.length ? Math.max(...before) : null;
  const earliestAfter = after.length ? Math.min(...after) : null;
  if (shift === 'last' || (shift === null && tense === 'past')) return latestBefore ?? earliestAfter!;
  if (shift === 'next' || (shift === null && tense === 'future')) return earliestAfter ?? latestBefore!;
  if (latestBefore === null) return earliestAfter!;
  if (earliestAfter === null) return latestBefore;
  return now - latestBefore <= earliestAfter - now ? latestBefore : earliestAfter;
}

function weekSpan(days: number): ResolvedDate {
  const monday = days - (isoWeekday(days) - 1);
  return span(formatDays(monday), formatDays(monday + 6));
}

function resolveCalendar(raw: Extract<RawDate, { kind: 'calendar' }>, ctx: ResolveContext): Resolution {
  const relative = raw.y === null;
  const anchor: DateAnchor = relative ? 'relative' : 'absolute';
  if (raw.d === null) {
    if (relative && !ctx.article) return { resolved: null, precision: 'month', anchor };
    let y = raw.y;
    if (y === null) {
      const a = ctx.article!;
      if (raw.shift === 'this') y = a.y;
      else {
        const now = monthIndex(a.y, a.m);
        const picked = choose([a.y - 1, a.y, a.y + 1].map((yy) => monthIndex(yy, raw.m)), now, raw.shift, ctx.tense);
        y = monthOf(picked).y;
      }
    }
    return { resolved: formatMonth(y, raw.m), precision: 'month', anchor };
  }
  if (relative && !ctx.article) return { resolved: null, precision: raw.dTo ? 'span' : 'day', anchor };
  let y = raw.y;
  if (y === null) {
    const a = ctx.article!;
    const options = [a.y - 1, a.y, a.y + 1].filter((yy) => isValidDay(yy, raw.m, raw.d!));
    if (!options.length) return { resolved: null, precision: 'day', anchor };
    const picked = choose(options.map((yy) => toDays({ y: yy, m: raw.m, d: raw.d! })), toDays(a), raw.shift, ctx.tense);
    y = fromDays(picked).y;
  }
  if (!isValidDay(y, raw.m, raw.d)) return { resolved: null, precision: 'day', anchor };
  const from = formatDay({ y, m: raw.m, d: raw.d });
  if (raw.dTo !== null && raw.dTo > raw.d && isValidDay(y, raw.m, raw.dTo)) {
    return { resolved: span(from, formatDay({ y, m: raw.m, d: raw.dTo })), precision: 'span', anchor };
  }
  return { resolved: from, precision: 'day', anchor };
}

function resolveWeekday(weekday: number, shift: Shift, ctx: ResolveContext): ResolvedDate | null {
  if (!ctx.article) return null;
  const today = toDays(ctx.article);
  const back = (isoWeekday(today) - weekday + 7) % 7;
  const ahead = (weekday - isoWeekday(today) + 7) % 7;
  if (shift === 'last') return formatDays(today - (back || 7));
  if (shift === 'next') return formatDays(today + (ahead || 7));
  if (ctx.tense === 'future') return formatDays(today + (shift === 'this' ? ahead : ahead || 7));
  return formatDays(today - back);
}

function resolveDeictic(raw: Extract<RawDate, { kind: 'deictic' }>, ctx: ResolveContext): ResolvedDate | null {
  const a = ctx.article;
  if (!a) return null;
  const today = toDays(a);
  const shift = raw.shift ?? (ctx.tense === 'future' ? 1 : ctx.tense === 'past' ? -1 : 0);
  switch (raw.unit) {
    case 'day':
      return formatDays(today + shift);
    case 'week': {
      const week = weekSpan(today + 7 * shift) as { from: string; to: string };
      // "earlier this week" stops at the article date, "later this week" starts after it.
      if (raw.side === 'earlier' && shift === 0) return span(week.from, formatDays(today));
      if (raw.side === 'later' && shift === 0) return span(formatDays(today + 1), week.to);
      return week;
    }
    case 'weekend': {
      const saturday = today - (isoWeekday(today) - 1) + 5;
      // "the weekend" without this/last/next: the last one in a past clause, else the coming one.
      const base = raw.shift === null ? (ctx.tense === 'past' && isoWeekday(today) < 6 ? saturday - 7 : saturday) : saturday + 7 * shift;
      return span(formatDays(base), formatDays(base + 1));
    }
    case 'month': {
      const { y, m } = addMonths(a.y, a.m, shift);
      return formatMonth(y, m);
    }
    case 'year':
      return formatYear(a.y + shift);
  }
}

const DEICTIC_PRECISION: Record<string, DatePrecision> = { day: 'day', week: 'span', weekend: 'span', month: 'month', year: 'year' };

function resolveRolling(raw: Extract<RawDate, { kind: 'rolling' | 'ago' }>, a: Ymd): ResolvedDate {
  const today = toDays(a);
  const now = monthIndex(a.y, a.m);
  if (raw.kind === 'ago') {
    if (raw.vague) {
      const unitDays = { day: 1, week: 7, month: 30, year: 365 }[raw.unit];
      return span(formatDays(today - VAGUE_AGO[1] * unitDays), formatDays(today - VAGUE_AGO[0] * unitDays));
    }
    if (raw.unit === 'day') return formatDays(today - raw.count);
    if (raw.unit === 'week') return weekSpan(today - 7 * raw.count);
    if (raw.unit === 'month') return formatIndex(now - raw.count);
    return formatYear(a.y - raw.count);
  }
  const n = raw.count * raw.direction;
  const pair = (x: string, y: string): ResolvedDate => (raw.direction < 0 ? span(x, y) : span(y, x));
  if (raw.unit === 'day') return pair(formatDays(today + n), formatDays(today));
  if (raw.unit === 'week') return pair(formatDays(today + 7 * n), formatDays(today));
  if (raw.unit === 'month') return pair(formatIndex(now + n), formatIndex(now));
  return pair(formatYear(a.y + n), formatYear(a.y));
}

function resolveAnaphoric(raw: Extract<RawDate, { kind: 'anaphoric' }>, ctx: ResolveContext): Resolution {
  const fallback: Antecedent | null = ctx.article ? { ymd: ctx.article, precision: 'day' } : null;
  const rank = { day: 0, week: 0, month: 1, year: 2 } as const;
  const base = ctx.antecedent && rank[ctx.antecedent.precision] <= rank[raw.unit] ? ctx.antecedent : fallback;
  const precision: DatePrecision = raw.unit === 'week' ? 'span' : raw.unit;
  if (!base) return { resolved: null, precision, anchor: 'anaphoric' };
  const { ymd } = base;
  let resolved: ResolvedDate;
  if (raw.unit === 'day') resolved = formatDays(toDays(ymd) + raw.offset);
  else if (raw.unit === 'week') resolved = weekSpan(toDays(ymd) + 7 * raw.offset);
  else if (raw.unit === 'month') resolved = formatIndex(monthIndex(ymd.y, ymd.m) + raw.offset);
  else resolved = formatYear(ymd.y + raw.offset);
  return { resolved, precision, anchor: 'anaphoric' };
}

function resolveSeason(raw: Extract<RawDate, { kind: 'season' }>, ctx: ResolveContext): ResolvedDate | null {
  const [first, length] = SEASONS[raw.season]!;
  const occurrence = (y: number): ResolvedDate => {
    const start = monthIndex(y, first);
    return span(formatIndex(start), formatIndex(start + length - 1));
  };
  // "winter 2022" is the winter that ends in 2022.
  if (raw.y !== null) return occurrence(first === 12 ? raw.y - 1 : raw.y);
  const a = ctx.article;
  if (!a) return null;
  const now = monthIndex(a.y, a.m);
  const years = [a.y - 2, a.y - 1, a.y, a.y + 1];
  const current = years.find((y) => now >= monthIndex(y, first) && now < monthIndex(y, first) + length);
  if (current !== undefined && (raw.shift === 'this' || raw.shift === null)) return occurrence(current);
  const ended = years.filter((y) => monthIndex(y, first) + length - 1 < now);
  const upcoming = years.filter((y) => monthIndex(y, first) > now);
  const last = Math.max(...ended);
  const next = Math.min(...upcoming);
  if (raw.shift === 'last' || (raw.shift !== 'next' && ctx.tense === 'past')) return occurrence(last);
  if (raw.shift === 'next' || ctx.tense === 'future') return occurrence(next);
  return occurrence(now - (monthIndex(last, first) + length - 1) <= monthIndex(next, first) - now ? last : next);
}

export function resolveRaw(raw: RawDate, ctx: ResolveContext): Resolution {
  const a = ctx.article;
  switch (raw.kind) {
    case 'iso':
      return {
        resolved: isValidDay(raw.y, raw.m, raw.d) ? formatDay(raw) : null, precision: 'day', anchor: 'absolute',
      };
    case 'calendar':
      return resolveCalendar(raw, ctx);
    case 'weekday':
      return { resolved: resolveWeekday(raw.weekday, raw.shift, ctx), precision: 'day', anchor: 'relative' };
    case 'year':
      return { resolved: formatYear(raw.y), precision: 'year', anchor: 'absolute' };
    case 'decade':
      return { resolved: span(formatYear(raw.y), formatYear(raw.y + 9)), precision: 'span', anchor: 'absolute' };
    case 'deictic':
      return { resolved: resolveDeictic(raw, ctx), precision: DEICTIC_PRECISION[raw.unit]!, anchor: 'relative' };
    case 'rolling':
      return { resolved: a ? resolveRolling(raw, a) : null, precision: 'span', anchor: 'relative' };
    case 'ago': {
      const precision: DatePrecision = raw.vague || raw.unit === 'week' ? 'span' : raw.unit;
      return { resolved: a ? resolveRolling(raw, a) : null, precision, anchor: 'relative' };
    }
    case 'anaphoric':
      return resolveAnaphoric(raw, ctx);
    case 'season':
      return { resolved: resolveSeason(raw, ctx), precision: 'span', anchor: raw.y === null ? 'relative' : 'absolute' };
  }
}

/** The point a resolved mention stands for, for later anaphora; spans and vague phrases give none. */
export function antecedentOf(resolution: Resolution): Antecedent | null {
  const r = resolution.resolved;
  if (typeof r !== 'string') return null;
  const [y, m, d] = r.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (d !== undefined) return { ymd: { y, m: m!, d }, precision: 'day' };
  if (m !== undefined) return { ymd: { y, m, d: Math.min(15, daysInMonth(y, m)) }, precision: 'month' };
  return { ymd: { y, m: 7, d: 1 }, precision: 'year' };
}
