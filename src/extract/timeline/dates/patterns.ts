// The regular expressions date scanning uses. One anchor pattern finds every word a date phrase must
// contain (a unit, a weekday, a month, a season, a day word, a digit); each rule then reads on from the
// anchor with a sticky pattern and back from it with an end-anchored one over a short slice. Every pattern
// is a chain of fixed words and optional groups with no nested repetition, so matching stays linear.
import { MONTHS, SEASONS, SMALL_NUMBERS, WEEKDAYS } from '../lexicon/calendar.ts';
import { alternation } from '../regex.ts';

const title = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
const monthNames = Object.keys(MONTHS);
/** Full names take no dot; abbreviations may ("Dec. 7"), so a sentence-final "January." keeps its full stop out. */
export const FULL_MONTHS: ReadonlySet<string> = new Set(monthNames.filter((m) => m.length > 4 || m === 'may' || m === 'june' || m === 'july'));
const MONTH = `(${alternation(monthNames.filter((m) => FULL_MONTHS.has(m)).map(title))}\\b|` +
  `${alternation(monthNames.filter((m) => !FULL_MONTHS.has(m)).map(title))}\\b\\.?)`;
const YEAR4 = '((?:1[89]|20)\\d\\d)\\b(?![.,]?\\d)';
const COUNT = `(\\d{1,3}|${alternation([...Object.keys(SMALL_NUMBERS), 'a few', 'few', 'several', 'a couple of', 'couple of', 'many'])})`;
const UNIT_WORDS = ['day', 'days', 'week', 'weeks', 'weekend', 'month', 'months', 'year', 'years', 'decade', 'decades'];
const DAY_WORDS = ['yesterday', 'today', 'tonight', 'tomorrow', 'morning', 'afternoon', 'evening', 'night'];

export type AnchorKind = 'unit' | 'weekday' | 'month' | 'season' | 'dayword' | 'digit';
/** Group order in ANCHOR, so group i + 1 tells which kind of anchor matched. */
export const ANCHOR_KINDS: readonly AnchorKind[] = ['unit', 'weekday', 'month', 'season', 'dayword', 'digit'];
export const ANCHOR = new RegExp(
  `\\b(?:(${alternation(UNIT_WORDS)})\\b|(${alternation(Object.keys(WEEKDAYS))})\\b|(${alternation(monthNames)})\\b|` +
    `(${alternation(Object.keys(SEASONS))})\\b|(${alternation(DAY_WORDS)})\\b|(\\d))`,
  'gi',
);

/** Read on from the anchor (sticky). */
export const AFTER = {
  ago: /(days?|weeks?|months?|years?|decades?)\s+ago\b/iy,
  unit: /(days?|weeks?|months?|years?|decades?)\b/iy,
  deictic: /(week|weekend|month|year)\b/iy,
  singular: /(day|week|month|year)\b/iy,
  dayBefore: /day\s+(before|after)\b/iy,
  unitLater: /(day|week|month|year)\s+(earlier|later|before|after)\b/iy,
  plural: /(days|weeks|months|years)\b/iy,
  weekend: /weekend\b/iy,
  weekday: new RegExp(`(${alternation(Object.keys(WEEKDAYS))})\\b`, 'iy'),
  calendar: new RegExp(`${MONTH}(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:\\s*[-–]\\s*(\\d{1,2})\\b)?(?![.,]?\\d|:))?(?:,?\\s+${YEAR4})?`, 'y'),
  season: new RegExp(`(${alternation(Object.keys(SEASONS))})\\b(?:\\s+(?:of\\s+)?${YEAR4})?`, 'iy'),
  dayWord: /(yesterday|today|tonight|tomorrow)(?:\s+(morning|afternoon|evening|night))?\b/iy,
  partOfDay: /(morning|afternoon|evening|night)\b/iy,
  iso: /(\d{4})-(\d{2})-(\d{2})\b/y,
  dayFirst: new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR4})?`, 'y'),
  year: new RegExp(`${YEAR4}(?!%)`, 'y'),
  decade: /((?:1[89]|20)\d0)s\b/y,
} as const;

const MODIFIER_BEFORE = '(?:\\b(early|mid|late)[\\s-]+|\\b((?:the\\s+)?(?:beginning|start|middle|end)\\s+of\\s+))';

/** Read back from the anchor: each matches at the end of the slice before it. */
export const BEFORE = {
  count: new RegExp(`\\b${COUNT}\\s+$`, 'i'),
  rolling: new RegExp(`\\bthe\\s+(past|last|previous|coming|next|following)\\s+(?:${COUNT}\\s+)?$`, 'i'),
  deictic: /(?:\b(early|mid|late|earlier|later)[\s-]+|\b((?:the\s+)?(?:beginning|start|middle|end)\s+of\s+))?\b(this|last|next|the)\s+$/i,
  same: /\b(?:the\s+same|that)\s+$/i,
  the: /\bthe\s+$/i,
  aOrOne: /\b(?:a|one)\s+$/i,
  recent: /\brecent\s+$/i,
  thisOrLast: /\b(this|last)\s+$/i,
  weekday: /\b(next|last|this|coming)\s+$/i,
  calendar: new RegExp(`${MODIFIER_BEFORE}?(?:\\b(next|last|this)\\s+)?$`, 'i'),
  year: new RegExp(`${MODIFIER_BEFORE}$`, 'i'),
  decade: /(?:\b(the)\s+)?(?:\b(early|mid|late)[\s-]+)?$/i,
  season: /(?:\b(early|mid|late)[\s-]+)?(?:\b(this|last|next|the|that)\s+)?$/i,
} as const;

/** How far back the words before an anchor are read. */
export const PREFIX_REACH = 48;
