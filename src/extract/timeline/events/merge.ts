// Merges event reports across (and within) articles. Which reports are one happening is decided here:
//
// 1. Only reports of the same kind are compared (blocking by kind; a meeting and talks count as one kind).
// 2. Reports dated to the same day that share a participant are one event; a same-day report naming
//    no one joins that day's event when there is only one (never for statements: unnamed sources are many).
// 3. A coarser date ("earlier this month", "next year", a span) joins the one day-dated event inside it
//    that shares a participant (or, naming no one, the one day-dated event inside it); when several fit
//    ("this month" holds a call on the 7th and one on the 30th) it stays apart. A definite re-mention
//    ("their call this month") first looks for that event in its own article (same date, then the one
//    day-dated event inside the range); an indefinite one
//    ("a virtual call earlier this month") never joins an event its own article dates to a day, since the
//    writer would have named that one the same way. Coarse reports with the same date and a shared
//    participant are one event.
// 4. An undated report joins the one event of its kind that shares a participant and, when the report's
//    article is dated, lies within a few days before that date (an undated report is recent news); when
//    several do, or none, it stays apart (undated reports sharing a participant are one event).
// 5. So distinct days are distinct events: a call on Dec 7 and a call on Dec 30 between the same two
//    people never merge.
// Every lookup goes through an index (by day, by month and participant, by participant), never over all pairs.
import { addMonths, formatMonth, fromDays, parseIsoDay, toDays } from '../../../util/calendar.ts';
import { MERGE_BLOCKS, UNDATED_RECENCY_DAYS } from '../lexicon/events.ts';
import type { DatePrecision, EventKind, EventReport, MergedEvent, ResolvedDate } from '../types.ts';

interface Group {
  members: EventReport[];
  articles: Set<string>;
  participants: Set<string>;
  /** Day number for day-dated groups. */
  day: number | null;
  /** Days covered, for any dated group. */
  range: [number, number] | null;
}

const MAX_SPAN_MONTHS = 36;
/** A lookup that finds more groups than this is ambiguous anyway; stopping there keeps every step bounded. */
const MAX_CANDIDATES = 64;

/** Adds groups to `into` until it holds more than the cap. */
function collect(into: Set<Group>, groups: Iterable<Group> | undefined, keep: (g: Group) => boolean = () => true): void {
  if (!groups) return;
  for (const g of groups) {
    if (into.size > MAX_CANDIDATES) return;
    if (keep(g)) into.add(g);
  }
}

/** The days a resolved date covers, as [first, last] day numbers. */
export function dayRange(r: ResolvedDate): [number, number] | null {
  const from = edgeDay(typeof r === 'string' ? r : r.from, false);
  const to = edgeDay(typeof r === 'string' ? r : r.to, true);
  return from === null || to === null || to < from ? null : [from, to];
}

/** The first (or last) day a YYYY, YYYY-MM or YYYY-MM-DD string covers. */
function edgeDay(s: string, end: boolean): number | null {
  const [y, m, d] = s.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (d !== undefined) return parseIsoDay(s) ? toDays({ y, m: m!, d }) : null;
  if (m !== undefined) {
    const next = addMonths(y, m, 1);
    return end ? toDays({ y: next.y, m: next.m, d: 1 }) - 1 : toDays({ y, m, d: 1 });
  }
  return end ? toDays({ y: y + 1, m: 1, d: 1 }) - 1 : toDays({ y, m: 1, d: 1 });
}

/** Month keys ("2021-12") a day range touches, capped so a decade-long span stays cheap. */
function monthsOf([from, to]: [number, number]): string[] {
  const first = fromDays(from);
  const last = fromDays(to);
  const keys: string[] = [];
  for (let i = 0; i < MAX_SPAN_MONTHS; i++) {
    const { y, m } = addMonths(first.y, first.m, i);
    if (y * 12 + m > last.y * 12 + last.m) break;
    keys.push(formatMonth(y, m));
  }
  return keys;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const monthOfDay = (day: number): string => {
  const { y, m } = fromDays(day);
  return formatMonth(y, m);
};

/** An undated report is recent news: a dated group it joins lies within a few days before the article date. */
function isRecent(g: Group, published: number | null): boolean {
  if (published === null || !g.range) return true;
  return g.range[1] >= published - UNDATED_RECENCY_DAYS && g.range[0] <= published;
}

class BlockMerger {
  readonly groups: Group[] = [];
  private readonly byDayPerson = new Map<string, Group>();
  private readonly byDay = new Map<number, Group[]>();
  private readonly byMonthPerson = new Map<string, Set<Group>>();
  private readonly byMonth = new Map<string, Set<Group>>();
  private readonly byPerson = new Map<string, Set<Group>>();
  private readonly coarseByDatePerson = new Map<string, Group>();
  private readonly coarseByDate = new Map<string, Group[]>();
  /** `${article}|${date}` → the group a coarse report with that date from that article went to. */
  private readonly byArticleDate = new Map<string, Group>();

  private add(map: Map<string, Set<Group>>, key: string, g: Group): void {
    const set = map.get(key);
    if (set) set.add(g);
    else map.set(key, new Set([g]));
  }

  /** Puts a report into a group (a new one when `g` is null) and indexes the group under its participants. */
  join(g: Group | null, report: EventReport, day: number | null, coarseKey: string | null, indexed = true, range: [number, number] | null = null): Group {
    let group = g;
    if (!group) {
      group = { members: [], articles: new Set(), participants: new Set(), day, range: day !== null ? [day, day] : range };
      this.groups.push(group);
      if (day !== null) {
        push(this.byDay, day, group);
        this.add(this.byMonth, monthOfDay(day), group);
      }
      if (coarseKey !== null) push(this.coarseByDate, coarseKey, group);
    }
    group.members.push(report);
    group.articles.add(report.article);
    for (const p of report.event.participants) {
      group.participants.add(p);
      if (!indexed) continue;
      this.add(this.byPerson, p, group);
      if (group.day !== null) {
        this.byDayPerson.set(`${group.day}|${p}`, group);
        this.add(this.byMonthPerson, `${monthOfDay(group.day)}|${p}`, group);
      }
      if (coarseKey !== null) this.coarseByDatePerson.set(`${coarseKey}|${p}`, group);
    }
    return group;
  }

  placeDay(report: EventReport, day: number): void {
    const found = new Set<Group>();
    for (const p of report.event.participants) {
      const g = this.byDayPerson.get(`${day}|${p}`);
      if (g) found.add(g);
    }
    if (!report.event.participants.length) {
      // Unnamed sources are many: a statement naming no one is never assumed to be another's.
      const sameDay = report.event.kind === 'statement' ? [] : (this.byDay.get(day) ?? []);
      this.join(sameDay.length === 1 ? sameDay[0]! : null, report, day, null);
      return;
    }
    this.join(found.size ? [...found][0]! : null, report, day, null);
  }

  placeCoarse(report: EventReport, range: [number, number], key: string): void {
    const { participants, determiner } = report.event;
    const dayGroups = new Set<Group>();
    for (const month of monthsOf(range)) {
      if (participants.length) for (const p of participants) collect(dayGroups, this.byMonthPerson.get(`${month}|${p}`), (g) => g.day! >= range[0] && g.day! <= range[1]);
      else collect(dayGroups, this.byMonth.get(month), (g) => g.day! >= range[0] && g.day! <= range[1]);
    }
    const articleKey = `${report.article}|${key}`;
    if (determiner === 'definite') {
      // A re-mention ("the virtual call earlier this month") is first the event its own article gave that date.
      const sameText = this.byArticleDate.get(articleKey);
      if (sameText) {
        this.join(sameText, report, null, null);
        return;
      }
      // Then the one event its article dated to a day inside the range, whoever the sentence names.
      const own = new Set<Group>();
      for (const month of monthsOf(range)) collect(own, this.byMonth.get(month), (g) => (g.day! >= range[0] && g.day! <= range[1]) && g.articles.has(report.article));
      if (own.size === 1) {
        this.join([...own][0]!, report, null, null);
        return;
      }
    }
    const fits = determiner === 'indefinite' ? [...dayGroups].filter((g) => !g.articles.has(report.article)) : [...dayGroups];
    if (fits.length === 1) {
      this.byArticleDate.set(articleKey, this.join(fits[0]!, report, null, null));
      return;
    }
    const sameDate = new Set<Group>();
    for (const p of participants) {
      const g = this.coarseByDatePerson.get(`${key}|${p}`);
      if (g) sameDate.add(g);
    }
    if (!participants.length) {
      const all = this.coarseByDate.get(key) ?? [];
      if (all.length === 1) sameDate.add(all[0]!);
    }
    this.byArticleDate.set(articleKey, this.join(sameDate.size === 1 ? [...sameDate][0]! : null, report, null, key, true, range));
  }

  placeUndated(report: EventReport): void {
    const published = parseIsoDay(report.articleDate ?? null);
    const day = published ? toDays(published) : null;
    const sharing = new Set<Group>();
    for (const p of report.event.participants) collect(sharing, this.byPerson.get(p), (g) => isRecent(g, day));
    if (sharing.size === 1) {
      this.join([...sharing][0]!, report, null, null);
      return;
    }
    // Ambiguous or unnamed: a group of its own, kept out of the index so it attracts nothing by accident.
    this.join(null, report, null, null, sharing.size === 0 && report.event.participants.length > 0);
  }
}

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, month: 1, span: 2, year: 3 };

function toMerged(group: Group, order: Map<EventReport, number>): MergedEvent {
  group.members.sort((a, b) => order.get(a)! - order.get(b)!);
  const kinds = new Map<EventKind, number>();
  for (const m of group.members) kinds.set(m.event.kind, (kinds.get(m.event.kind) ?? 0) + 1);
  const kind = [...kinds.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const dated = group.members.filter((m) => m.event.date !== null);
  dated.sort((a, b) => PRECISION_RANK[a.event.datePrecision ?? 'year'] - PRECISION_RANK[b.event.datePrecision ?? 'year']);
  const best = dated[0]?.event ?? null;
  const counts = new Map<string, number>();
  for (const m of group.members) for (const p of new Set(m.event.participants)) counts.set(p, (counts.get(p) ?? 0) + 1);
  const participants = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
  const places = new Map<string, number>();
  for (const m of group.members) if (m.event.place) places.set(m.event.place, (places.get(m.event.place) ?? 0) + 1);
  const place = [...places.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const sources = [...new Set(group.members.map((m) => m.outlet ?? `article:${m.article}`))];
  return {
    kind, date: best?.date ?? null, datePrecision: best?.datePrecision ?? null, participants, place,
    // One report of it having happened outweighs any number that only announce it.
    status: group.members.some((m) => m.event.status === 'reported') ? 'reported' : 'planned',
    members: group.members, sources, corroboration: sources.length,
  };
}

export function mergeEvents(items: EventReport[]): MergedEvent[] {
  const blocks = new Map<string, EventReport[]>();
  for (const item of items) push(blocks, MERGE_BLOCKS[item.event.kind], item);
  const merged: Array<{ first: number; event: MergedEvent }> = [];
  const order = new Map(items.map((item, i) => [item, i]));
  for (const reports of blocks.values()) {
    const merger = new BlockMerger();
    const ranged = reports.map((r) => ({ r, range: r.event.date === null ? null : dayRange(r.event.date) }));
    const named = (x: { r: EventReport }): number => (x.r.event.participants.length ? 0 : 1);
    // Day-dated reports first (those naming people before those naming no one), then coarser, then undated.
    for (const { r, range } of ranged.filter((x) => x.range && x.range[0] === x.range[1]).sort((a, b) => named(a) - named(b))) merger.placeDay(r, range![0]);
    for (const { r, range } of ranged.filter((x) => x.range && x.range[0] !== x.range[1])) merger.placeCoarse(r, range!, JSON.stringify(r.event.date));
    for (const { r } of ranged.filter((x) => !x.range)) merger.placeUndated(r);
    for (const g of merger.groups) merged.push({ first: Math.min(...g.members.map((m) => order.get(m)!)), event: toMerged(g, order) });
  }
  return merged.sort((a, b) => a.first - b.first).map((m) => m.event);
}
