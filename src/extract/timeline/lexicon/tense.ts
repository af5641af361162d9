// Tense cues read around a date phrase to decide whether "Thursday" or "January" lies behind or ahead.

/** Single words that put the clause in the future. */
export const FUTURE_WORDS: ReadonlySet<string> = new Set([
  'will', "won't", 'won’t', 'shall', 'would', 'upcoming', 'scheduled', 'slated', 'planned', 'expects', 'expected',
  'next', 'coming', 'forthcoming', 'ahead', 'starting', 'beginning', 'resume', 'resumes',
]);

/** Two-word cues, keyed "first second". */
export const FUTURE_BIGRAMS: ReadonlySet<string> = new Set([
  'going to', 'set to', 'due to', 'plans to', 'plan to', 'planning to', 'intends to', 'aims to', 'is to', 'are to',
  'ahead of', 'soon as', 'early as', 'could begin', 'may begin', 'might begin', 'could start', 'to begin', 'to start',
  'to hold', 'to meet', 'to take', 'to visit', 'to travel', 'to attend', 'to sign', 'to vote', 'to be',
]);

/** Single words that put the clause in the past (irregular past forms and past auxiliaries). */
export const PAST_WORDS: ReadonlySet<string> = new Set([
  'was', 'were', 'had', 'did', 'ago', 'previously', 'earlier', 'already',
  'said', 'told', 'held', 'met', 'spoke', 'began', 'came', 'went', 'made', 'took', 'gave', 'saw', 'sent', 'left',
  'found', 'brought', 'led', 'won', 'lost', 'fell', 'rose', 'struck', 'wrote', 'ran', 'got', 'became', 'began',
  'chose', 'drew', 'drove', 'flew', 'forgot', 'froze', 'grew', 'heard', 'hid', 'kept', 'knew', 'laid', 'meant',
  'paid', 'rang', 'sang', 'sat', 'shook', 'shot', 'slept', 'sold', 'sought', 'spent', 'stood', 'stole', 'swore',
  'taught', 'thought', 'threw', 'understood', 'withdrew', 'woke', 'wore', 'broke', 'bought', 'caught', 'fought',
  'felt', 'dealt', 'built', 'bore', 'beat', 'overtook', 'undertook', 'oversaw', 'forbade', 'forgave',
]);

/** Present-tense auxiliaries: the clause is about now, neither behind nor ahead. */
export const PRESENT_WORDS: ReadonlySet<string> = new Set(['is', 'are', 'am', 'do', 'does', 'says', 'say']);

/** Auxiliaries that, before a participle, make it present perfect (a past happening). */
export const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', "'ve", '’ve']);

/** Forms of "be": a participle after them is passive, and the tense sits on the auxiliary. */
export const BE_FORMS: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'are', 'am', 'to', 'will', 'would']);

/** Words ending in -ed that are not past verbs. */
export const NOT_PAST_ED: ReadonlySet<string> = new Set([
  'need', 'needed', 'speed', 'indeed', 'hundred', 'red', 'bed', 'shed', 'seed', 'feed', 'breed', 'creed', 'greed',
  'proceed', 'succeed', 'exceed', 'united', 'armed', 'based', 'called', 'advanced', 'detailed', 'related',
  'concerned', 'interested', 'limited', 'skilled', 'alleged', 'supposed', 'unprecedented', 'unexpected', 'heated',
  'embattled', 'beleaguered', 'disputed', 'contested', 'occupied', 'annexed', 'so-called', 'wed', 'sacred', 'naked',
  'wicked', 'ragged', 'rugged', 'aged', 'learned', 'beloved', 'blessed', 'crooked', 'dogged', 'jagged', 'wretched',
]);

/** Determiners: an -ed word after one is an adjective ("the planned talks"), not a verb. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'this', 'that', 'these', 'those',
]);

/** Words that may open a clause before its date without carrying tense ("On Monday, …", "But next week …"). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'on', 'by', 'in', 'and', 'but', 'so', 'then', 'however', 'from', 'until', 'since', 'at', 'during', 'as', 'of',
  'early', 'late', 'mid', 'the', 'for', 'also', 'still', 'yet', 'meanwhile', 'later', 'earlier', 'before', 'after',
]);

/** Words that end the clause a date belongs to when reading rightwards. */
export const CLAUSE_BREAKERS: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'because', 'although', 'though', 'if', 'as',
  'after', 'before', 'since', 'but', 'until',
]);

/** Attribution verbs: after the date ("in January, the official said") they date the saying, not the event. */
export const REPORTING_WORDS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'added', 'stated', 'noted', 'explained', 'wrote', 'tweeted', 'according', 'reported',
]);

/** Abbreviations whose full stop does not end a sentence ("Gen. Smith", "Dec. 7"). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj',
  'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'etc', 'approx', 'est', 'dept', 'mt', 'ft', 'rev',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
