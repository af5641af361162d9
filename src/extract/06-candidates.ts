// Step 6: everything in the narration that could be a speaker: people, organisations, places,
// unnamed sources ("a senior administration official") and pronouns.
import type { Segmented, Token } from './01-segment.ts';
import type { Mention } from './03-entities.ts';
import type { PeopleInArticle } from './05-people.ts';
import { isDemonym } from './gazetteer.ts';
import { FUNCTION_WORDS } from './lexicon/common.ts';
import { TITLE_CONNECTORS, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon/roles.ts';
import { ADJUNCT_STARTERS, CUE_ADVERBS, REPORTING_VERBS, SPEAKER_PRONOUNS } from './lexicon/verbs.ts';
import { HONORIFICS } from './lexicon/names.ts';
import { SOURCE_HEADS, SOURCE_MODIFIERS, PREPOSITIONS, NOUNS_AFTER_NAME, ORGANISATION_NOUNS } from './lexicon/sources.ts';

export type CandidateKind = 'person' | 'organization' | 'place' | 'unnamed' | 'pronoun';

export interface Candidate {
  kind: CandidateKind;
  /** Token range [first, end) of the name itself. */
  first: number;
  end: number;
  /** Where a title in front of the name begins (for trailing cues: ",” Deputy Foreign Minister Sergei Ryabkov said"). */
  lead: number;
  /** Local person index, for people. */
  person: number;
  /** Lexicon key, for organisations and places. */
  entity: string | null;
  /** The words as written: "a senior US source", "he", "Putin". */
  label: string;
  gender: 'male' | 'female' | 'plural' | 'neuter' | null;
  possessive: boolean;
  afterPreposition: boolean;
  /** Used as a modifier of a noun ("Biden administration", "Putin aide"): not a subject. */
  modifier: boolean;
  /** "the official": refers back to an unnamed source introduced earlier. */
  definite: boolean;
  /** Inside a relative clause ("Hughes, who chairs the OBR, told …"): not the subject of the main verb. */
  subordinate?: boolean;
}

const PRONOUN_GENDER = new Map(Object.entries(SPEAKER_PRONOUNS));
const CUE_LIKE = new Set(['also', 'later', 'then', 'has', 'had', 'have', 'would', 'will', 'was', 'is', 'said', 'says']);
/** "people familiar with …", "a person close to …": an unnamed source without a source noun. */
const FAMILIAR_AFTER = new Set(['familiar', 'close', 'briefed', 'with']);
/** People named by nationality where the adjective is another word: "the Spaniard said". */
const NATIONALITY_NOUNS = new Set(
  `Spaniard Briton Dane Swede Finn Pole Scot Serb Croat Turk Frenchman Frenchwoman Dutchman Dutchwoman Englishman
  Englishwoman Irishman Irishwoman Welshman Welshwoman Scotsman Scotswoman Swiss Kiwi Aussie Argentine Czech Slovak Slovene
  Bosnian Greek Norwegian Icelander Luxembourger Monegasque Filipino Thai Kazakh Uzbek`.split(/\s+/).filter(Boolean),
);
/** An age used as a noun: "the 24-year-old". */
const AGED = /^\d{1,3}-year-old$/;
const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'another', 'two', 'three', 'four', 'several', 'some', 'many', 'other', 'few']);

export function findCandidates(seg: Segmented, mentions: Mention[], at: Int32Array, people: PeopleInArticle): Candidate[] {
  const { tokens, text } = seg;
  const out: Candidate[] = [];
  const covered = new Uint8Array(tokens.length);
  const inPlaceOrOrg = (k: number) => at[k]! >= 0 && mentions[at[k]!]!.kind !== 'person';
  const base = (first: number, end: number, kind: CandidateKind) => {
    const para = tokens[first]!.para;
    let b = first - 1;
    while (b >= 0 && tokens[b]!.para === para && tokens[b]!.word && DETERMINERS.has(tokens[b]!.lower)) b--;
    if (b >= 0 && tokens[b]!.para !== para) b = -1;
    const next = tokens[end];
    return {
      possessive: tokens[end - 1]!.possessive,
      afterPreposition: b >= 0 && PREPOSITIONS.has(tokens[b]!.lower),
      modifier: !!next && next.word && !next.cap && (NOUNS_AFTER_NAME.has(next.lower) || TITLE_HEADS.has(next.lower))
        && !(kind !== 'person' && /^statements?$/.test(next.lower)),
    };
  };

  // unnamed sources first: they may contain a place ("a senior US source") that must not speak on its own
  for (let h = 0; h < tokens.length; h++) {
    const t = tokens[h]!;
    if (!t.word || t.quote >= 0) continue;
    const familiar = (t.lower === 'people' || t.lower === 'person') && FAMILIAR_AFTER.has(tokens[h + 1]?.lower ?? '');
    if (!(SOURCE_HEADS.has(t.lower) || familiar)) continue;
    const next = tokens[h + 1];
    if (next?.cap && next.word && next.quote < 0 && !/^(said|told)$/i.test(next.text)) continue; // a title: "spokesman Ned Price"
    let a = h;
    while (a > 0) {
      const w = tokens[a - 1]!;
      if (!w.word || w.quote >= 0 || w.para !== t.para) break;
      if (SOURCE_MODIFIERS.has(w.lower) || isDemonym(w.text) || (w.cap && inPlaceOrOrg(a - 1))) a--;
      else break;
    }
    // "a rescue official", "an election official": up to two other lower-case words, when a determiner opens them
    if (!(a > 0 && DETERMINERS.has(tokens[a - 1]!.lower))) {
      let b = a;
      while (b > 0 && a - b < 2) {
        const w = tokens[b - 1]!;
        if (!w.word || w.cap || w.quote >= 0 || w.para !== t.para || FUNCTION_WORDS.has(w.lower) || REPORTING_VERBS.has(w.lower)) break;
        b--;
      }
      if (b < a && b > 0 && DETERMINERS.has(tokens[b - 1]!.lower)) a = b;
    }
    let first = a;
    if (a > 0 && DETERMINERS.has(tokens[a - 1]!.lower)) first = a - 1;
    // "Rachel Reeves, Labour's finance spokeswoman, said": the words describe the person named before them
    let comma = first - 1;
    while (comma > 0 && tokens[comma]!.word && tokens[comma]!.para === t.para && (tokens[comma]!.possessive || tokens[comma]!.cap) && first - comma <= 4) comma--;
    if (comma >= 1 && tokens[comma]!.text === ',' && at[comma - 1]! >= 0) {
      const named = mentions[at[comma - 1]!]!;
      if (named.kind === 'person' && named.end === comma) continue;
    }
    const determiner = tokens[first]!.lower;
    // "a spokesperson for the company", "an official at the ministry": the affiliation belongs to the label
    let labelEnd = h;
    if (!familiar && /^(for|at|of|from|in|with)$/.test(tokens[h + 1]?.lower ?? '')) {
      let e = h + 2;
      if (tokens[e] && /^(the|a|an)$/.test(tokens[e]!.lower)) e++;
      let k = e;
      while (k < tokens.length && k - e < 4 && tokens[k]!.word && tokens[k]!.quote < 0 && !REPORTING_VERBS.has(tokens[k]!.lower)) k++;
      if (k > e && k - e <= 4) labelEnd = k - 1;
    }
    // the affiliation is part of the source: "a spokesman for John Smith said" is the spokesman speaking, not Smith
    // (but "a statement from the Nordic Council" is the council's: the name in it stays a candidate too)
    const end = labelEnd + 1;
    const statement = /^statements?$/.test(t.lower);
    out.push({
      kind: 'unnamed', first, end, lead: first, person: -1, entity: null,
      label: text.slice(tokens[first]!.start, tokens[labelEnd]!.end) + (familiar ? familiarTail(tokens, h + 1, text) : ''),
      gender: t.lower.endsWith('s') || t.lower === 'people' ? 'plural' : null,
      ...base(first, end, 'unnamed'), definite: /^(the|this|that)$/.test(determiner),
    });
    for (let k = first; k < (statement ? h + 1 : end); k++) covered[k] = 1;
  }

  mentions.forEach((m, mi) => {
    if (m.quoted || covered[m.first] || isDateline(m, tokens)) return;
    const pi = people.personOf[mi]!;
    if (m.kind === 'person' && pi < 0) return;
    let lead = m.first;
    while (lead > 0 && tokens[lead - 1]!.word && tokens[lead - 1]!.quote < 0 && (isLeadWord(tokens[lead - 1]!) || inPlaceOrOrg(lead - 1))) lead--;
    const b = base(m.first, m.end, m.kind);
    out.push({
      kind: m.kind, first: m.first, end: m.end, lead, person: pi, entity: m.kind === 'person' ? null : m.key,
      label: m.surface, gender: pi >= 0 ? people.people[pi]!.gender : null,
      possessive: b.possessive, afterPreposition: b.afterPreposition, modifier: b.modifier, definite: false,
    });
  });

  // an organisation or place inside a person's title ("UK Foreign Secretary Liz Truss") does not speak on its own
  const inTitleToken = new Uint8Array(tokens.length);
  for (const c of out) if (c.kind === 'person') inTitleToken.fill(1, c.lead, c.first);
  const kept = out.filter((c) => c.kind === 'person' || !inTitleToken[c.first]);
  out.length = 0;
  out.push(...kept);

  // one pass for what is left: "the company said" (a definite organisation noun, resolved later to the organisation
  // named before it), and pronouns; each kind keeps its place in the order candidates are listed in
  const nouns: Candidate[] = [];
  const pronouns: Candidate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0) continue;
    // "the Ukrainian foreign ministry said": a described institution the article never names is a typed source
    if (k > 1 && !covered[k] && at[k]! < 0 && ORGANISATION_NOUNS.has(t.lower) && tokens[k - 1]!.lower !== 'the') {
      let b = k - 1;
      while (b > 0 && k - b <= 3 && tokens[b]!.word && tokens[b]!.quote < 0 && tokens[b]!.para === t.para && !TITLE_CONNECTORS.has(tokens[b]!.lower)
        && (isDemonym(tokens[b]!.text) || (!tokens[b]!.cap && (TITLE_MODIFIERS.has(tokens[b]!.lower) || SOURCE_MODIFIERS.has(tokens[b]!.lower)))
          // "the Biden campaign", "the Trump administration": a name as the modifier
          || (tokens[b]!.cap && !tokens[b]!.possessive && at[b]! >= 0 && tokens[b - 1]?.lower === 'the'))) b--;
      // "Iran's mission to the United Nations said": where it is posted belongs to it
      let e = k + 1;
      if (/^(to|at|in)$/.test(tokens[e]?.lower ?? '')) {
        let f = e + 1;
        if (tokens[f]?.lower === 'the') f++;
        while (f < tokens.length && f - e <= 5 && tokens[f]!.word && tokens[f]!.cap && tokens[f]!.quote < 0) f++;
        if (f > e + 1 && tokens[f - 1]!.cap && REPORTING_VERBS.has(tokens[f]?.lower ?? '')) e = f;
      }
      const next = tokens[e];
      // opened by "the" or by a possessive name ("China's foreign ministry"), and followed by what a subject is
      const opener = tokens[b]!.lower === 'the' || (tokens[b]!.possessive && tokens[b]!.cap && at[b]! >= 0);
      const subjectLike = !next || !next.word || REPORTING_VERBS.has(next.lower) || CUE_LIKE.has(next.lower) || ADJUNCT_STARTERS.has(next.lower) || CUE_ADVERBS.has(next.lower);
      if ((b < k - 1 || tokens[b]!.possessive) && opener && subjectLike && !t.possessive) {
        const label = text.slice(tokens[b]!.start, tokens[e - 1]!.end);
        for (let x = k + 1; x < e; x++) covered[x] = 1;
        nouns.push({
          kind: 'unnamed', first: b, end: e, lead: b, person: -1, entity: null, label,
          gender: null, possessive: t.possessive, afterPreposition: base(b, k + 1, 'unnamed').afterPreposition, modifier: false, definite: false,
        });
        continue;
      }
    }
    if (k > 0 && !covered[k] && tokens[k - 1]!.lower === 'the' && ORGANISATION_NOUNS.has(t.lower)) {
      const next = tokens[k + 1];
      if (!(next && next.word && !next.cap && !REPORTING_VERBS.has(next.lower) && !CUE_LIKE.has(next.lower))) {
        nouns.push({
          kind: 'pronoun', first: k - 1, end: k + 1, lead: k - 1, person: -1, entity: null, label: text.slice(tokens[k - 1]!.start, t.end),
          gender: 'neuter', possessive: t.possessive, afterPreposition: base(k - 1, k + 1, 'pronoun').afterPreposition, modifier: false, definite: true,
        });
      }
    }
    // "the Italian said", "the 24-year-old told reporters": a person the article named before, by nationality or age
    if (k > 0 && !covered[k] && t.word && tokens[k - 1]!.lower === 'the' && tokens[k - 1]!.quote < 0 && (AGED.test(t.text) || (t.cap && (isDemonym(t.text) || NATIONALITY_NOUNS.has(t.text))))) {
      const next = tokens[k + 1];
      if (next?.word && (REPORTING_VERBS.has(next.lower) || CUE_ADVERBS.has(next.lower))) {
        pronouns.push({
          kind: 'pronoun', first: k - 1, end: k + 1, lead: k - 1, person: -1, entity: null, label: text.slice(tokens[k - 1]!.start, t.end),
          gender: null, possessive: false, afterPreposition: false, modifier: false, definite: true,
        });
        continue;
      }
    }
    // "the prime minister said", "the chancellor added": a title standing for the person the article gave it to
    if (k > 0 && !covered[k] && t.word && !t.cap && at[k]! < 0 && TITLE_HEADS.has(t.lower)) {
      let b = k - 1;
      while (b > 0 && k - b <= 3 && tokens[b]!.word && !tokens[b]!.cap && TITLE_MODIFIERS.has(tokens[b]!.lower) && !TITLE_CONNECTORS.has(tokens[b]!.lower)) b--;
      const next = tokens[k + 1];
      if (tokens[b]!.lower === 'the' && tokens[b]!.quote < 0 && next?.word && (REPORTING_VERBS.has(next.lower) || CUE_ADVERBS.has(next.lower))) {
        pronouns.push({
          kind: 'pronoun', first: b, end: k + 1, lead: b, person: -1, entity: null, label: text.slice(tokens[b]!.start, t.end),
          gender: null, possessive: false, afterPreposition: base(b, k + 1, 'pronoun').afterPreposition, modifier: false, definite: true,
        });
        continue;
      }
    }
    if (!t.word || t.text.length > 4) continue;
    const gender = PRONOUN_GENDER.get(t.text);
    if (!gender) continue;
    pronouns.push({
      kind: 'pronoun', first: k, end: k + 1, lead: k, person: -1, entity: null, label: t.text,
      gender, possessive: false, afterPreposition: false, modifier: false, definite: false,
    });
  }
  for (const c of nouns) out.push(c);
  for (const c of pronouns) out.push(c);
  for (const c of out) if (inRelativeClause(tokens, c.lead)) c.subordinate = true;
  // nothing in a dateline speaks: "UNITED NATIONS (AP) —", "SAN FRANCISCO, Feb 8 (Reuters) -"
  const datelineEnd = datelineEnds(seg);
  if (datelineEnd.size) {
    const kept2 = out.filter((c) => !(c.first < (datelineEnd.get(tokens[c.first]!.para) ?? -1)));
    out.length = 0;
    out.push(...kept2);
  }
  return out.sort((x, y) => x.first - y.first);
}

function isLeadWord(t: Token): boolean {
  return t.text in HONORIFICS || TITLE_HEADS.has(t.lower) || (TITLE_MODIFIERS.has(t.lower) && !TITLE_CONNECTORS.has(t.lower)) || isDemonym(t.text);
}

/** " familiar with the talks" — the words that make "people" a source. */
function familiarTail(tokens: Token[], k: number, text: string): string {
  let e = k;
  while (e < tokens.length && e - k < 5 && tokens[e]!.word && tokens[e]!.para === tokens[k]!.para) e++;
  return e > k ? text.slice(tokens[k - 1]!.end, tokens[e - 1]!.end) : '';
}

const DASHES = new Set(['—', '–', '-', '--']);

/**
 * Paragraphs that open with a dateline — an all-capitals place, then anything up to a dash within a dozen tokens
 * ("UNITED NATIONS (AP) —", "SAN FRANCISCO, Feb 8 (Reuters) -") — mapped to the token after the dash.
 */
function datelineEnds(seg: Segmented): Map<number, number> {
  const out = new Map<number, number>();
  for (const [p, para] of seg.paragraphs.entries()) {
    const end = datelineEnd(seg.tokens, para.firstToken, para.endToken);
    if (end >= 0) out.set(p, end);
  }
  return out;
}

/**
 * The token after a dateline that opens at `first` (an all-capitals place, then anything up to a dash within a dozen
 * tokens, before `limit`), or -1 when none opens there.
 */
export function datelineEnd(tokens: Token[], first: number, limit: number): number {
  const opening = tokens[first];
  if (!opening?.word || opening.text.length < 3 || opening.text !== opening.text.toUpperCase() || !/\p{Lu}/u.test(opening.text)) return -1;
  for (let k = first + 1; k < limit && k - first <= 12; k++) {
    const t = tokens[k]!;
    if (DASHES.has(t.text)) return k + 1;
    // a dateline holds names, dates and brackets only: a lower-case word means a sentence ("NATO said - …")
    if (t.word && !t.cap && !/^\d/.test(t.text)) return -1;
  }
  return -1;
}

/** "WASHINGTON President Joe Biden …": an all-capitals place opening a paragraph is a dateline. */
function isDateline(m: Mention, tokens: Token[]): boolean {
  if (m.kind !== 'place' || m.surface.length < 4 || m.surface !== m.surface.toUpperCase()) return false;
  const prev = tokens[m.first - 1];
  return !prev || prev.para !== tokens[m.first]!.para;
}

/** Whether the candidate can be the subject of a reporting verb that follows it. */
export function canBeSubject(c: Candidate): boolean {
  return !c.possessive && !c.afterPreposition && !c.modifier && !c.subordinate;
}

const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which']);

/** Words from `k` back reach ", who …" (or which, whose, whom) before any other punctuation: a relative clause. */
function inRelativeClause(tokens: Token[], k: number): boolean {
  const para = tokens[k]!.para;
  for (let b = k - 1; b >= 1 && k - b <= 12; b--) {
    const t = tokens[b]!;
    if (t.para !== para || !t.word) return false;
    if (RELATIVE_PRONOUNS.has(t.lower)) return tokens[b - 1]!.text === ',';
    if (t.sentenceStart) return false;
  }
  return false;
}
