// Event mentions in one article: triggers from the lexicon, each dated from its own clause (or the
// sentence before), placed ("in Geneva") and peopled from the actor mentions the entity stage found.
import { parseIsoDay } from '../../../util/calendar.ts';
import {
  ABSORBING_KINDS, CLAUSE_WORDS, CONTEXT_DATED_KINDS, GATHERING_KINDS, GENERIC_WHEN_UNDATED, PLACE_PREPOSITIONS,
  SPEAKER_VERBS, SUBJECT_REACH_CHARS,
} from '../lexicon/events.ts';
import { tenseAround } from '../tense.ts';
import type {
  ActorMention, DateMention, EventMention, EventSentence, ExtractEventsOptions, ResolvedDate,
} from '../types.ts';
import { ClauseIndex, itemsWithin, LazyQuotes, rangeAt, wordBefore, type Range } from './context.ts';
import { findTriggers, type Trigger } from './triggers.ts';

/** How far from a trigger its participants and place may stand. */
const ACTOR_REACH = 320;
/** Words before a date that make it the edge of a span rather than the day something happened. */
const SPAN_BOUNDS: ReadonlySet<string> = new Set(['since', 'until', 'till']);
/** How far apart (in characters) a date and a trigger may stand and still be paired. */
const DATE_REACH = 400;
/** Beyond this many candidates a lookup is ambiguous anyway; the cap keeps pathological input linear. */
const MAX_CANDIDATES = 64;
/** Crossing a comma or a clause word costs this much extra distance when pairing dates with triggers. */
const CLAUSE_PENALTY = 1000;
const PRESENT_TRIGGER = /^(?:holds|meets|speaks)\b/i;
/** A trigger this close to its clause start opens the clause. */
const OPENING_REACH = 12;

const dayOf = (r: ResolvedDate): string => (typeof r === 'string' ? r : r.from);
const isPast = (r: ResolvedDate, today: string | null): boolean => !today || dayOf(r) <= today;
const isAhead = (r: ResolvedDate, today: string | null): boolean => !!today && (typeof r === 'string' ? r : r.to) > today;

/**
 * How far a date stands from a trigger, in characters, plus a penalty for each clause edge between them.
 * A date after the trigger beyond a clause edge is not its date at all ("massed troops, raising fears of an
 * invasion as early as next month"); one before it may be fronted ("On Thursday, Biden held talks").
 */
function distance(sentence: EventSentence, clauses: ClauseIndex, trigger: Trigger, date: DateMention): number {
  const after = date.start >= trigger.end;
  const gap = after ? date.start - trigger.end : Math.max(0, trigger.start - date.end);
  const [from, to] = after ? [trigger.end, date.start] : [date.end, trigger.start];
  if (!clauses.crosses(from - sentence.start, to - sentence.start)) return gap;
  return after ? Infinity : gap + CLAUSE_PENALTY;
}

interface Offer {
  date: DateMention;
  d: number;
}

/** Keeps the nearer of two dates offered to a trigger. */
function offer(map: Map<Trigger, Offer>, t: Trigger, date: DateMention, d: number): void {
  const current = map.get(t);
  if (!current || d < current.d) map.set(t, { date, d });
}

/**
 * Each date in a sentence dates the trigger it stands closest to, so "told reporters after Thursday’s call"
 * dates the call. A speech verb made a statement only because a date stood next to it, so an event noun
 * left without a date may still take that date ("Biden on Thursday urged Putin … after a call").
 */
function pairDates(
  sentence: EventSentence, clauses: ClauseIndex, triggers: Trigger[], dates: DateMention[], quotes: Range[],
): Map<Trigger, DateMention> {
  const owned = new Map<Trigger, Offer>();
  const spare = new Map<Trigger, Offer>();
  for (const date of dates) {
    if (date.vague || date.resolved === null) continue;
    // "their first meeting since the summer", "talks until March": the date bounds a span, it does not date the event.
    if (SPAN_BOUNDS.has(wordBefore(sentence.text, date.start - sentence.start))) continue;
    let owner: { t: Trigger; d: number } | null = null;
    let nonSpeech: { t: Trigger; d: number } | null = null;
    // Only triggers near the date are weighed, so a sentence of any length costs time in proportion to it.
    for (const t of itemsWithin(triggers, date.start - DATE_REACH, date.end + DATE_REACH)) {
      if (rangeAt(quotes, date.start) !== rangeAt(quotes, t.start)) continue;
      const d = distance(sentence, clauses, t, date);
      if (d === Infinity) continue;
      if (!owner || d < owner.d) owner = { t, d };
      if (!t.speech && (!nonSpeech || d < nonSpeech.d)) nonSpeech = { t, d };
    }
    if (owner) offer(owned, owner.t, date, owner.d);
    if (owner?.t.speech && nonSpeech) offer(spare, nonSpeech.t, date, nonSpeech.d);
  }
  for (const [t, v] of spare) if (!owned.has(t)) owned.set(t, v);
  return new Map([...owned].map(([t, v]) => [t, v.date]));
}

/** The clause around a trigger: back to a sentence stop or a clause word ("that", "which"), on to a comma. */
function clauseOf(sentence: EventSentence, clauses: ClauseIndex, trigger: Trigger): Range {
  const local = trigger.start - sentence.start;
  const from = Math.max(clauses.clauseStart(local), local - ACTOR_REACH);
  const to = Math.min(clauses.clauseEnd(trigger.end - sentence.start, sentence.text.length), local + ACTOR_REACH);
  return { start: sentence.start + from, end: sentence.start + to };
}

function pickPlace(sentence: EventSentence, actors: ActorMention[], trigger: Trigger): ActorMention | null {
  let best: ActorMention | null = null;
  for (const a of actors) {
    if (a.kind !== 'place' || !PLACE_PREPOSITIONS.has(wordBefore(sentence.text, a.start - sentence.start))) continue;
    if (!best || Math.abs(a.start - trigger.start) < Math.abs(best.start - trigger.start)) best = a;
  }
  return best;
}

const ids = (actors: ActorMention[]): string[] => [...new Set(actors.map((a) => a.actorId))];

const NEXT_TWO_WORDS = /^[^\p{L}]{0,3}([\p{L}’'-]+)\s+([\p{L}’'-]+)?/u;

/** "Psaki said", "Ushakov also stated": the word after the actor, or the one after an adverb, is a speech verb. */
function isTeller(sentence: EventSentence, a: ActorMention): boolean {
  const local = a.end - sentence.start;
  const [first, second] = NEXT_TWO_WORDS.exec(sentence.text.slice(local, local + 40))?.slice(1) ?? [];
  const next = (first ?? '').toLowerCase();
  return SPEAKER_VERBS.has(next) || ((next === 'also' || next.endsWith('ly')) && SPEAKER_VERBS.has((second ?? '').toLowerCase()));
}

/**
 * Gatherings: the people in the trigger's clause, else in its sentence (not those telling of it: "Psaki said
 * after a call"); else the organisations or countries before it ("The United States and Russia are expected to
 * hold talks"); else the people of the sentence before ("Thursday’s call" after "Biden … a call with Putin").
 * Speech and action: the nearest actor before the trigger in its clause (its subject); else, for a noun
 * ("his annual press conference … Putin") or a trigger opening its clause ("In a statement, Psaki said"),
 * the nearest after.
 */
function pickParticipants(
  sentence: EventSentence, trigger: Trigger, clause: Range, actors: ActorMention[], place: ActorMention | null,
  previousPeople: ActorMention[],
): string[] {
  const named = actors.filter((a) => a !== place && a.actorId !== place?.actorId);
  if (GATHERING_KINDS.has(trigger.kind)) {
    const inClause = named.filter((a) => a.start >= clause.start && a.end <= clause.end);
    const people = named.filter((a) => a.kind === 'person' && !isTeller(sentence, a));
    const clausePeople = people.filter((a) => a.start >= clause.start && a.end <= clause.end);
    if (clausePeople.length) return ids(clausePeople);
    if (people.length) return ids(people);
    const subjects = inClause.filter((a) => a.end <= trigger.start && a.start - clause.start <= SUBJECT_REACH_CHARS && !isTeller(sentence, a));
    if (subjects.length) return ids(subjects);
    if (previousPeople.length) return ids(previousPeople);
    return ids(inClause);
  }
  const before = named.filter((a) => a.end <= trigger.start && a.start >= clause.start);
  if (before.length) return [subjectOf(sentence, before, trigger).actorId];
  if (trigger.determiner === null && trigger.start - clause.start > OPENING_REACH) return [];
  const after = named.filter((a) => a.start >= trigger.end);
  const person = after.find((a) => a.kind === 'person');
  return person ? [person.actorId] : after[0] ? [after[0].actorId] : [];
}

/** The nearest actor before the trigger, stepping over an appositive: "Yuri Ushakov, a Putin aide, told reporters". */
function subjectOf(sentence: EventSentence, before: ActorMention[], trigger: Trigger): ActorMention {
  const nearest = before[before.length - 1]!;
  const previous = before[before.length - 2];
  if (!previous) return nearest;
  const base = sentence.start;
  const opens = sentence.text.slice(previous.end - base, nearest.start - base).includes(',');
  const closes = sentence.text.slice(nearest.end - base, trigger.start - base).includes(',');
  return opens && closes ? previous : nearest;
}

/**
 * Events reported in one article. `sentences`, `dates` and `actorMentions` are the article's, with offsets
 * into the same text. Re-mentions ("the call"), statements made at a same-day gathering of the speaker
 * ("Putin said Thursday", at his press conference) and undated generic talk of talks are folded away.
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
  const spoken = new Set<EventMention>();
  const reported = new Reported();
  let previousDates: DateMention[] = [];
  // the people of the sentence before, worked out only when an event sentence asks for them
  let previous: { sentence: EventSentence; quoted: LazyQuotes; people: ActorMention[] | null } | null = null;
  const previousPeople = (): ActorMention[] => {
    if (!previous) return [];
    const { sentence: p, quoted: q } = previous;
    return (previous.people ??= itemsWithin(sortedActors, p.start, p.end).filter((a) => a.kind === 'person' && a.end <= p.end && !rangeAt(q.ranges(), a.start)));
  };

  for (const sentence of sentences) {
    const sentenceDates = itemsWithin(sortedDates, sentence.start, sentence.end);
    // Quotation ranges and clause edges are indexed only for sentences that name an event.
    const quoted = new LazyQuotes(sentence);
    const triggers = findTriggers(sentence, quoted, sentenceDates);
    if (!triggers.length) {
      previousDates = sentenceDates;
      previous = { sentence, quoted, people: null };
      continue;
    }
    const quotes = quoted.ranges();
    const sentenceActors = itemsWithin(sortedActors, sentence.start, sentence.end).filter((a) => a.end <= sentence.end && !rangeAt(quotes, a.start));
    const clauses = new ClauseIndex(sentence.text, CLAUSE_WORDS);
    const owned = pairDates(sentence, clauses, triggers, sentenceDates, quotes);
    for (const trigger of triggers) {
      const actors = itemsWithin(sentenceActors, trigger.start - ACTOR_REACH, trigger.end + ACTOR_REACH);
      const local = trigger.start - sentence.start;
      const tense = tenseAround(sentence.text, local, local + trigger.phrase.length);
      const place = pickPlace(sentence, actors, trigger);
      const event: EventMention = {
        kind: trigger.kind,
        trigger: { phrase: trigger.phrase, start: trigger.start, end: trigger.end },
        sentence: { start: sentence.start, end: sentence.end },
        date: null, datePrecision: null, dateSource: null, dateEvidence: null,
        participants: pickParticipants(sentence, trigger, clauseOf(sentence, clauses, trigger), actors, place, previousPeople()),
        place: place?.actorId ?? null, status: tense === 'future' ? 'planned' : 'reported',
        determiner: trigger.determiner,
      };
      const own = owned.get(trigger) ?? null;
      if (!own && trigger.determiner === 'definite' && reported.isRemention(event)) continue;
      // The sentence before may date a gathering ("Biden warned Putin on Thursday … after a phone discussion"),
      // but only with a date on the side of the article date that the event's tense points to.
      const context = own || !CONTEXT_DATED_KINDS.has(trigger.kind) ? null
        : [...previousDates].reverse().find((d) => d.precision === 'day' && d.resolved !== null && (tense === 'future' ? isAhead(d.resolved, today) : isPast(d.resolved, today))) ?? null;
      const chosen = own ?? context;
      if (chosen) {
        event.date = chosen.resolved;
        event.datePrecision = chosen.precision;
        event.dateSource = own ? 'sentence' : 'context';
        event.dateEvidence = { phrase: chosen.phrase, start: chosen.start, end: chosen.end };
      } else if (today && tense !== 'past' && PRESENT_TRIGGER.test(trigger.phrase)) {
        event.date = today;
        event.datePrecision = 'day';
        event.dateSource = 'article';
      }
      if (event.date !== null && isAhead(event.date, today)) event.status = 'planned';
      events.push(event);
      reported.add(event);
      if (trigger.speech) spoken.add(event);
    }
    previousDates = sentenceDates;
    previous = { sentence, quoted, people: sentenceActors.filter((a) => a.kind === 'person') };
  }
  const folded = absorbed(events, spoken);
  return events.filter((e) => !isGenericTalk(e, today) && !folded.has(e));
}

/**
 * What has been reported so far in the article, indexed so that deciding whether "the call" is a re-mention
 * costs the same however long the article: any earlier gathering for a gathering; for anything else, an
 * earlier event of the kind sharing a participant.
 */
class Reported {
  private readonly kinds = new Set<string>();
  private readonly byKindParticipant = new Set<string>();

  add(e: EventMention): void {
    this.kinds.add(e.kind);
    if (GATHERING_KINDS.has(e.kind)) this.kinds.add('gathering');
    for (const p of e.participants) this.byKindParticipant.add(`${e.kind}|${p}`);
  }

  isRemention(e: EventMention): boolean {
    if (GATHERING_KINDS.has(e.kind)) return this.kinds.has('gathering');
    if (e.kind === 'press_conference') return this.kinds.has(e.kind);
    return e.participants.some((p) => this.byKindParticipant.has(`${e.kind}|${p}`));
  }
}

/** In a dated article, talks or a meeting that cannot be placed in time is talk about talks. */
const isGenericTalk = (e: EventMention, today: string | null): boolean => !!today && e.date === null && GENERIC_WHEN_UNDATED.has(e.kind);

/**
 * Statements made of a speech verb and a date ("Putin said Thursday") by someone at a same-day gathering:
 * part of that gathering. Gatherings are indexed by day and participant, so the check is linear.
 */
function absorbed(events: EventMention[], spoken: Set<EventMention>): Set<EventMention> {
  const gatherings = new Map<string, EventMention[]>();
  for (const g of events) {
    if (!ABSORBING_KINDS.has(g.kind) || g.date === null) continue;
    for (const p of g.participants) {
      const key = `${JSON.stringify(g.date)}|${p}`;
      const list = gatherings.get(key);
      if (list) list.push(g);
      else gatherings.set(key, [g]);
    }
  }
  const out = new Set<EventMention>();
  for (const e of spoken) {
    if (e.date === null || !e.participants.length) continue;
    const candidates = gatherings.get(`${JSON.stringify(e.date)}|${e.participants[0]}`) ?? [];
    if (candidates.slice(0, MAX_CANDIDATES).some((g) => e.participants.every((p) => g.participants.includes(p)))) out.add(e);
  }
  return out;
}
