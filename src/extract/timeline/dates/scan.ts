// Finds date phrases in text and reads them into raw shapes; no resolution happens here.
import {
  AMBIGUOUS_MONTHS, MONTHS, NAMED_DAY_PREFIXES, SEASONS, SMALL_NUMBERS, TIME_PREPOSITIONS, TIME_UNITS, VAGUE_REACH,
  WEEKDAYS, YEAR_PREPOSITIONS,
} from '../lexicon/calendar.ts';
import { alternation } from '../regex.ts';
import type { DateModifier } from '../types.ts';
import type { RawDate, RawMention, Shift } from './raw.ts';

// Every pattern is a chain of fixed words and optional groups with no nested repetition,
// so matching stays linear however long the sentence.
const byLength = (words: Iterable<string>): string[] => [...words].sort((a, b) => b.length - a.length);
const capitalised = (w: string): string => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;
const anyCase = (words: string[]): string => byLength(words).map(capitalised).join('|');

const title = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
const monthNames = byLength(Object.keys(MONTHS));
const FULL_MONTHS = new Set(monthNames.filter((m) => m.length > 4 || m === 'may' || m === 'june' || m === 'july'));
// Full names take no dot; abbreviations may ("Dec. 7"), so a sentence-final "January." keeps its full stop out.
const MONTH = `(${alternation(monthNames.filter((m) => FULL_MONTHS.has(m)).map(title))}\\b|` +
  `${alternation(monthNames.filter((m) => !FULL_MONTHS.has(m)).map(title))}\\b\\.?)`;
const YEAR4 = '((?:1[89]|20)\\d\\d)\\b(?![.,]?\\d)';
const COUNT = `(\\d{1,3}|${alternation([...Object.keys(SMALL_NUMBERS), 'a few', 'few', 'several', 'a couple of', 'couple of', 'many'])})`;
const UNIT = '(days?|weeks?|months?|years?|decades?)';

// Each pattern starts at its one required word (a month, a year, "ago") so the engine can skip ahead fast;
// optional words before it ("early", "next", "the end of") are read back from a short slice (see PREFIXES).
const CALENDAR = new RegExp(
  `\\b${MONTH}(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:\\s*[-–]\\s*(\\d{1,2})\\b)?(?![.,]?\\d|:))?(?:,?\\s+${YEAR4})?`,
  'g',
);
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR4})?`, 'g');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const WEEKDAY = new RegExp(`\\b(${alternation(Object.keys(WEEKDAYS).flatMap((d) => [d, title(d)]))})\\b`, 'g');
const YEAR = new RegExp(`\\b${YEAR4}(?!%)`, 'g');
const DECADE = /\b((?:1[89]|20)\d0)s\b/g;
const DEICTIC = /\b(this|last|next|the)\s+(week|weekend|month|year)\b/gi;
const THE_WEEKEND = /\bthe\s+weekend\b/gi;
const ROLLING = new RegExp(`\\b(past|last|previous|coming|next|following)\\s+(?:${COUNT}\\s+)?${UNIT}\\b`, 'gi');
const RECENT = /\brecent\s+(days|weeks|months|years)\b/gi;
const AGO = new RegExp(`\\b${UNIT}\\s+ago\\b`, 'gi');
const DAY_WORD = /\b(?:(yesterday|today|tonight|tomorrow)(?:\s+(morning|afternoon|evening|night))?|(this|last)\s+(morning|afternoon|evening|night))\b/gi;
const SAME = /\b(?:the\s+same|that)\s+(day|week|month|year)\b/gi;
const DAY_BEFORE = /\bthe\s+day\s+(before|after)\b/gi;
const A_UNIT_LATER = /\b(day|week|month|year)\s+(earlier|later|before|after)\b/gi;
const SEASON = new RegExp(`\\b(${Object.keys(SEASONS).join('|')})\\b(?:\\s+(?:of\\s+)?${YEAR4})?`, 'gi');

/** Optional words before a pattern's anchor, read from the end of a short slice; groups are named per use. */
const MODIFIER_BEFORE = '(?:\\b(early|mid|late)[\\s-]+|\\b((?:the\\s+)?(?:beginning|start|middle|end)\\s+of\\s+))';
const PREFIXES = {
  calendar: new RegExp(`${MODIFIER_BEFORE}?(?:\\b(next|last|this)\\s+)?$`, 'i'),
  year: new RegExp(`${MODIFIER_BEFORE}$`, 'i'),
  decade: /(?:\b(the)\s+)?(?:\b(early|mid|late)[\s-]+)?$/i,
  deictic: /(?:\b(early|mid|late|earlier|later)[\s-]+|\b((?:the\s+)?(?:beginning|start|middle|end)\s+of\s+))$/i,
  weekday: /\b(next|last|this|coming)\s+$/i,
  rolling: /\bthe\s+$/i,
  ago: new RegExp(`\\b${COUNT}\\s+$`, 'i'),
  unitLater: /\b(?:a|one)\s+$/i,
  season: /(?:\b(early|mid|late)[\s-]+)?(?:\b(this|last|next|the|that)\s+)?$/i,
} as const;
const PREFIX_REACH = 48;

const lower = (s: string | undefined): string => (s ?? '').toLowerCase();
const modifierOf = (word: string | undefined, phrase: string | undefined): DateModifier | null => {
  const w = lower(word) || lower(phrase).replace(/^the\s+/, '').split(/\s+/)[0]!;
  if (w === 'early' || w === 'beginning' || w === 'start') return 'early';
  if (w === 'mid' || w === 'middle') return 'mid';
  if (w === 'late' || w === 'end') return 'late';
  return null;
};
const shiftOf = (word: string | undefined): Shift => (word ? (lower(word) as Shift) : null);
const countOf = (word: string | undefined): { count: number; vague: boolean } | null => {
  if (word === undefined) return null;
  const w = lower(word).replace(/\s+/g, ' ');
  if (/^\d+$/.test(w)) return { count: Number(w), vague: false };
  if (w in SMALL_NUMBERS) return { count: SMALL_NUMBERS[w]!, vague: false };
  return { count: w.includes('couple') ? 2 : 0, vague: true };
};
const baseUnit = (word: string): 'day' | 'week' | 'month' | 'year' | 'decade' => TIME_UNITS[lower(word)]!;

/** The word before `index`, and whether `index` opens a sentence. */
function previousWord(text: string, index: number): { word: string; sentenceStart: boolean } {
  let i = index - 1;
  while (i >= 0 && i > index - 40 && /[ \t]/.test(text[i]!)) i--;
  if (i < 0 || /[\n.!?“"(]/.test(text[i]!)) return { word: '', sentenceStart: true };
  let j = i;
  while (j >= 0 && i - j < 30 && /[\p{L}'’-]/u.test(text[j]!)) j--;
  return { word: text.slice(j + 1, i + 1), sentenceStart: false };
}
const nextWord = (text: string, index: number): string => /^\s+([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u.exec(text.slice(index, index + 40))?.[1] ?? '';
const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);

/** `m` is the anchor match, `p` the words read back before it (or an empty match), `start` where the phrase begins. */
type Builder = (m: RegExpExecArray, text: string, p: RegExpExecArray, start: number) => RawDate | null;
const NO_PREFIX = Object.assign([''], { index: 0, input: '' }) as unknown as RegExpExecArray;

const BUILDERS: ReadonlyArray<readonly [RegExp, RegExp | null, Builder, boolean]> = [
  // [pattern, prefix, builder, prefix required]
  [ISO, null, (m) => ({ kind: 'iso', y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }), false],
  [CALENDAR, PREFIXES.calendar, (m, text, p, start) => {
    const [, name, day, dayTo, year] = m;
    const [, mod, modPhrase, shift] = p;
    const key = lower(name).replace('.', '');
    const dot = name!.endsWith('.');
    const bare = day === undefined && year === undefined;
    if (bare && !mod && !modPhrase && !shift) {
      // A lone month name must look like a time: "in May", not "may" or "April Ryan".
      if (dot || !FULL_MONTHS.has(key)) return null;
      if (isCapitalised(nextWord(text, m.index + m[0].length))) return null;
      if (AMBIGUOUS_MONTHS.has(key) && !TIME_PREPOSITIONS.has(lower(previousWord(text, start).word))) return null;
    }
    return {
      kind: 'calendar', m: MONTHS[key]!, d: day ? Number(day) : null, dTo: dayTo ? Number(dayTo) : null,
      y: year ? Number(year) : null, shift: shiftOf(shift), modifier: modifierOf(mod, modPhrase),
    };
  }, false],
  [DAY_FIRST, null, (m) => ({
    kind: 'calendar', m: MONTHS[lower(m[2]).replace('.', '')]!, d: Number(m[1]), dTo: null, y: m[3] ? Number(m[3]) : null, shift: null, modifier: null,
  }), false],
  [WEEKDAY, PREFIXES.weekday, (m, text, p, start) => {
    const before = previousWord(text, start);
    if (!p[1] && isCapitalised(before.word) && NAMED_DAY_PREFIXES.has(lower(before.word))) return null;
    return { kind: 'weekday', weekday: WEEKDAYS[lower(m[1])]!, shift: shiftOf(p[1]) };
  }, false],
  [YEAR, PREFIXES.year, (m, text, p, start) => {
    const y = Number(m[1]);
    // "$2021", "1,2021", "3.2021": part of another number.
    if (!p[0] && /[\d$€£¥.,/]/.test(text[m.index - 1] ?? '')) return null;
    const before = previousWord(text, start);
    // "Resolution 2231", "Boeing 1900": a number right after a name is part of the name.
    if (!p[0] && isCapitalised(before.word) && !before.sentenceStart && !YEAR_PREPOSITIONS.has(lower(before.word)) && !(lower(before.word) in MONTHS)) return null;
    const after = nextWord(text, m.index + m[0].length);
    if (/^(?:percent|per|million|billion|thousand|people|km|miles)$/i.test(after)) return null;
    if (y % 100 === 0 && /^[a-z]+s$/.test(after)) return null;
    return { kind: 'year', y, modifier: modifierOf(p[1], p[2]) };
  }, false],
  [DECADE, PREFIXES.decade, (m, _text, p) => ({ kind: 'decade', y: Number(m[1]), modifier: modifierOf(p[2], undefined) }), false],
  [DEICTIC, PREFIXES.deictic, (m, _text, p) => {
    // "the year" is this year only inside "the end of the year".
    if (lower(m[1]) === 'the' && !p[2]) return null;
    const side = lower(p[1]);
    const relative = side === 'earlier' || side === 'later';
    return {
      kind: 'deictic', unit: lower(m[2]) as 'week' | 'weekend' | 'month' | 'year',
      shift: ({ this: 0, the: 0, last: -1, next: 1 } as const)[lower(m[1]) as 'this' | 'the' | 'last' | 'next'],
      modifier: relative ? null : modifierOf(p[1], p[2]), side: relative ? (side as 'earlier' | 'later') : null,
    };
  }, false],
  [THE_WEEKEND, null, () => ({ kind: 'deictic', unit: 'weekend', shift: null, modifier: null, side: null }), false],
  [ROLLING, PREFIXES.rolling, (m) => {
    const word = lower(m[1]);
    const unit = baseUnit(m[3]!);
    const n = countOf(m[2]);
    const plural = lower(m[3]).endsWith('s');
    const years = unit === 'decade' ? 10 : 1;
    const base = unit === 'decade' ? 'year' : unit;
    if (!n && !plural && (word === 'previous' || word === 'following' || word === 'next')) {
      return { kind: 'anaphoric', unit: base, offset: (word === 'previous' ? -1 : 1) * years };
    }
    const direction = word === 'coming' || word === 'next' || word === 'following' ? 1 : -1;
    const vague = n ? n.vague : plural;
    const count = (n?.count || (vague ? VAGUE_REACH[base] : 1)) * years;
    return { kind: 'rolling', unit: base, count, direction, vague };
  }, true],
  [RECENT, null, (m) => {
    const unit = baseUnit(m[1]!);
    const base = unit === 'decade' ? 'year' : unit;
    return { kind: 'rolling', unit: base, count: VAGUE_REACH[base], direction: -1, vague: true };
  }, false],
  [AGO, PREFIXES.ago, (m, _text, p) => {
    const n = countOf(p[1])!;
    const unit = baseUnit(m[1]!);
    return unit === 'decade'
      ? { kind: 'ago', unit: 'year', count: n.count * 10, vague: n.vague }
      : { kind: 'ago', unit, count: n.count, vague: n.vague };
  }, true],
  [DAY_WORD, null, (m, text) => {
    const word = lower(m[1] ?? m[3]);
    const part = lower(m[2] ?? m[4]);
    // "Russia Today", "USA Today": a capitalised day word inside a sentence is a name.
    if (isCapitalised(m[0]) && !previousWord(text, m.index).sentenceStart) return null;
    const shift = word === 'yesterday' || (word === 'last' && part === 'night') ? -1 : word === 'tomorrow' ? 1 : 0;
    return { kind: 'deictic', unit: 'day', shift, modifier: null, side: null };
  }, false],
  [SAME, null, (m) => ({ kind: 'anaphoric', unit: lower(m[1]) as 'day' | 'week' | 'month' | 'year', offset: 0 }), false],
  [DAY_BEFORE, null, (m) => ({ kind: 'anaphoric', unit: 'day', offset: lower(m[1]) === 'before' ? -1 : 1 }), false],
  [A_UNIT_LATER, PREFIXES.unitLater, (m) => ({
    kind: 'anaphoric', unit: lower(m[1]) as 'day' | 'week' | 'month' | 'year',
    offset: lower(m[2]) === 'earlier' || lower(m[2]) === 'before' ? -1 : 1,
  }), true],
  [SEASON, PREFIXES.season, (m, text, p, start) => {
    const [, name, year] = m;
    const [, mod, det] = p;
    const end = m.index + m[0].length;
    const before = previousWord(text, start);
    // "Arab Spring": a capitalised season inside a sentence is a name.
    if (!year && isCapitalised(name!) && !(start === m.index && before.sentenceStart)) return null;
    // "the fall of Kabul": a season followed by "of" something other than a year is not a time.
    if (!year && /^\s+of\b/.test(text.slice(end, end + 4))) return null;
    const detWord = lower(det);
    const timeLike = year || mod || (detWord && detWord !== 'the') || TIME_PREPOSITIONS.has(lower(before.word));
    if (!timeLike) return null;
    if (lower(name) === 'fall' && !year && !(detWord && detWord !== 'the') && !TIME_PREPOSITIONS.has(lower(before.word))) return null;
    return {
      kind: 'season', season: lower(name) === 'fall' ? 'autumn' : lower(name),
      shift: detWord === 'this' || detWord === 'last' || detWord === 'next' ? detWord : null,
      y: year ? Number(year) : null, modifier: modifierOf(mod, undefined),
    };
  }, false],
];

/** The optional words before an anchor at `index`, as a match whose length is how far the phrase reaches back. */
function readPrefix(text: string, index: number, prefix: RegExp): RegExpExecArray | null {
  const from = Math.max(0, index - PREFIX_REACH);
  const m = prefix.exec(text.slice(from, index));
  if (!m || !m[0]) return null;
  // The slice may begin inside a word ("amid" cut to "mid"): the prefix must start a word in the full text.
  const at = from + m.index;
  return at > 0 && /\p{L}/u.test(text[at - 1]!) ? null : m;
}

/** All date phrases in text, in order, overlaps settled in favour of the longest phrase. */
export function scanDates(text: string): RawMention[] {
  const found: RawMention[] = [];
  for (const [pattern, prefix, build, required] of BUILDERS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const p = prefix ? readPrefix(text, m.index, prefix) : null;
      if (required && !p) continue;
      const start = m.index - (p ? p[0].length : 0);
      const raw = build(m, text, p ?? NO_PREFIX, start);
      if (raw) found.push({ start, end: m.index + m[0].length, raw });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RawMention[] = [];
  for (const mention of found) {
    const last = kept[kept.length - 1];
    if (last && mention.start < last.end) continue;
    kept.push(mention);
  }
  return kept;
}
