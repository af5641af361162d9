// Figures in a short text ("more than 100,000 troops", "a 50-minute call"): one regex pass, for sheets to cite.
// A display-time reader: the knowledge base does not carry figures yet, so sheets read them from the quotes and
// sentences they already show. Years, dates, ordinals and numbers inside names are left out.

export interface FoundFigure {
  /** The words as written: "more than 100,000 troops". */
  phrase: string;
  /** Offsets of `phrase` inside the text that was read. */
  start: number;
  end: number;
  value: number;
  qualifier: string | null;
  /** What is counted or measured, singular: "troop", "battalion tactical group", "minute". */
  counts: string;
}

const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const CURRENCIES: Record<string, string> = { $: 'dollar', '€': 'euro', '£': 'pound' };
const MONTHS = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$/i;
/** Words that end the counted noun phrase. */
const STOP_WORDS = new Set([
  'of', 'to', 'in', 'on', 'at', 'and', 'or', 'that', 'which', 'who', 'from', 'along', 'near', 'by', 'for', 'with', 'as',
  'is', 'are', 'was', 'were', 'be', 'been', 'have', 'has', 'had', 'will', 'would', 'could', 'can', 'said', 'says', 'ago',
  'the', 'a', 'an', 'their', 'its', 'his', 'her', 'this', 'these', 'those', 'than', 'more', 'after', 'before', 'into',
]);
/** Plurals without an -s, and measures: the counted phrase ends with them. */
const HEAD_WORDS = new Set(['people', 'children', 'men', 'women', 'police', 'staff', 'personnel', 'percent', 'cent']);

/** The head noun of "300 ships waited" is "ships": a plural (or a measure) ends the counted phrase. */
function endsPhrase(lower: string): boolean {
  return HEAD_WORDS.has(lower) || (lower.length > 3 && lower.endsWith('s') && !/(?:ss|us|is)$/.test(lower));
}

/** A determiner just before a number word makes it refer back ("the two leaders"), not report a count. */
const REFERRING = /\b(?:the|these|those|both|their|its|our|his|her|all)\s+$/i;

const FIGURE = new RegExp(
  String.raw`(?:\b(more than|over|nearly|almost|around|about|roughly|at least|up to|some|just over|just under|fewer than|less than)\s+)?` +
    String.raw`(\$|€|£)?\b(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|${Object.keys(NUMBER_WORDS).join('|')})\b` +
    String.raw`(?:\s+(thousand|million|billion|trillion))?(%|-(?=[a-z]))?` +
    String.raw`((?:\s*(?:so-called\s+)?[“"]?[\p{L}][\p{L}’'-]*[”"]?){1,4})`,
  'giu',
);

function singular(word: string): string {
  if (/ies$/i.test(word)) return word.slice(0, -3) + 'y';
  if (/(?:ss|us)$/i.test(word)) return word;
  return word.replace(/s$/i, '');
}

/** The counted noun phrase: words up to a stop word, capitalised adjectives ("Russian") left out. */
function countedPhrase(rest: string, hyphenUnit: boolean): { counts: string; length: number } | null {
  const words = [...rest.matchAll(/\s*(?:so-called\s+)?[“"]?([\p{L}][\p{L}’'-]*)([”"]?)/gu)];
  const kept: string[] = [];
  let length = 0;
  for (const [whole, word, closingQuote] of words) {
    const lower = word!.toLowerCase();
    if (STOP_WORDS.has(lower)) break;
    length += whole.length;
    if (!/^\p{Lu}/u.test(word!)) kept.push(lower);
    if (hyphenUnit || closingQuote || endsPhrase(lower)) break; // "50-minute": the unit is the thing measured
  }
  if (!kept.length) return null;
  kept[kept.length - 1] = singular(kept.at(-1)!);
  return { counts: kept.join(' '), length };
}

export function findFigures(text: string): FoundFigure[] {
  const found: FoundFigure[] = [];
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) {
    const [whole, qualifier, currency, digits, scale, suffix, rest] = m;
    const numberAt = m.index + whole.indexOf(digits!, qualifier ? qualifier.length : 0);
    const before = text.slice(Math.max(0, numberAt - 12), numberAt);
    const isWord = /^[a-z]/i.test(digits!);
    let value = isWord ? NUMBER_WORDS[digits!.toLowerCase()]! : Number(digits!.replace(/,/g, ''));
    if (scale) value *= SCALES[scale.toLowerCase()]!;
    if (!isWord && !scale && !currency && /^\d{4}$/.test(digits!) && value >= 1800 && value <= 2100) continue; // a year
    if (MONTHS.test(before)) continue; // "Dec. 7", "January 10"
    if (!isWord && /\p{Lu}[\p{L}]*\s$/u.test(before) && !/[.!?]\s*\p{Lu}[\p{L}]*\s$/u.test(before) && !qualifier) continue; // "Nord Stream 2"
    if (isWord && !qualifier && REFERRING.test(before)) continue;
    const phrase = currency
      ? { counts: CURRENCIES[currency]!, length: 0 }
      : suffix === '%'
        ? { counts: 'percent', length: 0 }
        : countedPhrase(rest!, suffix === '-');
    if (!phrase) continue;
    const end = m.index + whole.length - rest!.length + phrase.length;
    found.push({
      phrase: text.slice(m.index, end).trim(),
      start: m.index,
      end,
      value,
      qualifier: qualifier?.toLowerCase() ?? null,
      counts: phrase.counts,
    });
    FIGURE.lastIndex = end;
  }
  return found;
}
