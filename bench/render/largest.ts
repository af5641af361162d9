// Picks the sheets to time: the actor and the topic with the most quotes plus mentions (or sentences) in a knowledge base.

import type { Actor, KnowledgeBase, Topic } from '../../src/kb/types.ts';
import type { KbIndex } from '../../src/render/kbIndex.ts';

export function largestActor(index: KbIndex): Actor {
  const size = (a: Actor) => (index.quotesBySpeaker.get(a.id)?.length ?? 0) + a.mentions.length;
  return index.kb.actors.reduce((best, a) => (size(a) > size(best) ? a : best));
}

export function largestTopic(kb: KnowledgeBase): Topic {
  const size = (t: Topic) => t.quotes.length + t.sentences.length;
  return kb.topics.reduce((best, t) => (size(t) > size(best) ? t : best));
}
