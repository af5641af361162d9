// Event mentions: triggers from the lexicon, each dated from its sentence (or the one before),
// placed ("in Geneva") and peopled from the actor mentions the entity stage found.
import { parseIsoDay } from '../calendar.ts';
import {
  CALL_DEMAND_FOLLOWERS, CALL_NOUN_CUES, CONTEXT_DATED_KINDS, DEFINITE_CUES, EVENT_TRIGGERS, GATHERING_KINDS,
  HYPOTHETICAL_CUES, PLACE_PREPOSITIONS, SANCTION_VERBS,
} from '../lexicon/events.ts';
import { BE_FORMS } from '../lexicon/tense.ts';
import { tenseAround } from '../tense.ts';
import type {
  ActorMention, DateMention, EventKind, EventMention, EventSentence, ExtractEventsOptions, ResolvedDate,
} from '../types.ts';
import { itemsWithin, quoteRanges, rangeAt, wordAfter, wordBefore, type Range } from './context.ts';

const byLength = (words: string[]): string[] => [...words].sort((a, b) => b.length - a.length);
const TRIGGER = new RegExp(
  `\\b(?:${byLength(Object.keys(EVENT_TRIGGERS)).map((p) => p.replace(/-/g, '\\-').replace(/ /g, '\\s+')).join('|')})\\b`,
  'giu',
);
const SANCTIONS = new RegExp(`\\b(?:${SANCTION_VERBS.join('|')})\\s+(?:[\\p{L}’'-]+\\s+){0,2}?sanctions\\b`, 'giu');
/** Present-tense triggers that date an undated event to the article itself ("Biden meets with Putin"). */
const PRESENT_TRIGGER = /^(?:holds|meets|speaks)\b/i;
/** How far from a trigger its participants and place may stand. */
const ACTOR_REACH = 240;
const CLAUSE_EDGE = /[.;:!?]/;

interface Trigger {
  kind: EventKind;
  start: number;
  end: number;
  phrase: string;
}

/** Triggers in one sentence, offsets into the article, with the lexicon's context rules applied. */
function findTriggers(sentence: EventSentence, quotes: Range[]): Trigger[] {
  const found: Trigger[] = [];
  const text = sentence.text;
  for (const re of [TRIGGER, SANCTIONS]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const phrase = m[0];
      const kind: EventKind = re === SANCTIONS ? 'sanctions' : EVENT_TRIGGERS[phrase.toLowerCase().replace(/\s+/g, ' ')]!;
      const local = m.index;
      const before = wordBefore(text, local);
      const after = wordAfter(text, local + phrase.length).toLowerCase();
      const lower = phrase.toLowerCase();
      if (lower === 'call' && (!(CALL_NOUN_CUES.has(before) || /['’]s$/.test(before)) || CALL_DEMAND_FOLLOWERS.has(after))) continue;
      if (lower === 'met' && (BE_FORMS.has(before) || before === 'was' || before === 'were' || !(after === 'with' || /^\p{Lu}/u.test(wordAfter(text, local + 3))))) continue;
      if ((kind === 'sanctions' || kind === 'deployment') && isHypothetical(text, local)) continue;
      const start = sentence.start + local;
      // Words inside a quotation are the speaker's, not the reporter's account of what happened.
      if (rangeAt(quotes, start)) continue;
      found.push({ kind, start, end: start + phrase.length, phrase });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A conditional or a threat between the clause start and the trigger ("would be deployed", "threatened to impose"). */
function isHypothetical(text: string, local: number): boolean {
  let from = local;
  while (from > 0 && local - from < 160 && !CLAUSE_EDGE.test(text[from - 1]!)) from--;
  return text.slice(from, local).toLowerCase().split(/[^\p{L}]+/u).some((w) => HYPOTHETICAL_CUES.has(w));
}

const isPast = (r: ResolvedDate, today: string | null): boolean => !today || (typeof r === 'string' ? r : r.from) <= today;
const isAhead = (r: ResolvedDate, today: string | null): boolean => !!today && (typeof r === 'string' ? r : r.to) > today;

/** The date mention nearest the trigger in its sentence, outside quotations the trigger is not in. */
function nearestDate(dates: DateMention[], trigger: Trigger, quotes: Range[]): DateMention | null {
  let best: DateMention | null = null;
  let bestDistance = Infinity;
  const home = rangeAt(quotes, trigger.start);
  for (const d of dates) {
    if (d.vague || d.resolved === null || rangeAt(quotes, d.start) !== home) continue;
    const distance = d.start >= trigger.end ? d.start - trigger.end : Math.max(0, trigger.start - d.end);
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best;
}

function pickPlace(text: string, base: number, actors: ActorMention[], trigger: Trigger): ActorMention | null {
  let best: ActorMention | null = null;
  for (const a of actors) {
    if (a.kind !== 'place' || !PLACE_PREPOSITIONS.has(wordBefore(text, a.start - base))) continue;
    if (!best || Math.abs(a.start - trigger.start) < Math.abs(best.start - trigger.start)) best = a;
  }
  return best;
}

/** Gatherings: everyone named near the trigger; speech and action: the nearest actor before it (the subject). */
function pickParticipants(kind: EventKind, actors: ActorMention[], trigger: Trigger, place: ActorMention | null): string[] {
  const named = actors.filter((a) => a !== place && a.actorId !== place?.actorId);
  if (GATHERING_KINDS.has(kind)) {
    const people = named.filter((a) => a.kind === 'person');
    const chosen = people.length ? people : named;
    return [...new Set(chosen.map((a) => a.actorId))];
  }
  const rank = (a: ActorMention): number => (a.kind === 'person' ? 0 : a.kind === 'organization' ? 1 : 2);
  const before = named.filter((a) => a.end <= trigger.start);
  const pool = before.length ? before : named.filter((a) => a.start >= trigger.end);
  if (!pool.length) return [];
  const best = [...pool].sort((a, b) => rank(a) - rank(b) || Math.abs(a.start - trigger.start) - Math.abs(b.start - trigger.start))[0]!;
  return [best.actorId];
}

/**
 * Events reported in one article. `sentences`, `dates` and `actorMentions` are the article's, with
 * offsets into the same text; each is read in order, so the cost is linear in their sizes.
 */
export function extractEvents(
  sentences: EventSentence[],
  dates: DateMention[],
  actorMentions: ActorMention[],
  opts: ExtractEventsOptions = {},
): EventMention[] {
  const today = parseIsoDay(opts.articleDate ?? null) ? opts.articleDate! : null;
  const sortedDates = [...dates].sort((a, b) => a.start - b.start);
  const sortedActors = [...actorMentions].sort((a, b) => a.start - b.start);
  const events: EventMention[] = [];
  let previousDates: DateMention[] = [];
  let previousPeople: ActorMention[] = [];

  for (const sentence of sentences) {
    const quotes = quoteRanges(sentence.text, sentence.start);
    const sentenceDates = itemsWithin(sortedDates, sentence.start, sentence.end);
    for (const trigger of findTriggers(sentence, quotes)) {
      const actors = itemsWithin(sortedActors, Math.max(sentence.start, trigger.start - ACTOR_REACH), Math.min(sentence.end, trigger.end + ACTOR_REACH))
        .filter((a) => a.end <= sentence.end && !rangeAt(quotes, a.start));
      const local = trigger.start - sentence.start;
      const tense = tenseAround(sentence.text, local, local + trigger.phrase.length);
      const place = pickPlace(sentence.text, sentence.start, actors, trigger);
      let participants = pickParticipants(trigger.kind, actors, trigger, place);
      if (!participants.length && GATHERING_KINDS.has(trigger.kind)) participants = [...new Set(previousPeople.map((a) => a.actorId))];

      const event: EventMention = {
        kind: trigger.kind,
        trigger: { phrase: trigger.phrase, start: trigger.start, end: trigger.end },
        sentence: { start: sentence.start, end: sentence.end },
        date: null, datePrecision: null, dateSource: null, dateEvidence: null,
        participants, place: place?.actorId ?? null, status: tense === 'future' ? 'planned' : 'reported',
      };
      const own = nearestDate(sentenceDates, trigger, quotes);
      // The sentence before may date a gathering ("Biden warned Putin on Thursday … after a phone discussion"),
      // but only with a date on the same side of the article date as the event's tense.
      const context = own || !CONTEXT_DATED_KINDS.has(trigger.kind) ? null
        : [...previousDates].reverse().find((d) => !d.vague && d.resolved !== null && (tense === 'future' ? isAhead(d.resolved, today) : isPast(d.resolved, today))) ?? null;
      const chosen = own ?? context;
      if (chosen) {
        event.date = chosen.resolved;
        event.datePrecision = chosen.precision;
        event.dateSource = own ? 'sentence' : 'context';
        event.dateEvidence = { phrase: chosen.phrase, start: chosen.start, end: chosen.end };
      } else if (DEFINITE_CUES.has(wordBefore(sentence.text, local))) {
        // "the call", "these talks": the last event of the kind already reported in this article.
        const antecedent = [...events].reverse().find((e) => e.kind === trigger.kind);
        if (antecedent) {
          event.date = antecedent.date;
          event.datePrecision = antecedent.datePrecision;
          event.dateSource = antecedent.date === null ? null : 'antecedent';
          event.dateEvidence = antecedent.dateEvidence;
          if (!event.participants.length) event.participants = [...antecedent.participants];
        }
      } else if (today && tense !== 'past' && PRESENT_TRIGGER.test(trigger.phrase)) {
        event.date = today;
        event.datePrecision = 'day';
        event.dateSource = 'article';
      }
      if (event.date !== null && isAhead(event.date, today)) event.status = 'planned';
      events.push(event);
    }
    previousDates = sentenceDates;
    previousPeople = itemsWithin(sortedActors, sentence.start, sentence.end).filter((a) => a.kind === 'person');
  }
  return events;
}

