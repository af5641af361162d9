// Figure mentions: a number with its qualifier, unit and the thing it counts ("more than 100,000 troops").
import { dateSpans } from '../dates/index.ts';
import {
  CURRENCY_SIGNS, CURRENCY_WORDS, FRACTION_WORDS, HYPHEN_ADJECTIVES, MEASURE_UNITS, QUALIFIERS, REFERENTIAL_DETERMINERS,
  TENS_WORDS, UNIT_WORDS, VAGUE_SCALES,
} from '../lexicon/numbers.ts';
import type { FigureMention } from '../types.ts';
import { alternation } from '../regex.ts';
import { readNoun } from './noun.ts';
import { readNumber, type NumberRead } from './number.ts';

const byLength = (words: string[]): string[] => [...words].sort((a, b) => b.length - a.length);
const escape = (s: string): string => s.replace(/[$.*+?^()[\]{}|\\]/g, '\\$&');

const NUMBER_WORDS = alternation([...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS), ...Object.keys(VAGUE_SCALES)]);
const SIGNS = byLength(Object.keys(CURRENCY_SIGNS)).map(escape).join('|');
/**
 * Where a figure can start: a currency sign, a digit, a number word, "a dozen"/"half a". Number words are
 * ASCII, so the pattern runs without the (slower) Unicode flag; a digit glued to a word is dropped in code.
 */
const FIGURE_START = new RegExp(
  `(?:${SIGNS})[ \\t]?(?=\\d)|\\d|\\b(?:${NUMBER_WORDS}|an?[ \\t]+(?:dozen|hundred|thousand|million|billion)|half[ \\t]+an?)\\b`,
  'gi',
);
const GLUED_BEFORE = /[\p{L}\p{N}_.,/#-]/u;
const SIGN_AT = new RegExp(`(${SIGNS})[ \\t]?`, 'y');
const QUALIFIER_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${alternation(Object.keys(QUALIFIERS))})[ \\t]+$`, 'iu');
const QUALIFIER_REACH = 32;
/** "one in five adults", "7 out of 10 voters": the second number is a ratio's base, not a count. */
const RATIO_BEFORE = new RegExp(`(?:\\d|\\b${NUMBER_WORDS})\\s+(?:in|out\\s+of)\\s+$`, 'i');
const PERCENT = /[ \t]*(?:%|percent\b|per[ \t]+cent\b|(percentage[ \t]+points?)\b)/iy;
const UNIT_WORD = /[ \t]+([A-Za-z]+)\b/y;
const HYPHEN_WORD = /-([A-Za-z]+)(?:-old\b)?/y;
/** Times ("10:30", "10 a.m."), ordinals ("10th"), decades ("1990s"), ranges of digits ("2-1"), and glued letters. */
const NOT_A_QUANTITY = /(?::\d|[ \t]*(?:a\.m\.|p\.m\.|am\b|pm\b)|(?:st|nd|rd|th|s)\b|-\d|[A-Za-z]|\.\d)/y;

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** The word right before `at` and whether that word opens a sentence. */
function wordBefore(text: string, at: number): { word: string; start: number; opensSentence: boolean } {
  let i = at - 1;
  while (i >= 0 && at - i < 8 && (text[i] === ' ' || text[i] === '\t')) i--;
  let j = i;
  while (j >= 0 && i - j < 30 && /[\p{L}'’.-]/u.test(text[j]!)) j--;
  let k = j;
  while (k >= 0 && j - k < 8 && (text[k] === ' ' || text[k] === '\t')) k--;
  return { word: text.slice(j + 1, i + 1), start: j + 1, opensSentence: k < 0 || /[\n.!?“"]/.test(text[k]!) };
}

/** "Nord Stream 2", "Article 5": digits right after a name are part of the name. */
function isNamePart(text: string, at: number): boolean {
  if (!/[ \t]/.test(text[at - 1] ?? '')) return false;
  const before = wordBefore(text, at);
  if (!/^\p{Lu}/u.test(before.word) || before.word.endsWith('’s') || before.word.endsWith("'s")) return false;
  return !before.opensSentence;
}

interface Measure {
  unit: string | null;
  counts: string | null;
  describes: string | null;
  end: number;
}

/** Everything after the number: percent, currency word, unit, hyphen compound or counted noun. */
function readMeasure(text: string, num: NumberRead, unit: string | null): Measure | null {
  const percent = sticky(PERCENT, text, num.end);
  if (percent) return { unit: percent[1] ? 'percentage point' : 'percent', counts: null, describes: null, end: num.end + percent[0].length };
  const hyphen = text[num.end] === '-' ? sticky(HYPHEN_WORD, text, num.end) : null;
  if (hyphen) {
    const word = hyphen[1]!.toLowerCase();
    if (FRACTION_WORDS.has(word)) return null;
    // "the 37-year-old Serb": an age describes someone; it counts nothing the story reports
    if (hyphen[0].length > word.length + 1) return null;
    const after = num.end + hyphen[0].length;
    const noun = readNoun(text, after, false);
    const describes = noun ? noun.words.join(' ') : null;
    const end = noun ? noun.end : after;
    if (word in MEASURE_UNITS) return { unit: MEASURE_UNITS[word]!, counts: MEASURE_UNITS[word]!, describes, end };
    if (HYPHEN_ADJECTIVES.has(word)) return noun ? { unit, counts: describes, describes: null, end } : null;
    return { unit, counts: word, describes, end };
  }
  const word = sticky(UNIT_WORD, text, num.end);
  const lower = word?.[1]?.toLowerCase();
  if (word && lower && lower in CURRENCY_WORDS) return { unit: CURRENCY_WORDS[lower]!, counts: null, describes: null, end: num.end + word[0].length };
  if (word && lower && lower in MEASURE_UNITS && !/^\p{Lu}/u.test(word[1]!)) {
    return { unit: MEASURE_UNITS[lower]!, counts: MEASURE_UNITS[lower]!, describes: null, end: num.end + word[0].length };
  }
  // Vague plurals ("tens of thousands of") have already eaten their "of".
  const noun = readNoun(text, num.end, num.value !== 1 || num.scaled);
  if (noun) return { unit, counts: noun.words.join(' '), describes: null, end: noun.end };
  return unit ? { unit, counts: null, describes: null, end: num.end } : null;
}

/** Past a run of digits, so a long number is not re-examined digit by digit. */
function skipDigits(text: string, at: number): number {
  let i = at;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return i;
}

function inside(spans: ReadonlyArray<{ start: number; end: number }>, at: number, from: { i: number }): boolean {
  while (from.i < spans.length && spans[from.i]!.end <= at) from.i++;
  const span = spans[from.i];
  return span !== undefined && span.start <= at;
}

export interface ExtractFiguresOptions {
  /** Date phrases already found in `text` (sorted), so the text is not scanned for dates twice. */
  dates?: ReadonlyArray<{ start: number; end: number }>;
}

/** Every figure in `text`, in order. Years, dates, times, ordinals and numbers inside names are left out. */
export function extractFigures(text: string, opts: ExtractFiguresOptions = {}): FigureMention[] {
  const dates = opts.dates ?? dateSpans(text);
  const cursor = { i: 0 };
  const figures: FigureMention[] = [];
  let consumed = 0;
  FIGURE_START.lastIndex = 0;
  for (let m = FIGURE_START.exec(text); m; m = FIGURE_START.exec(text)) {
    const at = m.index;
    if (at < consumed || inside(dates, at, cursor)) continue;
    // A digit inside a word or a number ("G7", "COVID-19", "1,5") is not a figure's start.
    if (/\d/.test(m[0][0]!) && at > 0 && GLUED_BEFORE.test(text[at - 1]!)) {
      FIGURE_START.lastIndex = skipDigits(text, at);
      continue;
    }
    const sign = sticky(SIGN_AT, text, at);
    const numberAt = sign ? at + sign[0].length : at;
    const num = readNumber(text, numberAt);
    if (!num) continue;
    if (num.fromDigits && !num.scaled && sticky(NOT_A_QUANTITY, text, num.end) && text[num.end] !== '-') continue;
    if (num.fromDigits && !sign && isNamePart(text, at)) continue;
    if (RATIO_BEFORE.test(text.slice(Math.max(0, at - QUALIFIER_REACH), at))) continue;
    // A lone "one" or "a" is an article or a pronoun far more often than a count.
    if (num.fromWords && num.value === 1 && !num.scaled) continue;
    const unit = sign ? CURRENCY_SIGNS[sign[1]!]! : null;
    const measure = readMeasure(text, num, unit);
    if (!measure || (measure.counts === null && measure.unit === null)) continue;

    let start = at;
    let qualifier = num.vagueQualifier;
    const before = QUALIFIER_BEFORE.exec(text.slice(Math.max(0, at - QUALIFIER_REACH), at));
    if (before) {
      qualifier = QUALIFIERS[before[1]!.toLowerCase().replace(/[ \t]+/g, ' ')]!;
      start = at - before[0].length + before[0].indexOf(before[1]!);
    }
    const figure: FigureMention = {
      phrase: text.slice(start, measure.end), start, end: measure.end, value: num.value, qualifier,
      unit: measure.unit, counts: measure.counts, describes: measure.describes,
    };
    if (num.fromWords && !before && REFERENTIAL_DETERMINERS.has(wordBefore(text, at).word.toLowerCase())) figure.referential = true;
    figures.push(figure);
    consumed = measure.end;
    FIGURE_START.lastIndex = Math.max(FIGURE_START.lastIndex, measure.end);
  }
  return figures;
}
