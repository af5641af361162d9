// Finds date phrases in text and reads them into raw shapes; no resolution happens here.
import {
  AMBIGUOUS_MONTHS, MONTHS, NAMED_DAY_PREFIXES, SMALL_NUMBERS, TIME_PREPOSITIONS, TIME_UNITS, VAGUE_REACH, WEEKDAYS,
  YEAR_PREPOSITIONS,
} from '../lexicon/calendar.ts';
import type { DateModifier } from '../types.ts';
import { AFTER, ANCHOR, ANCHOR_KINDS, BEFORE, FULL_MONTHS, PREFIX_REACH, type AnchorKind } from './patterns.ts';
import type { RawDate, RawMention, Shift } from './raw.ts';

const lower = (s: string | undefined): string => (s ?? '').toLowerCase();
function modifierOf(word: string | undefined, phrase: string | undefined): DateModifier | null {
  const w = lower(word) || lower(phrase).replace(/^the\s+/, '').split(/\s+/)[0]!;
  if (w === 'early' || w === 'beginning' || w === 'start') return 'early';
  if (w === 'mid' || w === 'middle') return 'mid';
  if (w === 'late' || w === 'end') return 'late';
  return null;
}
const shiftOf = (word: string | undefined): Shift => (word ? (lower(word) as Shift) : null);
function countOf(word: string | undefined): { count: number; vague: boolean } | null {
  if (word === undefined) return null;
  const w = lower(word).replace(/\s+/g, ' ');
  if (/^\d+$/.test(w)) return { count: Number(w), vague: false };
  if (w in SMALL_NUMBERS) return { count: SMALL_NUMBERS[w]!, vague: false };
  return { count: w.includes('couple') ? 2 : 0, vague: true };
}
const baseUnit = (word: string): 'day' | 'week' | 'month' | 'year' | 'decade' => TIME_UNITS[lower(word)]!;

/** The word before `index`, and whether `index` opens a sentence. */
function previousWord(text: string, index: number): { word: string; sentenceStart: boolean } {
  let i = index - 1;
  while (i >= 0 && i > index - 40 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i < 0 || /[\n.!?“"(]/.test(text[i]!)) return { word: '', sentenceStart: true };
  let j = i;
  while (j >= 0 && i - j < 30 && /[\p{L}'’-]/u.test(text[j]!)) j--;
  return { word: text.slice(j + 1, i + 1), sentenceStart: false };
}
const nextWord = (text: string, index: number): string => /^\s+([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u.exec(text.slice(index, index + 40))?.[1] ?? '';
const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);

/** `m` reads on from the anchor, `p` back from it (an empty match when nothing), `start` is where the phrase begins. */
type Builder = (m: RegExpExecArray, text: string, p: RegExpExecArray, start: number) => RawDate | null;
interface Rule {
  after: RegExp;
  before: RegExp | null;
  /** The words before are part of the pattern, not optional. */
  required: boolean;
  build: Builder;
}
const NO_PREFIX = Object.assign([''], { index: 0, input: '' }) as unknown as RegExpExecArray;
const rule = (after: RegExp, before: RegExp | null, required: boolean, build: Builder): Rule => ({ after, before, required, build });

const UNIT_RULES: Rule[] = [
  rule(AFTER.ago, BEFORE.count, true, (m, _t, p) => {
    const n = countOf(p[1])!;
    const unit = baseUnit(m[1]!);
    return unit === 'decade'
      ? { kind: 'ago', unit: 'year', count: n.count * 10, vague: n.vague }
      : { kind: 'ago', unit, count: n.count, vague: n.vague };
  }),
  rule(AFTER.unit, BEFORE.rolling, true, (m, _t, p) => {
    const word = lower(p[1]);
    const unit = baseUnit(m[1]!);
    const n = countOf(p[2]);
    const plural = lower(m[1]).endsWith('s');
    const years = unit === 'decade' ? 10 : 1;
    const base = unit === 'decade' ? 'year' : unit;
    if (!n && !plural && (word === 'previous' || word === 'following' || word === 'next')) {
      return { kind: 'anaphoric', unit: base, offset: (word === 'previous' ? -1 : 1) * years };
    }
    const direction = word === 'coming' || word === 'next' || word === 'following' ? 1 : -1;
    const vague = n ? n.vague : plural;
    const count = (n?.count || (vague ? VAGUE_REACH[base] : 1)) * years;
    return { kind: 'rolling', unit: base, count, direction, vague };
  }),
  rule(AFTER.deictic, BEFORE.deictic, true, (m, _t, p) => {
    const [, side, modPhrase, det] = p;
    // "the year" is this year only inside "the end of the year".
    if (lower(det) === 'the' && !modPhrase) return null;
    const relative = lower(side) === 'earlier' || lower(side) === 'later';
    return {
      kind: 'deictic', unit: lower(m[1]) as 'week' | 'weekend' | 'month' | 'year',
      shift: ({ this: 0, the: 0, last: -1, next: 1 } as const)[lower(det) as 'this' | 'the' | 'last' | 'next'],
      modifier: relative ? null : modifierOf(side, modPhrase), side: relative ? (lower(side) as 'earlier' | 'later') : null,
    };
  }),
  rule(AFTER.singular, BEFORE.same, true, (m) => ({ kind: 'anaphoric', unit: lower(m[1]) as 'day' | 'week' | 'month' | 'year', offset: 0 })),
  rule(AFTER.dayBefore, BEFORE.the, true, (m) => ({ kind: 'anaphoric', unit: 'day', offset: lower(m[1]) === 'before' ? -1 : 1 })),
  rule(AFTER.unitLater, BEFORE.aOrOne, true, (m) => ({
    kind: 'anaphoric', unit: lower(m[1]) as 'day' | 'week' | 'month' | 'year',
    offset: lower(m[2]) === 'earlier' || lower(m[2]) === 'before' ? -1 : 1,
  })),
  rule(AFTER.plural, BEFORE.recent, true, (m) => {
    const unit = baseUnit(m[1]!);
    const base = unit === 'decade' ? 'year' : unit;
    return { kind: 'rolling', unit: base, count: VAGUE_REACH[base], direction: -1, vague: true };
  }),
  rule(AFTER.weekend, BEFORE.the, true, () => ({ kind: 'deictic', unit: 'weekend', shift: null, modifier: null, side: null })),
];

const WEEKDAY_RULES: Rule[] = [
  rule(AFTER.weekday, BEFORE.weekday, false, (m, text, p, start) => {
    const before = previousWord(text, start);
    if (!p[1] && isCapitalised(before.word) && NAMED_DAY_PREFIXES.has(lower(before.word))) return null;
    return { kind: 'weekday', weekday: WEEKDAYS[lower(m[1])]!, shift: shiftOf(p[1]) };
  }),
];

const MONTH_RULES: Rule[] = [
  rule(AFTER.calendar, BEFORE.calendar, false, (m, text, p, start) => {
    const [, name, day, dayTo, year] = m;
    const [, mod, modPhrase, shift] = p;
    const key = lower(name).replace('.', '');
    const bare = day === undefined && year === undefined;
    if (bare && !mod && !modPhrase && !shift) {
      // A lone month name must look like a time: "in May", not "may" or "April Ryan".
      if (name!.endsWith('.') || !FULL_MONTHS.has(key)) return null;
      if (isCapitalised(nextWord(text, m.index + m[0].length))) return null;
      if (AMBIGUOUS_MONTHS.has(key) && !TIME_PREPOSITIONS.has(lower(previousWord(text, start).word))) return null;
    }
    return {
      kind: 'calendar', m: MONTHS[key]!, d: day ? Number(day) : null, dTo: dayTo ? Number(dayTo) : null,
      y: year ? Number(year) : null, shift: shiftOf(shift), modifier: modifierOf(mod, modPhrase),
    };
  }),
];

const SEASON_RULES: Rule[] = [
  rule(AFTER.season, BEFORE.season, false, (m, text, p, start) => {
    const [, name, year] = m;
    const [, mod, det] = p;
    const end = m.index + m[0].length;
    const before = previousWord(text, start);
    // "Arab Spring": a capitalised season inside a sentence is a name.
    if (!year && isCapitalised(name!) && !(start === m.index && before.sentenceStart)) return null;
    // "the fall of Kabul": a season followed by "of" something other than a year is not a time.
    if (!year && /^\s+of\b/.test(text.slice(end, end + 4))) return null;
    const detWord = lower(det);
    const chosen = !!detWord && detWord !== 'the';
    const timeLike = year || mod || chosen || TIME_PREPOSITIONS.has(lower(before.word));
    if (!timeLike) return null;
    if (lower(name) === 'fall' && !year && !chosen && !TIME_PREPOSITIONS.has(lower(before.word))) return null;
    return {
      kind: 'season', season: lower(name) === 'fall' ? 'autumn' : lower(name),
      shift: detWord === 'this' || detWord === 'last' || detWord === 'next' ? detWord : null,
      y: year ? Number(year) : null, modifier: modifierOf(mod, undefined),
    };
  }),
];

function dayWord(word: string, part: string, text: string, start: number, anchor: string): RawDate | null {
  // "Russia Today", "USA Today": a capitalised day word inside a sentence is a name.
  if (isCapitalised(anchor) && !previousWord(text, start).sentenceStart) return null;
  const shift = word === 'yesterday' || (word === 'last' && part === 'night') ? -1 : word === 'tomorrow' ? 1 : 0;
  return { kind: 'deictic', unit: 'day', shift, modifier: null, side: null };
}
const DAYWORD_RULES: Rule[] = [
  rule(AFTER.dayWord, null, false, (m, text, _p, start) => dayWord(lower(m[1]), lower(m[2]), text, start, m[0])),
  rule(AFTER.partOfDay, BEFORE.thisOrLast, true, (m, text, p, start) => dayWord(lower(p[1]), lower(m[1]), text, start, p[0])),
];

const DIGIT_RULES: Rule[] = [
  rule(AFTER.iso, null, false, (m) => ({ kind: 'iso', y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) })),
  rule(AFTER.dayFirst, null, false, (m) => ({
    kind: 'calendar', m: MONTHS[lower(m[2]).replace('.', '')]!, d: Number(m[1]), dTo: null, y: m[3] ? Number(m[3]) : null, shift: null, modifier: null,
  })),
  rule(AFTER.year, BEFORE.year, false, (m, text, p, start) => {
    const y = Number(m[1]);
    // "$2021", "1,2021", "3.2021": part of another number.
    if (!p[0] && /[\d$€£¥.,/]/.test(text[m.index - 1] ?? '')) return null;
    const before = previousWord(text, start);
    // "Resolution 2231", "Boeing 1900": a number right after a name is part of the name.
    const possessive = /['’]s$/.test(before.word);
    if (!p[0] && !possessive && isCapitalised(before.word) && !before.sentenceStart && !YEAR_PREPOSITIONS.has(lower(before.word)) && !(lower(before.word) in MONTHS)) return null;
    const after = nextWord(text, m.index + m[0].length);
    if (/^(?:percent|per|million|billion|thousand|people|km|miles)$/i.test(after)) return null;
    if (y % 100 === 0 && /^[a-z]+s$/.test(after)) return null;
    return { kind: 'year', y, modifier: modifierOf(p[1], p[2]) };
  }),
  rule(AFTER.decade, BEFORE.decade, false, (m, _t, p) => ({ kind: 'decade', y: Number(m[1]), modifier: modifierOf(p[2], undefined) })),
];

const RULES: Record<AnchorKind, Rule[]> = {
  unit: UNIT_RULES, weekday: WEEKDAY_RULES, month: MONTH_RULES, season: SEASON_RULES, dayword: DAYWORD_RULES, digit: DIGIT_RULES,
};

/** The words before an anchor at `index`, as a match whose length is how far the phrase reaches back. */
function readBefore(text: string, index: number, before: RegExp): RegExpExecArray | null {
  const from = Math.max(0, index - PREFIX_REACH);
  const m = before.exec(text.slice(from, index));
  if (!m || !m[0]) return null;
  // The slice may begin inside a word ("amid" cut to "mid"): the words must start a word in the full text.
  const at = from + m.index;
  return at > 0 && /\p{L}/u.test(text[at - 1]!) ? null : m;
}

/** All date phrases in text, in order, overlaps settled in favour of the earliest, then longest, phrase. */
export function scanDates(text: string): RawMention[] {
  const found: RawMention[] = [];
  ANCHOR.lastIndex = 0;
  for (let a = ANCHOR.exec(text); a; a = ANCHOR.exec(text)) {
    const kind = ANCHOR_KINDS[a.findIndex((g, i) => i > 0 && g !== undefined) - 1]!;
    // Month names are capitalised; "may" and "march" in lower case are words.
    if (kind === 'month' && !isCapitalised(a[0])) continue;
    for (const r of RULES[kind]) {
      r.after.lastIndex = a.index;
      const m = r.after.exec(text);
      if (!m) continue;
      const p = r.before ? readBefore(text, a.index, r.before) : null;
      if (r.required && !p) continue;
      const start = a.index - (p ? p[0].length : 0);
      const raw = r.build(m, text, p ?? NO_PREFIX, start);
      if (raw) found.push({ start, end: a.index + m[0].length, raw });
    }
  }
  found.sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: RawMention[] = [];
  for (const mention of found) {
    const last = kept[kept.length - 1];
    if (last && mention.start < last.end) continue;
    kept.push(mention);
  }
  return kept;
}
