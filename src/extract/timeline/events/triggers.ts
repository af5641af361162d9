// Finds the words in a sentence that name an event, applying the lexicon's context rules:
// "call" only as a noun, "met" not as a passive, sanctions and deployments only when reported as done.
import {
  CALL_DEMAND_FOLLOWERS, CALL_NOUN_CUES, DATED_SPEECH_VERBS, DEFINITE_CUES, DEPLOYMENT_AUXILIARIES, DETERMINER_REACH_WORDS,
  DOCUMENT_NOUNS, EVENT_TRIGGERS, HYPOTHETICAL_CUES, INDEFINITE_CUES, PUBLISH_VERBS, SANCTION_VERBS, SPEECH_DATE_REACH_WORDS,
  VERB_TRIGGER_STARTS,
} from '../lexicon/events.ts';
import { BE_FORMS } from '../lexicon/tense.ts';

const PASSIVE_MARKERS: ReadonlySet<string> = new Set([...BE_FORMS, 'was', 'were', 'been', 'get', 'got']);
import { alternation } from '../regex.ts';
import type { DateMention, EventKind, EventSentence } from '../types.ts';
import { rangeAt, wordAfter, wordBefore, wordBeforeAsWritten, type LazyQuotes } from './context.ts';

export interface Trigger {
  kind: EventKind;
  start: number;
  end: number;
  phrase: string;
  /** "the call" points back to something already reported, "a call" introduces something new. */
  determiner: 'definite' | 'indefinite' | null;
  /** Made from a speech verb next to a date ("Biden said Dec. 8"): it does not keep that date from an event noun. */
  speech: boolean;
}

const WORD = "[\\p{L}’'-]+";

// Trigger words are ASCII, so the big alternation runs without the (slower) Unicode flag.
const LEXICON = new RegExp(`\\b${alternation(Object.keys(EVENT_TRIGGERS))}\\b`, 'gi');
const SANCTIONS = new RegExp(`\\b${alternation(SANCTION_VERBS)}\\s+(?:${WORD}\\s+){0,2}?sanctions\\b`, 'giu');
/** One cheap test that lets most sentences skip the costlier sanction and publication patterns. */
const MAY_HAVE_MORE = new RegExp(`sanction|\\b${alternation(PUBLISH_VERBS)}\\b`, 'i');
/** How far either side of a date a speech verb is looked for. */
const SPEECH_WINDOW = 80;
const PUBLICATION = new RegExp(
  `\\b${alternation(DOCUMENT_NOUNS)}\\s+(?:${WORD}\\s+){0,1}?${alternation(PUBLISH_VERBS)}\\b|` +
    `\\b${alternation(PUBLISH_VERBS)}\\s+(?:${WORD}\\s+){0,4}?${alternation(DOCUMENT_NOUNS)}\\b`,
  'giu',
);
const SPEECH_VERB = new RegExp(`\\b${alternation(DATED_SPEECH_VERBS)}\\b`, 'gi');
const CLAUSE_EDGE = /[.;:!?,]/;

/** The determiner of the noun phrase ending in the trigger, read back over a few modifier words. */
function determinerBefore(text: string, local: number): Trigger['determiner'] {
  const words = text.slice(Math.max(0, local - 60), local).split(/\s+/).filter(Boolean).slice(-(DETERMINER_REACH_WORDS + 1)).reverse();
  for (const raw of words) {
    if (/[.,;:!?”"]$/.test(raw)) return null;
    const w = raw.toLowerCase();
    if (INDEFINITE_CUES.has(w)) return 'indefinite';
    if (DEFINITE_CUES.has(w) || /['’]s$/.test(w)) return 'definite';
  }
  return null;
}

/** A conditional or a threat between the clause start and the trigger ("would be deployed", "threatened to impose"). */
function isHypothetical(text: string, local: number): boolean {
  let from = local;
  while (from > 0 && local - from < 160 && !/[.;:!?]/.test(text[from - 1]!)) from--;
  return text.slice(from, local).toLowerCase().split(/[^\p{L}]+/u).some((w) => HYPOTHETICAL_CUES.has(w));
}

function passesContext(kind: EventKind, lower: string, text: string, local: number, length: number): boolean {
  const before = wordBefore(text, local);
  const after = wordAfter(text, local + length);
  if (lower === 'call') {
    const noun = CALL_NOUN_CUES.has(before) || /['’]s$/.test(before);
    return noun && !CALL_DEMAND_FOLLOWERS.has(after.toLowerCase());
  }
  if (lower === 'met' || lower.startsWith('met ')) {
    // "would be met with", "were not met": a passive, not a meeting.
    const twoBefore = wordBefore(text, Math.max(0, local - before.length - 1));
    return !PASSIVE_MARKERS.has(before) && !(before === 'not' && PASSIVE_MARKERS.has(twoBefore));
  }
  if (kind === 'deployment') {
    // "Russia has massed troops", "Moscow deployed": a finite verb; "groups deployed on the border" is a state.
    if (!DEPLOYMENT_AUXILIARIES.has(before) && !/^\p{Lu}/u.test(wordBeforeAsWritten(text, local))) return false;
  }
  if (kind === 'sanctions' || kind === 'deployment') return !isHypothetical(text, local);
  return true;
}

/** Speech verbs with a date of their own a few words on, in the same clause: a dated statement. */
function datedSpeech(sentence: EventSentence, dates: DateMention[]): Array<{ start: number; end: number; phrase: string }> {
  const out: Array<{ start: number; end: number; phrase: string }> = [];
  const text = sentence.text;
  let searchedTo = 0;
  for (const d of dates) {
    if (d.precision !== 'day' || d.vague) continue;
    const dateStart = d.start - sentence.start;
    const dateEnd = d.end - sentence.start;
    // Only the words around each date are searched, once each.
    const from = Math.max(searchedTo, dateStart - SPEECH_WINDOW);
    const to = Math.min(text.length, dateEnd + SPEECH_WINDOW);
    if (from >= to) continue;
    const window = text.slice(from, to);
    SPEECH_VERB.lastIndex = 0;
    for (let m = SPEECH_VERB.exec(window); m; m = SPEECH_VERB.exec(window)) {
      const verbStart = from + m.index;
      const verbEnd = verbStart + m[0].length;
      if (isDatedBy(text, verbStart, verbEnd, dateStart, dateEnd)) out.push({ start: verbStart, end: verbEnd, phrase: m[0] });
    }
    searchedTo = to;
  }
  return out;
}

/** A date a few words after the verb ("said on Thursday"), or right before it ("on Thursday urged"), in one clause. */
function isDatedBy(text: string, verbStart: number, verbEnd: number, dateStart: number, dateEnd: number): boolean {
  const after = dateStart >= verbEnd;
  const between = after ? text.slice(verbEnd, dateStart) : text.slice(dateEnd, verbStart);
  if (!after && dateEnd > verbStart) return false;
  const words = between.split(/\s+/).filter(Boolean).length;
  return !CLAUSE_EDGE.test(between) && words <= (after ? SPEECH_DATE_REACH_WORDS : 1);
}

/**
 * Event triggers in one sentence, offsets into the article, in order and without overlaps. `dates` are the
 * sentence's, sorted; `quotesOf` gives its quotation ranges, asked for only when a trigger is found.
 */
export function findTriggers(sentence: EventSentence, quotes: LazyQuotes, dates: DateMention[]): Trigger[] {
  const text = sentence.text;
  const found: Trigger[] = [];
  const more = MAY_HAVE_MORE.test(text);
  for (const [re, fixed] of [[LEXICON, null], [SANCTIONS, 'sanctions'], [PUBLICATION, 'statement']] as const) {
    if (re !== LEXICON && !more) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const lower = m[0].toLowerCase().replace(/\s+/g, ' ');
      const kind: EventKind = fixed ?? EVENT_TRIGGERS[lower]!;
      if (passesContext(kind, lower, text, m.index, m[0].length)) keep(found, sentence, quotes, kind, m.index, m[0], false);
    }
  }
  if (dates.length) for (const s of datedSpeech(sentence, dates)) keep(found, sentence, quotes, 'statement', s.start, s.phrase, true);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Trigger[] = [];
  for (const t of found) if (!out.length || t.start >= out[out.length - 1]!.end) out.push(t);
  return out;
}

/** Adds a trigger unless it stands inside a quotation: those words are the speaker's, not the reporter's account. */
function keep(found: Trigger[], sentence: EventSentence, quotes: LazyQuotes, kind: EventKind, local: number, phrase: string, speech: boolean): void {
  const start = sentence.start + local;
  if (rangeAt(quotes.ranges(), start)) return;
  const verbal = VERB_TRIGGER_STARTS.has(phrase.toLowerCase().split(/\s+/)[0]!);
  found.push({ kind, start, end: start + phrase.length, phrase, determiner: verbal ? null : determinerBefore(sentence.text, local), speech });
}
