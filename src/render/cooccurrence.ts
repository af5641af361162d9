// Which actors share a sentence: one sweep over each article's sorted mentions, built once per Worker instance.

import type { Actor, Article, KnowledgeBase } from '../kb/types';
import { sentenceBounds, sentenceStarts } from './sentences';

/** One mention of an actor, in an article's offsets. */
export interface ActorSpan {
  actor: string;
  start: number;
  end: number;
}

export type MeetingKind = 'meeting' | 'talks' | 'call';

/** A sentence naming two or more actors, kept for each of them. */
export interface SharedSentence {
  article: string;
  start: number;
  end: number;
  /** Distinct actor ids, in order of first mention. */
  actors: string[];
  /** Set when the sentence reports them meeting, talking or calling. */
  meeting: MeetingKind | null;
}

/** One pass over the sentence: the first meeting, talk or call word found names the kind. */
const MEETING_WORDS = /\b(?:((?<!\b(?:be|been|was|were|is|are) )met|meets?|meeting|summit|visit(?:ed|s)?)|(talks|talked|negotiat\w*|discuss(?:ed|ion|ions)?|dialogue)|(calls?|phone|spoke (?:with|to|by)|conversation))\b/i;

export function meetingKind(sentence: string): MeetingKind | null {
  const match = MEETING_WORDS.exec(sentence);
  if (!match) return null;
  return match[1] ? 'meeting' : match[2] ? 'talks' : 'call';
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function sortedMentions(actors: Actor[]): Map<string, ActorSpan[]> {
  const byArticle = new Map<string, ActorSpan[]>();
  for (const actor of actors) {
    for (const { article, start, end } of actor.mentions) {
      const list = byArticle.get(article);
      const span = { actor: actor.id, start, end };
      if (list) list.push(span);
      else byArticle.set(article, [span]);
    }
  }
  for (const list of byArticle.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
  return byArticle;
}

/** Groups an article's sorted mentions by sentence; calls `visit` for each sentence naming 2+ actors. */
function sweepArticle(article: Article, starts: number[], mentions: ActorSpan[], visit: (sentence: SharedSentence) => void): void {
  let sentence = 0;
  let actors: string[] = [];
  const flush = (): void => {
    if (actors.length >= 2) {
      const bounds = sentenceBounds(article.text, starts, sentence);
      visit({ article: article.id, ...bounds, actors, meeting: meetingKind(article.text.slice(bounds.start, bounds.end)) });
    }
    actors = [];
  };
  for (const mention of mentions) {
    let at = sentence;
    while (at + 1 < starts.length && starts[at + 1]! <= mention.start) at++;
    if (at !== sentence) {
      flush();
      sentence = at;
    }
    if (!actors.includes(mention.actor)) actors.push(mention.actor);
  }
  flush();
}

/** How often two actors share a sentence, and where they first did (in KB article order). */
export interface PairTally {
  sentences: number;
  /** Of those, sentences reporting a meeting, talks or a call. */
  meetings: number;
  first: SharedSentence;
  firstMeeting: SharedSentence | null;
}

export interface Cooccurrence {
  /** Every mention in each article, sorted by offset. */
  mentionsByArticle: Map<string, ActorSpan[]>;
  /** For each actor, every actor it shares a sentence with. */
  pairs: Map<string, Map<string, PairTally>>;
  /** Meeting, talks or call sentences naming each actor, in article order. */
  meetingsByActor: Map<string, SharedSentence[]>;
  /** Where each sentence of each article starts. */
  sentenceStarts: Map<string, number[]>;
  /** Shared sentences reporting a meeting, talks or a call, by article, in order. */
  meetingsByArticle: Map<string, SharedSentence[]>;
}

export function buildCooccurrence(kb: KnowledgeBase, articles: Map<string, Article>): Cooccurrence {
  const mentionsByArticle = sortedMentions(kb.actors);
  const pairs = new Map<string, Map<string, PairTally>>();
  const meetingsByActor = new Map<string, SharedSentence[]>();
  const starts = new Map<string, number[]>();
  const meetingsByArticle = new Map<string, SharedSentence[]>();
  for (const article of articles.values()) starts.set(article.id, sentenceStarts(article.text));
  for (const [articleId, mentions] of mentionsByArticle) {
    const article = articles.get(articleId);
    if (!article) continue;
    sweepArticle(article, starts.get(articleId)!, mentions, (sentence) => {
      if (sentence.meeting) {
        pushTo(meetingsByArticle, articleId, sentence);
        for (const actor of sentence.actors) pushTo(meetingsByActor, actor, sentence);
      }
      for (const actor of sentence.actors) {
        let tallies = pairs.get(actor);
        if (!tallies) pairs.set(actor, (tallies = new Map()));
        for (const other of sentence.actors) {
          if (other === actor) continue;
          const tally = tallies.get(other);
          if (!tally) {
            tallies.set(other, { sentences: 1, meetings: sentence.meeting ? 1 : 0, first: sentence, firstMeeting: sentence.meeting ? sentence : null });
          } else {
            tally.sentences++;
            if (sentence.meeting) {
              tally.meetings++;
              tally.firstMeeting ??= sentence;
            }
          }
        }
      }
    });
  }
  return { mentionsByArticle, pairs, meetingsByActor, sentenceStarts: starts, meetingsByArticle };
}

/** Mentions inside [start, end) of one article (binary search over the sorted list). */
export function mentionsWithin(mentions: ActorSpan[] | undefined, start: number, end: number): ActorSpan[] {
  if (!mentions) return [];
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const found: ActorSpan[] = [];
  for (let i = lo; i < mentions.length && mentions[i]!.start < end; i++) found.push(mentions[i]!);
  return found;
}
