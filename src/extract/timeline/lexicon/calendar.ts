// Calendar words: month and weekday names, seasons, time units, vague-span conventions.

/** Month number by every spelling a news article uses (abbreviations without their dot). */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/** Month names that are also ordinary words: only dates when a day, a year or a date word is next to them. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'mar', 'jan', 'sep']);

/** ISO weekday (Monday 1) by name. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

/** Northern-hemisphere seasons as [first month, length in months]; winter starts in December. */
export const SEASONS: Readonly<Record<string, readonly [number, number]>> = {
  spring: [3, 3],
  summer: [6, 3],
  autumn: [9, 3],
  fall: [9, 3],
  winter: [12, 3],
};

/** Time units for "last week", "the past seven years", "two days ago". */
export const TIME_UNITS: Readonly<Record<string, 'day' | 'week' | 'month' | 'year' | 'decade'>> = {
  day: 'day', days: 'day',
  week: 'week', weeks: 'week',
  month: 'month', months: 'month',
  year: 'year', years: 'year',
  decade: 'decade', decades: 'decade',
};

/** How many units a vague plural reaches: "recent days" is the last 7 days, "the coming weeks" the next 4 weeks. */
export const VAGUE_REACH: Readonly<Record<'day' | 'week' | 'month' | 'year', number>> = { day: 7, week: 4, month: 3, year: 3 };

/** "several days ago", "a few weeks ago": the nearest and farthest number of units back the phrase covers. */
export const VAGUE_AGO: readonly [number, number] = [2, 7];

/** Words that stand for a small count in "two days ago", "the past seven years". */
export const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50, hundred: 100,
};

/** Words that, right before a bare year, make it a year rather than a count. */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'till', 'by', 'before', 'after', 'during', 'from', 'through', 'of', 'to', 'and', 'or',
  'early', 'mid', 'late', 'the', 'spring', 'summer', 'autumn', 'fall', 'winter', 'around', 'circa', 'between',
]);

/** Capitalised words that turn a weekday into a named day ("Black Friday"), not a date. */
export const NAMED_DAY_PREFIXES: ReadonlySet<string> = new Set([
  'black', 'good', 'bloody', 'super', 'cyber', 'ash', 'palm', 'easter', 'holy', 'maundy', 'giving', 'shrove',
]);

/** Words that, right before a season or an ambiguous month ("May"), show it is a time. */
export const TIME_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'during', 'by', 'until', 'till', 'since', 'over', 'through', 'throughout', 'before', 'after', 'from', 'of',
  'early', 'late', 'mid', 'this', 'last', 'next', 'that', 'until', 'last', 'around', 'between', 'and', 'to',
]);
