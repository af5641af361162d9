// Number words, scales, qualifiers, units and currencies: the vocabulary of figures in news prose.

export const UNIT_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
};

export const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Multipliers after a number: "1.5 million", "$2bn", "a dozen". */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12,
  bn: 1e9, mn: 1e6, mln: 1e6, tn: 1e12, trn: 1e12,
};

/** Scales that only stick to the digits ("$5m", "10k"), never after a space. */
export const ATTACHED_SCALES: Readonly<Record<string, number>> = { m: 1e6, k: 1e3, b: 1e9, bn: 1e9, mn: 1e6, tn: 1e12 };

/** Plural scales that stand alone as a vague number: "tens of thousands", "hundreds of". */
export const VAGUE_SCALES: Readonly<Record<string, number>> = {
  tens: 10, dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9,
};

/** Qualifier as written (lower case, single spaces) → the canonical qualifier reported. */
export const QUALIFIERS: Readonly<Record<string, string>> = {
  'more than': 'more than', 'upwards of': 'more than', 'in excess of': 'more than',
  over: 'over', 'just over': 'over', 'well over': 'over', 'slightly more than': 'more than', 'just more than': 'more than',
  nearly: 'nearly', 'close to': 'nearly', 'almost': 'almost', 'just under': 'under', under: 'under',
  around: 'around', about: 'about', approximately: 'approximately', roughly: 'roughly', some: 'some',
  'an estimated': 'estimated', estimated: 'estimated',
  'at least': 'at least', 'no fewer than': 'at least', 'no less than': 'at least',
  'up to': 'up to', 'as many as': 'up to', 'as much as': 'up to', 'at most': 'at most',
  'fewer than': 'fewer than', 'less than': 'less than',
};

/** Currency signs before a number. */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  'US$': 'USD', $: 'USD', 'C$': 'CAD', 'A$': 'AUD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₽': 'RUB', '₴': 'UAH', '₹': 'INR',
};

/** Currency names after a number ("1.5 billion dollars"). */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', ruble: 'RUB', rubles: 'RUB', rouble: 'RUB',
  roubles: 'RUB', hryvnia: 'UAH', hryvnias: 'UAH', yuan: 'CNY', renminbi: 'CNY', yen: 'JPY',
  rupees: 'INR', francs: 'CHF', sterling: 'GBP',
};

/** Measurement units, every spelling → the canonical singular. The unit is also what such a figure counts. */
export const MEASURE_UNITS: Readonly<Record<string, string>> = {
  second: 'second', seconds: 'second', minute: 'minute', minutes: 'minute', hour: 'hour', hours: 'hour',
  day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year',
  decade: 'decade', decades: 'decade', century: 'century', centuries: 'century',
  km: 'kilometre', kilometre: 'kilometre', kilometres: 'kilometre', kilometer: 'kilometre', kilometers: 'kilometre',
  mile: 'mile', miles: 'mile', metre: 'metre', metres: 'metre', meter: 'metre', meters: 'metre',
  foot: 'foot', feet: 'foot', kg: 'kilogram', kilogram: 'kilogram', kilograms: 'kilogram',
  ton: 'tonne', tons: 'tonne', tonne: 'tonne', tonnes: 'tonne', pound: 'pound', pounds: 'pound',
  barrel: 'barrel', barrels: 'barrel', litre: 'litre', litres: 'litre', liter: 'litre', liters: 'litre',
  mph: 'mph', kph: 'kph',
};

/** Words between a number and its noun that say nothing about what is counted. */
export const SKIPPED_MODIFIERS: ReadonlySet<string> = new Set([
  'so-called', 'additional', 'extra', 'more', 'new', 'other', 'further', 'fresh', 'total', 'combined', 'estimated',
  'reported', 'alleged', 'possible', 'potential', 'approximately', 'roughly', 'nearly', 'about',
]);

/** Function words and auxiliaries: a noun phrase ends before them. */
export const NOUN_STOPS: ReadonlySet<string> = new Set([
  'of', 'in', 'on', 'at', 'to', 'from', 'for', 'with', 'by', 'near', 'along', 'across', 'into', 'onto', 'over',
  'under', 'around', 'about', 'against', 'between', 'among', 'amid', 'during', 'since', 'until', 'after', 'before',
  'through', 'toward', 'towards', 'per', 'than', 'as', 'like', 'and', 'or', 'but', 'nor', 'that', 'which', 'who',
  'whom', 'whose', 'where', 'when', 'while', 'if', 'the', 'a', 'an', 'this', 'these', 'those', 'their', 'its', 'his',
  'her', 'our', 'your', 'my', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will',
  'would', 'could', 'should', 'may', 'might', 'can', 'must', 'shall', 'do', 'does', 'did', 'not', 'no', 'also',
  'each', 'every', 'all', 'both', 'either', 'neither', 'some', 'any', 'it', 'they', 'them', 'we', 'he', 'she',
  'there', 'here', 'then', 'so', 'too', 'very', 'just', 'only', 'still', 'yet', 'ago', 'later', 'earlier', 'up',
  'down', 'out', 'off', 'again', 'each', 'apiece', 'respectively', 'altogether', 'plus', 'minus', 'times', 'percent',
]);

/** Plurals that do not end in -s, and -s words that are not plurals; keyed by the word, valued by its singular. */
export const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  people: 'person', men: 'man', women: 'woman', children: 'child', feet: 'foot', teeth: 'tooth', mice: 'mouse',
  personnel: 'personnel', police: 'police', aircraft: 'aircraft', staff: 'staff', cattle: 'cattle', sheep: 'sheep',
  deer: 'deer', fish: 'fish', troops: 'troop', series: 'series', species: 'species', crises: 'crisis',
  analyses: 'analysis', theses: 'thesis', lives: 'life', wives: 'wife', knives: 'knife', halves: 'half',
  thieves: 'thief', leaves: 'leaf', wolves: 'wolf', shelves: 'shelf', refugees: 'refugee', employees: 'employee',
  headquarters: 'headquarters', news: 'news', means: 'means', data: 'data', media: 'media', offspring: 'offspring',
};

/** Determiners that make a small count refer back ("the two sides", "these two demands"). */
export const REFERENTIAL_DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'these', 'those', 'both', 'their', 'its', 'his', 'her', 'our', 'your', 'my', 'all',
]);

/** Hyphen compounds that describe rather than count ("a 1,000-strong force"): the noun after them is counted. */
export const HYPHEN_ADJECTIVES: ReadonlySet<string> = new Set(['strong', 'odd', 'plus']);

/** Synonyms folded together when grouping figures across articles ("soldier" and "troop" count the same thing). */
export const COUNT_SYNONYMS: Readonly<Record<string, string>> = {
  soldier: 'troop', serviceman: 'troop', servicemember: 'troop', 'service member': 'troop', trooper: 'troop',
  fatality: 'death', dead: 'death', casualty: 'casualty', individual: 'person', resident: 'person',
  'phone call': 'call', 'phone conversation': 'call', conversation: 'call', discussion: 'call',
};

/**
 * The range of true values a reported figure allows, as factors of its value, by canonical qualifier.
 * A bare figure gets ±5% because news rounds; vague plurals ("tens of thousands") span a whole order.
 */
export const QUALIFIER_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  '': [0.95, 1.05],
  'more than': [1, 1.3], over: [1, 1.3], 'at least': [1, 1.3],
  nearly: [0.85, 1], almost: [0.85, 1],
  around: [0.9, 1.1], about: [0.9, 1.1], approximately: [0.9, 1.1], roughly: [0.9, 1.1], some: [0.9, 1.1],
  estimated: [0.9, 1.1],
  'up to': [0.7, 1], 'at most': [0.7, 1], 'fewer than': [0.7, 1], 'less than': [0.7, 1], under: [0.7, 1],
  'tens of': [1, 9.99], 'hundreds of': [1, 9.99], 'thousands of': [1, 9.99], 'millions of': [1, 9.99],
  'billions of': [1, 9.99], 'dozens of': [2, 8.25], 'scores of': [2, 5],
};

/** Fractions: "two-thirds", "a quarter of" are shares, not counts, and are left out. */
export const FRACTION_WORDS: ReadonlySet<string> = new Set([
  'half', 'halves', 'third', 'thirds', 'quarter', 'quarters', 'fourth', 'fourths', 'fifth', 'fifths', 'sixth',
  'sixths', 'seventh', 'sevenths', 'eighth', 'eighths', 'ninth', 'ninths', 'tenth', 'tenths', 'hundredth',
  'hundredths', 'thousandth', 'thousandths',
]);
