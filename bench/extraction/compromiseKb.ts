// The off-the-shelf baseline: compromise's people, organisation, place and quotation finders turned into a knowledge base of the shape score.mjs reads.
//
// What a competent developer would build on compromise without writing an extractor of their own:
//   1. input: the same `readCorpus` as ours (decode, fold duplicates, drop the ` date YYYY-MM-DD` stamp), so offsets index `article.text`;
//   2. `nlp(body)` once per article, then `.people()`, `.organizations()`, `.places()` and `.quotations()` with their offsets;
//   3. people: compromise's own name parse (first and last name, honorific dropped); a bare surname joins the full name with
//      that surname in the same article ("Joe Biden … Biden"), as news writes names; matches with no name parsed are dropped;
//   4. quotes: the words between the marks; the speaker is the person nearest the quote in its sentence, else the last person
//      named in the sentence before; no roles (compromise has none);
//   5. identity across articles: one actor per kind and lower-cased name, so spelling variants stay apart.
// On its own this is the entity-only baseline; compromiseTimeline.ts passes a step that also reads dates and figures.

import nlp from 'compromise';
import type { ArticleFile } from '../../src/articles/corpus.ts';
import { readCorpus } from '../../src/articles/corpus.ts';
import type { Actor, ActorKind, Article, DateFact, Figure, Quote, QuoteSource } from '../../src/kb/types.ts';

/** The part of our knowledge base the baseline can fill: what score.mjs reads, in our field names. */
export interface BaselineKnowledgeBase {
  articles: Array<Pick<Article, 'id' | 'file' | 'files' | 'title' | 'date' | 'source' | 'text' | 'wordCount'>>;
  actors: Array<Pick<Actor, 'id' | 'kind' | 'name' | 'aliases' | 'roles' | 'mentions'>>;
  quotes: Array<Pick<Quote, 'id' | 'text' | 'kind' | 'speaker' | 'speakerLabel' | 'sources' | 'corroboration'>>;
  /** Filled only by the timeline baseline (compromiseTimeline.ts), in our KB's shapes. */
  dates?: DateFact[];
  figures?: Figure[];
}

/** compromise's document for one article body (compromise types its views loosely). */
export type CompromiseDoc = ReturnType<typeof nlp>;

/**
 * More reading of the same parsed document, after the entities and quotes: the timeline baseline adds dates and figures
 * this way, so both baselines share one `nlp()` per article and one entity pipeline.
 */
export type ArticleStep = (doc: CompromiseDoc, article: BaselineKnowledgeBase['articles'][number], bodyStart: number) => void;

/** What `.json(JSON_OPTIONS)` gives per match (compromise types it as `any`); people also get compromise's name parse. */
interface MatchJson {
  text: string;
  /** `index`: the match's first term, counted over the whole document. */
  offset: { start: number; index: number };
  terms: Array<{ offset: { start: number; length: number } }>;
  person?: { firstName: string; lastName: string; honorific: string };
}

interface Found {
  kind: ActorKind;
  /** Character span in the article text. */
  start: number;
  end: number;
  surface: string;
  /** The identity key: lower-cased name, without honorific or possessive. */
  key: string;
  sentence: number;
}

const JSON_OPTIONS = { offset: true, text: true, terms: { offset: true } };
const POSSESSIVE = /['’]s$/;

export function compromiseKnowledgeBase(files: ArticleFile[], step?: ArticleStep): BaselineKnowledgeBase {
  const { articles: parsed } = readCorpus(files);
  const kb: BaselineKnowledgeBase = { articles: [], actors: [], quotes: [] };
  const actorByKey = new Map<string, BaselineKnowledgeBase['actors'][number]>();
  const quoteByKey = new Map<string, BaselineKnowledgeBase['quotes'][number]>();

  const actorFor = (f: Found): BaselineKnowledgeBase['actors'][number] => {
    const key = `${f.kind}:${f.key}`;
    let actor = actorByKey.get(key);
    if (!actor) {
      actor = { id: `${f.kind}-${actorByKey.size}`, kind: f.kind, name: f.surface, aliases: [], roles: [], mentions: [] };
      actorByKey.set(key, actor);
      kb.actors.push(actor);
    } else if (f.surface !== actor.name && !actor.aliases.includes(f.surface)) {
      actor.aliases.push(f.surface);
    }
    return actor;
  };

  for (const { article, bodyStart } of parsed) {
    const kbArticle = {
      id: article.id, file: article.file, files: article.files, title: article.title,
      date: article.date, source: article.source, text: article.text, wordCount: article.wordCount,
    };
    kb.articles.push(kbArticle);
    const body = article.text.slice(bodyStart);
    const doc = nlp(body);
    // the document is a list of sentences, each a list of terms: sentence i holds the terms from sentenceFirstTerm[i] on
    const sentenceFirstTerm: number[] = [];
    let terms = 0;
    for (const sentence of doc.docs) {
      sentenceFirstTerm.push(terms);
      terms += sentence.length;
    }
    const sentenceOf = (term: number): number => {
      let lo = 0;
      let hi = sentenceFirstTerm.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (sentenceFirstTerm[mid]! <= term) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    const spanOf = (m: MatchJson) => {
      const first = m.terms[0]!;
      const last = m.terms[m.terms.length - 1]!;
      return { start: first.offset.start, end: last.offset.start + last.offset.length };
    };
    const found = (kind: ActorKind, m: MatchJson, key: string): Found => {
      const { start, end } = spanOf(m);
      const surface = body.slice(start, end).replace(POSSESSIVE, '');
      return { kind, start: bodyStart + start, end: bodyStart + start + surface.length, surface, key, sentence: sentenceOf(m.offset.index) };
    };

    // people: compromise's name parse, honorific and titles left out; a lone surname takes the article's full name with it
    const people: Found[] = [];
    const fullNameBySurname = new Map<string, string>();
    for (const m of doc.people().json(JSON_OPTIONS) as MatchJson[]) {
      const p = m.person!;
      const last = p.lastName.replace(POSSESSIVE, '');
      const name = [p.firstName, last].filter(Boolean).join(' ');
      if (!name) continue; // a title alone ("President") or a word compromise took for a name but could not parse
      const f = found('person', m, name);
      const at = f.surface.toLowerCase().indexOf(name);
      if (at > 0) [f.start, f.surface] = [f.start + at, f.surface.slice(at)];
      if (p.firstName && last) fullNameBySurname.set(last, name);
      people.push(f);
    }
    for (const f of people) if (!f.key.includes(' ')) f.key = fullNameBySurname.get(f.key) ?? f.key;
    const places = (doc.places().json(JSON_OPTIONS) as MatchJson[]).map((m) => found('place', m, ''));
    const orgs = (doc.organizations().json(JSON_OPTIONS) as MatchJson[]).map((m) => found('organization', m, ''));

    const idOf = new Map<Found, string>();
    for (const f of [...people, ...places, ...orgs]) {
      if (!f.key) f.key = f.surface.toLowerCase();
      const actor = actorFor(f);
      actor.mentions.push({ article: article.id, start: f.start, end: f.end });
      idOf.set(f, actor.id);
    }

    // quotes: the words between the marks, spoken by the nearest person in the sentence or the one before
    for (const m of doc.quotations().json(JSON_OPTIONS) as MatchJson[]) {
      const { start, end } = spanOf(m);
      const text = body.slice(start, end).trim();
      if (!text) continue;
      const qStart = bodyStart + start;
      const qEnd = qStart + text.length;
      const sentence = sentenceOf(m.offset.index);
      let speaker: Found | null = null;
      let best = Infinity;
      for (const p of people) {
        if (p.sentence !== sentence || (p.start < qEnd && p.end > qStart)) continue;
        const distance = p.end <= qStart ? qStart - p.end : p.start - qEnd;
        if (distance < best) [speaker, best] = [p, distance];
      }
      if (!speaker) speaker = people.filter((p) => p.sentence === sentence - 1).pop() ?? null;
      const speakerId = speaker ? idOf.get(speaker)! : null;
      const source: QuoteSource = {
        article: article.id, start: qStart, end: qEnd, speaker: speakerId, speakerLabel: speaker?.surface ?? null, cue: null, date: article.date,
      };
      // one quote per words and speaker, with a source per article that reports it
      const key = `${text.toLowerCase()}\u0000${speakerId}`;
      const quote = quoteByKey.get(key);
      if (quote) {
        quote.sources.push(source);
        quote.corroboration++;
        continue;
      }
      const q = { id: `q${quoteByKey.size}`, text, kind: 'direct' as const, speaker: speakerId, speakerLabel: source.speakerLabel, sources: [source], corroboration: 1 };
      quoteByKey.set(key, q);
      kb.quotes.push(q);
    }
    step?.(doc, kbArticle, bodyStart);
  }
  return kb;
}
