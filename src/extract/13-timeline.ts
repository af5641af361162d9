// Step 13: dates, figures and events across the corpus, and the timeline of every actor and topic.
//
// Rules, stated once (the timeline stage's own modules hold the details):
//   - Figures: the same quantity of the same thing from several outlets is one figure with its corroboration;
//     different values under one key are kept side by side, each pointing at the others (a qualifier alone is
//     not a conflict). A figure inside someone's words is theirs.
//   - Events: one event per happening across outlets; distinct days stay distinct events.
//   - Timelines and relations are derived from these facts in src/kb/derive.ts, where the stores can reach them too.
import type { Actor, DateFact, Figure, Quote, StoryEvent } from '../kb/types.ts';
import { shortHash } from '../articles/ids.ts';
import type { ArticleFacts } from './article.ts';
import { extractEvents, groupFigures, mergeEvents, type ActorMention, type EventReport, type FigureReport } from './timeline/index.ts';
import { pushTo } from '../util/multimap.ts';

export interface TimelineFacts {
  dates: DateFact[];
  figures: Figure[];
  events: StoryEvent[];
}


export function buildTimelineFacts(facts: ArticleFacts[], actors: Actor[], quotes: Quote[]): TimelineFacts {
  const dates: DateFact[] = facts.flatMap((f) => f.dates.map((d) => ({
    article: f.article.id, start: d.start, end: d.end, phrase: d.phrase, resolved: d.resolved, precision: d.precision, modifier: d.modifier ?? null,
  })));
  return { dates, figures: buildFigures(facts, quotes), events: buildEvents(facts, actors, quotes) };
}

/** Where each actor stands in each article: their names, and the cues that make them speak ("he said" is Putin). */
function actorMentionsByArticle(actors: Actor[], quotes: Quote[]): Map<string, ActorMention[]> {
  const kindOf = new Map(actors.map((a) => [a.id, a.kind]));
  const out = new Map<string, ActorMention[]>();
  for (const a of actors) for (const m of a.mentions) pushTo(out, m.article, { actorId: a.id, kind: a.kind, start: m.start, end: m.end });
  for (const q of quotes) {
    for (const s of q.sources) {
      const speaker = s.speaker ?? q.speaker;
      if (speaker && s.cue) pushTo(out, s.article, { actorId: speaker, kind: kindOf.get(speaker) ?? 'person', start: s.cue.start, end: s.cue.end });
    }
  }
  for (const list of out.values()) list.sort((x, y) => x.start - y.start);
  return out;
}

function buildFigures(facts: ArticleFacts[], quotes: Quote[]): Figure[] {
  // who holds the words a figure stands in, per article
  const spoken = new Map<string, Array<{ start: number; end: number; speaker: string | null }>>();
  for (const q of quotes) for (const s of q.sources) pushTo(spoken, s.article, { start: s.start, end: s.end, speaker: s.speaker ?? q.speaker });
  const reports: FigureReport[] = facts.flatMap((f) => f.figures.filter((x) => !x.referential).map((figure) => ({ figure, article: f.article.id, outlet: f.article.source })));
  const groups = groupFigures(reports);
  const ids = groups.map((g) => `f-${shortHash(`${g.key}:${g.value}:${g.members[0]!.article}:${g.members[0]!.figure.start}`)}`);
  const byKey = new Map<string, number[]>();
  groups.forEach((g, i) => pushTo(byKey, g.key, i));
  const dateOf = new Map(facts.map((f) => [f.article.id, f.article.date]));
  return groups.map((g, i) => {
    const first = g.members[0]!.figure;
    return {
      id: ids[i]!,
      value: g.value,
      unit: first.unit,
      counts: g.counts || first.counts,
      describes: first.describes,
      qualifiers: g.qualifiers,
      key: g.key,
      sources: g.members.map((m) => ({
        article: m.article, start: m.figure.start, end: m.figure.end, phrase: m.figure.phrase, qualifier: m.figure.qualifier,
        speaker: (spoken.get(m.article) ?? []).find((s) => m.figure.start >= s.start && m.figure.end <= s.end)?.speaker ?? null,
        date: dateOf.get(m.article) ?? null,
      })),
      corroboration: g.corroboration,
      conflictsWith: g.conflict ? (byKey.get(g.key) ?? []).filter((j) => j !== i).map((j) => ids[j]!) : [],
    };
  });
}

function buildEvents(facts: ArticleFacts[], actors: Actor[], quotes: Quote[]): StoryEvent[] {
  const mentionsByArticle = actorMentionsByArticle(actors, quotes);
  const reports: EventReport[] = [];
  for (const f of facts) {
    const sentences = f.sentences.map((s) => ({ start: s.start, end: s.end, text: f.article.text.slice(s.start, s.end) }));
    const found = extractEvents(sentences, f.dates, mentionsByArticle.get(f.article.id) ?? [], { articleDate: f.article.date });
    for (const event of found) reports.push({ event, article: f.article.id, outlet: f.article.source, articleDate: f.article.date });
  }
  const textOf = new Map(facts.map((f) => [f.article.id, f.article]));
  const taken = new Set<string>();
  return mergeEvents(reports).map((e) => {
    const first = e.members[0]!;
    const article = textOf.get(first.article)!;
    // two events of one kind may open in one sentence: the trigger's offset tells them apart
    let id = `e-${shortHash(`${e.kind}:${first.article}:${first.event.sentence.start}:${first.event.trigger.start}`)}`;
    for (let n = 2; taken.has(id); n++) id = `e-${shortHash(`${e.kind}:${first.article}:${first.event.trigger.start}:${n}`)}`;
    taken.add(id);
    return {
      id,
      kind: e.kind,
      date: e.date,
      datePrecision: e.datePrecision,
      status: e.status,
      participants: e.participants,
      place: e.place,
      description: article.text.slice(first.event.sentence.start, first.event.sentence.end),
      sources: e.members.map((m) => ({
        article: m.article, start: m.event.sentence.start, end: m.event.sentence.end,
        trigger: { start: m.event.trigger.start, end: m.event.trigger.end },
        dateEvidence: m.event.dateEvidence ? { start: m.event.dateEvidence.start, end: m.event.dateEvidence.end } : null,
        date: textOf.get(m.article)?.date ?? null,
      })),
      corroboration: e.corroboration,
    };
  });
}
