// The knowledge base's schema, checked whenever a knowledge base is written. Mirrors types.ts field for field.
import { z } from 'zod';
import type { KnowledgeBase } from './types.ts';

const span = z.object({ article: z.string().min(1), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const resolvedDate = z.union([z.string().regex(/^\d{4}(-\d{2}){0,2}$/), z.object({ from: z.string(), to: z.string() })]);
const precision = z.enum(['day', 'month', 'year', 'span']);
const timelineEntry = z.object({ date: z.string().regex(/^\d{4}(-\d{2}){0,2}$/), kind: z.enum(['event', 'quote']), ref: z.string() });
const offsets = z.object({ start: z.number().int(), end: z.number().int() });
const count = z.number().int().nonnegative();
const coverage = z.object({ outlets: count, unnamedOutletArticles: count, from: isoDate.nullable(), to: isoDate.nullable() });
const activity = z.array(z.object({ date: z.string().regex(/^\d{4}(-\d{2}){0,2}$/), count, events: count }));
const actorSheet = z.object({
  keyQuotes: z.array(z.string()), statements: z.array(z.string()), disputed: z.array(z.string()), roles: z.array(count), coverage,
  spellings: z.array(z.object({ spelling: z.string().min(1), count: z.number().int().positive(), outlets: z.array(z.string()), first: span, merged: z.boolean() })),
  activity,
});
const topicSheet = z.object({
  quotes: z.array(z.string()), actors: z.array(z.object({ actor: z.string(), articles: count })),
  speakers: z.array(z.object({ speaker: z.string().nullable(), label: z.string().nullable(), quotes: z.array(z.string()).min(1) })),
  summary: z.array(span), coverage, activity,
});

const article = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/), file: z.string(), files: z.array(z.string()).min(1),
  title: z.string().nullable(), date: isoDate.nullable(), source: z.string().nullable(),
  sourceEvidence: z.enum(['metadata', 'dateline', 'credit']).nullable(), url: z.string().nullable(),
  text: z.string(), wordCount: z.number().int().nonnegative(), sentenceStarts: z.array(z.number().int().nonnegative()),
});

const actor = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/), kind: z.enum(['person', 'organization', 'place']), name: z.string().min(1),
  aliases: z.array(z.string()),
  roles: z.array(z.object({ title: z.string().min(1), articles: z.array(z.string()), evidence: z.array(span) })),
  mentions: z.array(span),
  merges: z.array(z.object({ from: z.string(), into: z.string(), reason: z.string(), evidence: z.array(span) })),
  gender: z.enum(['male', 'female']).nullable(),
  timeline: z.array(timelineEntry),
  related: z.array(z.object({ actor: z.string(), kind: z.enum(['met', 'spokeAbout', 'quotedTogether', 'sameSentence']), count: z.number().int().positive(), evidence: span })),
  sheet: actorSheet,
});

const quote = z.object({
  id: z.string().min(1), text: z.string().min(1), kind: z.enum(['direct', 'partial', 'indirect']),
  speaker: z.string().nullable(), speakerLabel: z.string().nullable(),
  sources: z.array(span.extend({
    speaker: z.string().nullable(), speakerLabel: z.string().nullable(),
    cue: z.object({ start: z.number().int(), end: z.number().int() }).nullable(), date: isoDate.nullable(),
  })).min(1),
  corroboration: z.number().int().positive(), conflict: z.boolean(), conflictsWith: z.array(z.string()),
  firstReported: isoDate.nullable(),
});

const topic = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/), title: z.string(), terms: z.array(z.string()), summary: z.string().nullable(),
  curated: z.boolean(), articles: z.array(z.string()), actors: z.array(z.string()), quotes: z.array(z.string()),
  sentences: z.array(span), figures: z.array(z.string()), events: z.array(z.string()), timeline: z.array(timelineEntry),
  sheet: topicSheet,
});

const dateFact = span.extend({ phrase: z.string(), resolved: resolvedDate.nullable(), precision, modifier: z.enum(['early', 'mid', 'late']).nullable() });
const figure = z.object({
  id: z.string(), value: z.number(), unit: z.string().nullable(), counts: z.string().nullable(), describes: z.string().nullable(),
  qualifiers: z.array(z.string()), key: z.string(),
  sources: z.array(span.extend({ phrase: z.string(), qualifier: z.string().nullable(), speaker: z.string().nullable(), date: isoDate.nullable() })).min(1),
  corroboration: z.number().int().positive(), conflictsWith: z.array(z.string()),
});
const storyEvent = z.object({
  id: z.string(), kind: z.enum(['call', 'meeting', 'talks', 'press_conference', 'summit', 'statement', 'sanctions', 'deployment']),
  date: resolvedDate.nullable(), datePrecision: precision.nullable(), status: z.enum(['reported', 'planned']),
  participants: z.array(z.string()), place: z.string().nullable(), description: z.string(),
  sources: z.array(span.extend({ trigger: offsets, dateEvidence: offsets.nullable(), date: isoDate.nullable() })).min(1),
  corroboration: z.number().int().positive(),
});

export const knowledgeBaseSchema = z.object({
  version: z.literal(1), generatedAt: z.string(),
  articles: z.array(article), actors: z.array(actor), quotes: z.array(quote), topics: z.array(topic),
  dates: z.array(dateFact), figures: z.array(figure), events: z.array(storyEvent),
  problems: z.array(z.object({ file: z.string(), severity: z.enum(['error', 'warning']), reason: z.string() })),
}).passthrough();

export class KnowledgeBaseSchemaError extends Error {
  override name = 'KnowledgeBaseSchemaError';
}

/** Checks shape, then that every span lies inside its article and every reference points at something real. */
export function checkKnowledgeBase(kb: KnowledgeBase): void {
  const result = knowledgeBaseSchema.safeParse(kb);
  if (!result.success) {
    const first = result.error.issues[0]!;
    throw new KnowledgeBaseSchemaError(`knowledge base does not match its schema at ${first.path.join('.')}: ${first.message}`);
  }
  const texts = new Map(kb.articles.map((a) => [a.id, a.text.length]));
  const actorIds = new Set(kb.actors.map((a) => a.id));
  const bad = (what: string) => {
    throw new KnowledgeBaseSchemaError(what);
  };
  const checkSpan = (s: { article: string; start: number; end: number }, where: string) => {
    const len = texts.get(s.article);
    if (len === undefined) bad(`${where} points at unknown article ${s.article}`);
    if (s.start >= s.end || s.end > len!) bad(`${where} has offsets ${s.start}-${s.end} outside its article`);
  };
  for (const a of kb.actors) a.mentions.forEach((m) => checkSpan(m, `mention of ${a.id}`));
  (kb.dates ?? []).forEach((d) => checkSpan(d, `date "${d.phrase}"`));
  for (const f of kb.figures ?? []) f.sources.forEach((s) => checkSpan(s, `source of figure ${f.id}`));
  for (const e of kb.events ?? []) {
    e.sources.forEach((s) => checkSpan(s, `source of event ${e.id}`));
    for (const p of e.participants) if (!actorIds.has(p)) bad(`event ${e.id} names unknown participant ${p}`);
  }
  for (const q of kb.quotes) {
    q.sources.forEach((s) => checkSpan(s, `source of quote ${q.id}`));
    if (q.speaker !== null && !actorIds.has(q.speaker)) bad(`quote ${q.id} names unknown speaker ${q.speaker}`);
  }
  // the sheets' derived lists point at real quotes and actors, and their spans into articles
  const quoteIds = new Set(kb.quotes.map((q) => q.id));
  const checkQuotes = (ids: string[], where: string) => ids.forEach((id) => quoteIds.has(id) || bad(`${where} names unknown quote ${id}`));
  for (const a of kb.actors) {
    if (!a.sheet) continue;
    for (const list of [a.sheet.keyQuotes, a.sheet.statements, a.sheet.disputed]) checkQuotes(list, `sheet of ${a.id}`);
    a.sheet.spellings.forEach((s) => checkSpan(s.first, `spelling "${s.spelling}" of ${a.id}`));
  }
  for (const t of kb.topics) {
    if (!t.sheet) continue;
    checkQuotes(t.sheet.quotes, `sheet of topic ${t.id}`);
    t.sheet.summary.forEach((s) => checkSpan(s, `summary sentence of topic ${t.id}`));
    for (const a of t.sheet.actors) if (!actorIds.has(a.actor)) bad(`sheet of topic ${t.id} names unknown actor ${a.actor}`);
    for (const g of t.sheet.speakers) {
      if (g.speaker !== null && !actorIds.has(g.speaker)) bad(`sheet of topic ${t.id} names unknown speaker ${g.speaker}`);
      checkQuotes(g.quotes, `speakers of topic ${t.id}`);
    }
  }
  if (actorIds.size !== kb.actors.length) bad('actor ids are not unique');
  for (const [what, list] of [['quote', kb.quotes], ['event', kb.events ?? []], ['figure', kb.figures ?? []], ['topic', kb.topics]] as const) {
    if (new Set(list.map((x) => x.id)).size !== list.length) bad(`${what} ids are not unique`);
  }
}
