// Step 7: decide who said each quotation, from the cues around it, in a fixed order of trust:
// a cue right after the closing mark, a reporting verb before it in the same sentence, a cue at the end of the
// sentence, "according to", an introducing colon, then the speaker of the quotation it continues.
import type { Segmented, Token } from './01-segment.ts';
import type { QuoteSpan } from './02-quote-marks.ts';
import type { Candidate } from './06-candidates.ts';
import { canBeSubject } from './06-candidates.ts';
import { REPORTING_VERBS, CUE_ADVERBS, ADJUNCT_STARTERS, UNAMBIGUOUS_S_FORMS, isNounLikeVerb, isParticiple } from './lexicon/verbs.ts';
import { NAME_PARTICLES } from './lexicon/names.ts';
import { ORGANISATION_NOUNS, PERSON_SOURCES } from './lexicon/sources.ts';
import { TITLE_HEADS, TITLE_MODIFIERS } from './lexicon/roles.ts';

const TITLE_WORDS = (t: Token): boolean => TITLE_HEADS.has(t.lower) || (TITLE_MODIFIERS.has(t.lower) && t.lower !== 'the');

export interface Speaker {
  candidate: Candidate | null;
  /** The candidate a pronoun or "the official" stands for, once resolved. */
  resolved: Candidate | null;
  cue: { start: number; end: number } | null;
  method: 'trailing' | 'leading' | 'sentence-end' | 'according-to' | 'colon' | 'continuation' | 'inner' | 'none';
}

export interface AttributionContext {
  seg: Segmented;
  quotes: QuoteSpan[];
  candidates: Candidate[];
  /** Token index → narration sentence index (quotations do not break sentences). */
  sentenceOf: Int32Array;
  sentences: Array<[number, number]>;
  candidatesBySentence: Candidate[][];
  /** Token range [first, end) inside each quotation. */
  quoteTokens: Array<[number, number]>;
}

const NONE: Speaker = { candidate: null, resolved: null, cue: null, method: 'none' };
const MAX_CUE_DISTANCE = 45;
/** Verbs whose object is the one spoken to, never the speaker. */
const ADDRESSEE_VERBS = new Set(['tell', 'told', 'tells', 'telling', 'ask', 'asked', 'asks', 'asking', 'urge', 'urged', 'urges', 'urging']);
const MAX_LOOKBACK_SENTENCES = 6;
/** Institution nouns that are part of the names of what they stand for ("the ministry" is a Ministry of …). */
const NAMED_BY_NOUN = new Set(['ministry', 'council', 'commission', 'committee', 'agency', 'department', 'court', 'parliament', 'university', 'hospital', 'embassy', 'bank', 'army', 'police']);

export function buildContext(seg: Segmented, quotes: QuoteSpan[], candidates: Candidate[], sentences: Array<[number, number]>): AttributionContext {
  const sentenceOf = new Int32Array(seg.tokens.length).fill(-1);
  sentences.forEach(([a, b], s) => sentenceOf.fill(s, a, b));
  const candidatesBySentence: Candidate[][] = sentences.map(() => []);
  for (const c of candidates) {
    const s = sentenceOf[c.first]!;
    if (s >= 0) candidatesBySentence[s]!.push(c);
  }
  const quoteTokens: Array<[number, number]> = quotes.map(() => [-1, -1]);
  seg.tokens.forEach((t, k) => {
    if (t.quote < 0) return;
    const r = quoteTokens[t.quote]!;
    if (r[0] < 0) r[0] = k;
    r[1] = k + 1;
  });
  return { seg, quotes, candidates, sentenceOf, sentences, candidatesBySentence, quoteTokens };
}

const isVerb = (t: Token | undefined) => !!t && t.word && t.quote < 0 && REPORTING_VERBS.has(t.lower);
function isVerbAt(tokens: Token[], v: number, cands: Candidate[]): boolean {
  const t = tokens[v];
  if (!isVerb(t)) return false;
  // forms that are as often nouns ("certain demands", "the claims"): verbs only right after a subject or adverb
  if (!t!.lower.endsWith('s') || UNAMBIGUOUS_S_FORMS.has(t!.lower)) return true;
  const prev = tokens[v - 1];
  if (!prev) return false;
  return cands.some((c) => c.end === v) || CUE_ADVERBS.has(prev.lower) || /^(and|who|which|,)$/.test(prev.lower);
}

export function attributeQuotes(ctx: AttributionContext): Speaker[] {
  const out: Speaker[] = [];
  ctx.quotes.forEach((q, qi) => {
    const [qa, qb] = ctx.quoteTokens[qi]!;
    if (qa < 0) {
      out.push(NONE);
      return;
    }
    const speaker =
      (q.unclosed ? innerCue(ctx, qa, qb) : null) ??
      trailingCue(ctx, qb) ??
      leadingCue(ctx, qa) ??
      sentenceEndCue(ctx, qb) ??
      accordingTo(ctx, qa) ??
      colonIntro(ctx, qa) ??
      continuation(ctx, qi, out);
    out.push(speaker ?? NONE);
  });
  return out.map((s) => (s.candidate ? { ...s, candidate: coordinated(ctx, s.candidate), resolved: resolve(ctx, s.candidate) } : s));
}

/**
 * "the U.S. and NATO allies have vowed …": the speaker is the whole group. The first actor still speaks for it,
 * and the label keeps every member.
 */
function coordinated(ctx: AttributionContext, c: Candidate): Candidate {
  if (c.kind === 'pronoun' || c.kind === 'unnamed') return c;
  const { tokens } = ctx.seg;
  const s = ctx.sentenceOf[c.first]!;
  const list = s >= 0 ? ctx.candidatesBySentence[s]! : [];
  let first = c.lead;
  let end = c.end;
  const left = list.find((x) => x.end === first - 1 && tokens[first - 1]?.lower === 'and' && x.kind !== 'pronoun');
  if (left) first = left.lead;
  const right = list.find((x) => x.lead === end + 1 && tokens[end]?.lower === 'and' && x.kind !== 'pronoun');
  if (right) end = right.end;
  if (first === c.lead && end === c.end) return c;
  if (tokens[end] && /^(allies|partners|officials|leaders|governments|forces)$/.test(tokens[end]!.lower)) end++;
  return { ...c, label: ctx.seg.text.slice(tokens[first]!.start, tokens[end - 1]!.end) };
}

function cueSpan(ctx: AttributionContext, a: number, b: number) {
  return { start: ctx.seg.tokens[a]!.start, end: ctx.seg.tokens[b]!.end };
}

function candidateAt(ctx: AttributionContext, k: number, byLead: boolean): Candidate | undefined {
  const s = ctx.sentenceOf[k]!;
  const list = s >= 0 ? ctx.candidatesBySentence[s]! : ctx.candidates;
  return list.find((c) => (byLead ? c.lead === k || c.first === k : c.first === k));
}

/** An unnamed candidate whose label ends in an institution noun ("the Israeli military"). */
function isInstitution(c: Candidate): boolean {
  const head = c.label.slice(c.label.lastIndexOf(' ') + 1).toLowerCase();
  return ORGANISATION_NOUNS.has(head);
}

/** A reporting verb right after the candidate (adverbs and an appositive allowed between). */
function speaksAfter(ctx: AttributionContext, c: Candidate): boolean {
  const { tokens } = ctx.seg;
  let v = skipAppositive(tokens, c.end);
  while (tokens[v] && CUE_ADVERBS.has(tokens[v]!.lower)) v++;
  // "above Wall Street estimates.": a form that may be a noun, with nothing after it, is not a verb here
  const t = tokens[v];
  return isVerb(t) && !isNounLikeVerb(t!.lower, !!tokens[v + 1]?.word);
}

/** A person within a few lower-case words after `from` (the words of their title), if any. */
function personAfterTitle(ctx: AttributionContext, from: number, k: number): Candidate | undefined {
  const { tokens } = ctx.seg;
  for (let e = from; e < tokens.length && e - from <= 3; e++) {
    const p = candidateAt(ctx, e, false);
    if (p?.kind === 'person') return p;
    const t = tokens[e]!;
    if (!t.word || t.cap || t.para !== tokens[k]!.para) return undefined;
  }
  return undefined;
}

/** After the verb: the end, punctuation, or an adjunct ("on Thursday", "in a statement") — not a new clause. */
function closesClause(tokens: Token[], k: number): boolean {
  // "told" always has an object ("told analysts", "told The Associated Press"); what follows it is not a new clause
  if (/^(told|tells|telling)$/.test(tokens[k - 1]?.lower ?? '') && tokens[k]?.lower !== 'that') return true;
  const t = tokens[k];
  if (!t || !t.word || t.quote >= 0) return true;
  return ADJUNCT_STARTERS.has(t.lower) || /^(reporters|journalists|the press|cnn)$/i.test(t.text);
}

/** `,” Biden said` · `,” said Ushakov` · `,” Deputy Foreign Minister Sergei Ryabkov told reporters` */
function trailingCue(ctx: AttributionContext, qb: number): Speaker | null {
  const { tokens } = ctx.seg;
  let k = qb;
  while (k < tokens.length && !tokens[k]!.word && tokens[k]!.para === tokens[qb - 1]!.para && !/^[.!?]$/.test(tokens[k]!.text)) k++;
  if (k >= tokens.length || tokens[k]!.para !== tokens[qb - 1]!.para) return null;
  // "the official said"; "United manager Erik ten Hag said" (a name we do not know before the title)
  // "von der Leyen said": the particles before a surname
  let named = k;
  while (named < k + 2 && tokens[named]?.word && !tokens[named]!.cap && NAME_PARTICLES.has(tokens[named]!.lower)) named++;
  let c = candidateAt(ctx, named, true) ?? (tokens[k]!.lower === 'the' || (tokens[k]!.cap && tokens[k]!.word) ? candidateAt(ctx, k + 1, true) : undefined);
  // "India's Ministry of External Affairs said": the owner opens the name of the one that speaks
  // ("Russia's foreign ministry said": or a typed source that the owner opens)
  if (c?.possessive && c.kind !== 'person') {
    const owner = c;
    const s = ctx.sentenceOf[owner.first]!;
    c = (s >= 0 ? ctx.candidatesBySentence[s]! : ctx.candidates).find((x) => x.first === owner.first && x.end > owner.end) ?? candidateAt(ctx, owner.end, false) ?? owner;
  }
  // "U.N. aid chief Martin Griffiths told": an organisation opening the title of the person who speaks
  const titled = c && c.kind !== 'person' ? personAfterTitle(ctx, c.end, k) : undefined;
  for (const who of titled ? [titled, c] : [c]) {
    if (!who || who.possessive) continue;
    let v = skipAppositive(tokens, who.end);
    while (tokens[v] && CUE_ADVERBS.has(tokens[v]!.lower)) v++;
    if (isVerb(tokens[v]) && closesClause(tokens, v + 1)) return { candidate: who, resolved: null, cue: cueSpan(ctx, who === titled ? k : who.lead, v), method: 'trailing' };
  }
  if (isVerb(tokens[k])) {
    const after = candidateAt(ctx, k + 1, true) ?? candidateAt(ctx, k + 2, true) ?? personAfterAppositiveTitle(ctx, k + 1);
    if (after && after.kind !== 'pronoun') return { candidate: after, resolved: null, cue: cueSpan(ctx, k, after.end - 1), method: 'trailing' };
  }
  return null;
}

/** "replied the minister, Anna Berg": a person after a title and a comma, right after the verb. */
function personAfterAppositiveTitle(ctx: AttributionContext, from: number): Candidate | undefined {
  const { tokens } = ctx.seg;
  let e = from;
  if (tokens[e] && /^(the|a|an)$/.test(tokens[e]!.lower)) e++;
  const titleStart = e;
  while (e < tokens.length && e - titleStart < 5 && tokens[e]!.word && tokens[e]!.quote < 0 && (TITLE_WORDS(tokens[e]!))) e++;
  if (e === titleStart || tokens[e]?.text !== ',') return undefined;
  const p = candidateAt(ctx, e + 1, true);
  return p?.kind === 'person' ? p : undefined;
}

/** "Olga Hansen, the defence minister, said": the verb comes after the comma-enclosed appositive. */
export function skipAppositive(tokens: Token[], k: number): number {
  if (tokens[k]?.text !== ',') return k;
  for (let e = k + 1; e < tokens.length && e - k <= 12; e++) {
    const t = tokens[e]!;
    if (t.quote >= 0 || /^[.!?;:"“”]$/.test(t.text)) return k;
    if (t.text === ',') return REPORTING_VERBS.has(tokens[e + 1]?.lower ?? '') || CUE_ADVERBS.has(tokens[e + 1]?.lower ?? '') ? e + 1 : k;
  }
  return k;
}

/** The nearest reporting verb before the quotation in its sentence, and that verb's subject. */
function leadingCue(ctx: AttributionContext, qa: number): Speaker | null {
  const { tokens } = ctx.seg;
  const s = ctx.sentenceOf[qa]!;
  if (s < 0) return null;
  const [fs] = ctx.sentences[s]!;
  const cands = ctx.candidatesBySentence[s]!;
  for (let v = qa - 1; v >= fs && qa - v <= MAX_CUE_DISTANCE; v--) {
    const t = tokens[v]!;
    if (!isVerbAt(tokens, v, cands)) continue;
    // "Lina Khatib, an analyst at Chatham House, said Hezbollah had …": the subject before an appositive
    // (a named subject, and no person inside the commas: "Macron's spokeswoman, Prisca Thevenot, said" is Thevenot)
    const appositive = tokens[v - 1]?.text === ',' ? cands.find((c) => c.end < v - 1 && canBeSubject(c) && (c.kind === 'person' || c.kind === 'organization')
      && skipAppositive(tokens, c.end) === v && !cands.some((p) => p.kind === 'person' && p.first > c.end && p.end < v)) : undefined;
    if (appositive) return { candidate: appositive, resolved: null, cue: cueSpan(ctx, appositive.lead, v), method: 'leading' };
    // "… said Putin: “…”" — the speaker stands after the verb
    // (never after "tell" or "ask": who stands there is spoken to — "telling the General Assembly that “…”")
    // (nor after a participle or a preposition: "The prime minister, speaking in Kyiv, said:" is not Kyiv's)
    const inverted = ADDRESSEE_VERBS.has(t.lower) || isParticiple(t.lower) ? undefined
      : cands.find((c) => c.first > v && c.end <= qa && c.first - v <= 2 && c.kind !== 'pronoun' && !c.possessive && !c.afterPreposition);
    if (inverted && tokens[v - 1] && !tokens[v - 1]!.word) return { candidate: inverted, resolved: null, cue: cueSpan(ctx, v, inverted.end - 1), method: 'leading' };
    const before = cands.filter((c) => c.end <= v && canBeSubject(c));
    const coordinated = tokens[v - 1]?.lower === 'and' || (tokens[v - 1] && CUE_ADVERBS.has(tokens[v - 1]!.lower) && tokens[v - 2]?.lower === 'and');
    const subject = isParticiple(t.lower) || coordinated ? before[0] : before[before.length - 1];
    if (subject) return { candidate: subject, resolved: null, cue: cueSpan(ctx, subject.lead, v), method: 'leading' };
  }
  return null;
}

/** `“…” if Russia attacks, the official said.` */
function sentenceEndCue(ctx: AttributionContext, qb: number): Speaker | null {
  const { tokens } = ctx.seg;
  const s = ctx.sentenceOf[qb - 1]!;
  if (s < 0) return null;
  const [, fe] = ctx.sentences[s]!;
  for (const c of ctx.candidatesBySentence[s]!) {
    if (c.first < qb || !canBeSubject(c) || tokens[c.lead - 1]?.text !== ',') continue;
    let v = skipAppositive(tokens, c.end);
    while (tokens[v] && CUE_ADVERBS.has(tokens[v]!.lower)) v++;
    if (v < fe && isVerb(tokens[v]) && closesClause(tokens, v + 1)) return { candidate: c, resolved: null, cue: cueSpan(ctx, c.lead, v), method: 'sentence-end' };
  }
  return null;
}

function accordingTo(ctx: AttributionContext, qa: number): Speaker | null {
  const { tokens } = ctx.seg;
  const s = ctx.sentenceOf[qa]!;
  if (s < 0) return null;
  const [fs, fe] = ctx.sentences[s]!;
  for (let k = fs; k < fe - 2; k++) {
    if (tokens[k]!.lower !== 'according' || tokens[k + 1]!.lower !== 'to' || tokens[k]!.quote >= 0) continue;
    const c = ctx.candidatesBySentence[s]!.find((x) => x.lead >= k + 2 && x.lead <= k + 3);
    if (c) return { candidate: c, resolved: null, cue: cueSpan(ctx, k, c.end - 1), method: 'according-to' };
  }
  return null;
}

/** `Psaki rebuffed Putin’s comments on Thursday: “…”` — the subject before the colon. */
function colonIntro(ctx: AttributionContext, qa: number): Speaker | null {
  const { tokens } = ctx.seg;
  const colon = qa - 2;
  if (tokens[colon]?.text !== ':') return null;
  const s = ctx.sentenceOf[colon]!;
  const subject = s >= 0 ? ctx.candidatesBySentence[s]!.find((c) => c.end <= colon && canBeSubject(c)) : undefined;
  return subject ? { candidate: subject, resolved: null, cue: cueSpan(ctx, subject.lead, colon), method: 'colon' } : null;
}

/** An unclosed quotation that ends "…, Price said." carries its own cue. */
function innerCue(ctx: AttributionContext, qa: number, qb: number): Speaker | null {
  const { tokens } = ctx.seg;
  let v = qb - 1;
  if (tokens[v] && !tokens[v]!.word) v--;
  if (!REPORTING_VERBS.has(tokens[v]?.lower ?? '')) return null;
  const nameEnd = v;
  let a = nameEnd - 1;
  while (a > qa && tokens[a]!.cap) a--;
  if (tokens[a]?.text !== ',' || a + 1 >= nameEnd) return null;
  const name = ctx.seg.text.slice(tokens[a + 1]!.start, tokens[nameEnd - 1]!.end);
  const c = ctx.candidates.find((x) => x.kind === 'person' && (x.label === name || x.label.endsWith(` ${name}`)));
  return c ? { candidate: { ...c, first: a + 1, end: nameEnd, lead: a + 1 }, resolved: null, cue: cueSpan(ctx, a + 1, v), method: 'inner' } : null;
}

/** A quotation with no cue of its own continues the one before it in the paragraph, or the last paragraph's. */
function continuation(ctx: AttributionContext, qi: number, done: Speaker[]): Speaker | null {
  const q = ctx.quotes[qi]!;
  const prev = ctx.quotes[qi - 1];
  if (!prev || qi === 0) return null;
  const adjacentParagraph = prev.para === q.para - 1 && (q.continuation || prev.unclosed || opensParagraph(ctx, qi));
  if (prev.para !== q.para && !adjacentParagraph) return null;
  // a fragment woven into a later sentence with no cue of its own ("the so-called “groups”") is nobody's
  const [qa] = ctx.quoteTokens[qi]!;
  const [pa] = ctx.quoteTokens[qi - 1]!;
  const sameSentence = ctx.sentenceOf[qa]! === ctx.sentenceOf[pa]!;
  if (prev.para === q.para && !sameSentence && !opensSentence(ctx, qa)) return null;
  const before = done[qi - 1]!;
  return before.candidate ? { ...before, method: 'continuation' } : null;
}

/** Nothing but marks before the quotation in its sentence. */
function opensSentence(ctx: AttributionContext, qa: number): boolean {
  const s = ctx.sentenceOf[qa]!;
  if (s < 0) return false;
  for (let k = ctx.sentences[s]![0]; k < qa; k++) if (ctx.seg.tokens[k]!.word) return false;
  return true;
}

function opensParagraph(ctx: AttributionContext, qi: number): boolean {
  const [qa] = ctx.quoteTokens[qi]!;
  const para = ctx.seg.paragraphs[ctx.quotes[qi]!.para]!;
  return qa >= 0 && qa - para.firstToken <= 1;
}

/** Pronouns and "the official" stand for someone named earlier; find them. */
export function resolve(ctx: AttributionContext, c: Candidate): Candidate | null {
  if (c.kind === 'unnamed') {
    // "according to a statement from the Nordic Council": whoever the statement is from
    if (!c.definite && /^an? statements? (from|by|of) /i.test(c.label)) {
      const issuer = ctx.candidates.find((x) => x.first > c.first && x.end <= c.end && (x.kind === 'organization' || x.kind === 'person' || x.kind === 'place'));
      if (issuer) return issuer;
    }
    if (!c.definite) return c;
    const head = c.label.split(/\s+/).pop()!.toLowerCase();
    // "the statement said": whoever issued a statement in the sentences just before
    if (/^statements?$/.test(head)) {
      const s = ctx.sentenceOf[c.first]!;
      for (let k = s; k >= 0 && s - k <= 2; k--) {
        const issuer = ctx.candidatesBySentence[k]!.find((x) => x.first < c.first && x.kind !== 'pronoun' && x.kind !== 'unnamed' && canBeSubject(x));
        if (issuer) return issuer;
      }
      return c;
    }
    const earlier = ctx.candidates.filter((x) => x.kind === 'unnamed' && x.first < c.first && !x.definite && x.label.toLowerCase().endsWith(head));
    if (earlier.length) return earlier[earlier.length - 1]!;
    // "Kobbie Mainoo, 19, scored. The teenager said …": a private person's noun with no unnamed one before it is the
    // person named before
    if (PERSON_SOURCES.has(head)) return resolve(ctx, { ...c, kind: 'pronoun', gender: null }) ?? c;
    return c;
  }
  if (c.kind !== 'pronoun') return c;
  const s = ctx.sentenceOf[c.first]!;
  const lastWord = c.label.slice(c.label.lastIndexOf(' ') + 1).toLowerCase();
  const titleHead = c.gender === null && TITLE_HEADS.has(lastWord) ? lastWord : null;
  // the people of the article with that title before one of their names ("President Joe Biden … Biden said")
  let titled: Set<number> | null = null;
  if (titleHead) {
    titled = new Set();
    for (const x of ctx.candidates) {
      if (x.kind !== 'person' || x.lead >= x.first) continue;
      const title = ctx.seg.text.slice(ctx.seg.tokens[x.lead]!.start, ctx.seg.tokens[x.first]!.start).toLowerCase();
      if (title.includes(titleHead)) titled.add(x.person);
    }
  }
  const fits = (x: Candidate) => {
    if (x.first >= c.first) return false;
    // "it said", "the company said": an organisation (a place only for "it")
    // (or an institution the text describes without naming it: "the Israeli military said … It said")
    if (c.gender === 'neuter') {
      // "the ministry said": an organisation whose name has that word (a ministry, not the council named before);
      // "the company said": any organisation
      const noun = c.definite ? c.label.slice(c.label.lastIndexOf(' ') + 1).toLowerCase() : '';
      if (NAMED_BY_NOUN.has(noun)) return (x.kind === 'organization' || (x.kind === 'unnamed' && x.gender === null && isInstitution(x))) && x.label.toLowerCase().includes(noun);
      return x.kind === 'organization' || (x.kind === 'place' && !c.definite) || (x.kind === 'unnamed' && x.gender === null && isInstitution(x));
    }
    if (c.gender === 'plural') return x.gender === 'plural' || x.kind === 'organization' || x.kind === 'place';
    // "the Italian", "the 24-year-old": a person named before, of either gender; "the prime minister": one whose title
    // before the name has that head word ("Prime Minister Keir Starmer")
    if (c.gender === null) return x.kind === 'person' && (!titleHead || titled!.has(x.person));
    if (x.kind === 'person') return x.gender === c.gender || x.gender === null;
    // (a person unnamed, not an institution the text describes: "the military said … he said")
    return x.kind === 'unnamed' && x.gender !== 'plural' && !isInstitution(x);
  };
  // a name of the right gender wins over a nearer one of unknown gender; within a sentence, its subject wins over
  // the person it talks about
  for (const strict of [true, false]) {
    for (let k = s; k >= 0 && s - k <= MAX_LOOKBACK_SENTENCES; k--) {
      const list = ctx.candidatesBySentence[k]!.filter((x) => fits(x) && (!strict || c.gender === null || x.gender === c.gender || ((c.gender === 'plural' || c.gender === 'neuter') && x.kind !== 'person')));
      // "it" and "they" are the one that spoke there before any other subject
      const speaking = c.gender === 'neuter' || c.gender === 'plural' ? list.find((x) => canBeSubject(x) && speaksAfter(ctx, x)) : undefined;
      const pick = speaking ?? list.find(canBeSubject) ?? list.find((x) => x.kind !== 'pronoun');
      if (pick) return pick.kind === 'pronoun' ? resolve(ctx, pick) : pick;
      // "… a rescue official told state television. He said …": an unnamed source as the subject of a sentence in
      // between is nearer than any name of the right gender further back
      // (only in this sentence or the one before, and only when no person there could be meant)
      if (strict && s - k <= 1 && (c.gender === 'male' || c.gender === 'female')) {
        const here = ctx.candidatesBySentence[k]!;
        const source = here.find((x) => x.kind === 'unnamed' && x.first < c.first && x.gender !== 'plural' && !isInstitution(x) && canBeSubject(x));
        if (source && !here.some((x) => x.kind === 'person' && fits(x))) return resolve(ctx, source);
      }
    }
  }
  return null;
}
