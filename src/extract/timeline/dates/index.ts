// Date mentions: find every date phrase, read the clause tense where it matters, resolve against the article date.
import { parseIsoDay } from '../../../util/calendar.ts';
import { tenseAround, type Tense } from '../tense.ts';
import type { DateMention, ExtractDatesOptions } from '../types.ts';
import type { RawDate, RawMention } from './raw.ts';
import { antecedentOf, resolveRaw, type Antecedent } from './resolve.ts';
import { scanDates } from './scan.ts';

/** Only phrases that could point either way need the tense of their clause. */
function needsTense(raw: RawDate): boolean {
  switch (raw.kind) {
    case 'weekday':
      return raw.shift !== 'last' && raw.shift !== 'next';
    case 'calendar':
      return raw.y === null && raw.shift === null;
    case 'season':
      return raw.y === null && raw.shift !== 'last' && raw.shift !== 'next';
    case 'deictic':
      return raw.shift === null;
    default:
      return false;
  }
}

const BETWEEN_WEEKDAY_AND_DATE = /^,?\s+$/;
/** "since the summer", "since January": whatever the clause's tense, the date lies behind. */
const SINCE = /\bsince\s+$/i;

/** "Thursday, Dec. 23" names one day: the weekday joins the calendar date that follows it. */
function joinWeekdays(text: string, raws: RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  for (let i = 0; i < raws.length; i++) {
    const here = raws[i]!;
    const next = raws[i + 1];
    if (
      here.raw.kind === 'weekday' && next?.raw.kind === 'calendar' && next.raw.d !== null &&
      next.start - here.end <= 3 && BETWEEN_WEEKDAY_AND_DATE.test(text.slice(here.end, next.start))
    ) {
      out.push({ start: here.start, end: next.end, raw: next.raw });
      i++;
    } else out.push(here);
  }
  return out;
}

/**
 * Every date expression in `text`, resolved against `articleDate` (YYYY-MM-DD). Without an article date,
 * only phrases that carry their own year resolve; the rest keep `resolved: null`.
 */
export function extractDates(text: string, articleDate: string | null, opts: ExtractDatesOptions = {}): DateMention[] {
  const article = parseIsoDay(articleDate);
  const bodyStart = opts.bodyStart ?? 0;
  const mentions: DateMention[] = [];
  let antecedent: Antecedent | null = null;
  for (const { start, end, raw } of joinWeekdays(text, scanDates(text))) {
    if (start < bodyStart) continue;
    const tense: Tense = needsTense(raw) ? (SINCE.test(text.slice(Math.max(0, start - 7), start)) ? 'past' : tenseAround(text, start, end)) : 'neutral';
    const resolution = resolveRaw(raw, { article, tense, antecedent });
    const mention: DateMention = { phrase: text.slice(start, end), start, end, ...resolution };
    if ('modifier' in raw && raw.modifier) mention.modifier = raw.modifier;
    if ('vague' in raw && raw.vague) mention.vague = true;
    mentions.push(mention);
    antecedent = antecedentOf(resolution) ?? antecedent;
  }
  return mentions;
}

/** Character spans of date phrases, for other extractors to step around ("Dec. 7" is not a figure). */
export function dateSpans(text: string): Array<{ start: number; end: number }> {
  return scanDates(text).map(({ start, end }) => ({ start, end }));
}
