// Step 3: find names of people, organisations and places in the tokens, with the evidence for each kind.
import type { Segmented, Token } from './01-segment.ts';
import { roleHeadEndingAt } from './roleShapes.ts';
import { matchGazetteer, isDemonym } from './gazetteer.ts';
import { COMMON_CAPITALISED, FUNCTION_WORDS, MONTHS, WEEKDAYS } from './lexicon/common.ts';
import { ORG_HEADS, NOT_ACRONYM_ORGS } from './lexicon/institutions.ts';
import { HONORIFICS, NAME_PARTICLES, isGivenName } from './lexicon/names.ts';
import { ABBREVIATED_TITLES, POST_NOMINALS, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon/roles.ts';
import { SPEAKS_FOR } from './lexicon/sources.ts';
import { REPORTING_VERBS, isNounLikeVerb } from './lexicon/verbs.ts';

export type MentionKind = 'person' | 'organization' | 'place';
/** Why a name is a person's; 'kin' is a two-word name sharing its surname with a confirmed person ("Hunter Biden"). */
export type PersonEvidence = 'title' | 'honorific' | 'given-name' | 'verb' | 'credit' | 'surname' | 'kin';

export interface Mention {
  kind: MentionKind;
  /** The name as written, without any title: "Jen Psaki", "Psaki", "U.S.". */
  surface: string;
  /** Lexicon name for organisations and places ("United States" for "U.S."); the surface for people. */
  key: string;
  /** Token range [first, end). */
  first: number;
  end: number;
  start: number;
  endChar: number;
  possessive: boolean;
  quoted: boolean;
  /** For people: why this is a person. Single surnames wait for step 5 to be linked or dropped. */
  evidence: PersonEvidence | null;
  /** Honorific before the name, if any ("Mr."). */
  honorific: string | null;
}

const PARTICLE_OK = (t: Token | undefined) => !!t && t.word && NAME_PARTICLES.has(t.lower);
/** "el-Sisi", "al-Assad", "bin-Laden": a lower-case particle joined to a capitalised name by a hyphen. */
const ARABIC_PARTICLE_NAME = /^(?:el|al|ad|as|ash|an|ar|at|az|ibn|bin|abu|ben)-\p{Lu}\p{Ll}/u;
const isArabicParticleName = (t: Token | undefined) => !!t && t.word && ARABIC_PARTICLE_NAME.test(t.text);
const CALENDAR = (t: Token) => WEEKDAYS.has(t.text) || MONTHS.has(t.text);

function isTitleWord(t: Token): boolean {
  return TITLE_HEADS.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || t.text in ABBREVIATED_TITLES || t.text in HONORIFICS
    // a plural title before names: "Researchers Barret Zoph and Bob McGrew"
    || (t.lower.length > 4 && t.lower.endsWith('s') && TITLE_HEADS.has(t.lower.slice(0, -1)));
}

function isAcronym(t: Token): boolean {
  return /^[A-Z][A-Z0-9&]{1,5}$/.test(t.text) && (t.text.match(/[A-Z]/g)?.length ?? 0) >= 2 && !NOT_ACRONYM_ORGS.has(t.text);
}

/** Capitalised and partly lower case: "Psaki", "O'Brien", "McDonald", "Zelenskyy" (not "NATO", not "2021"). */
function looksLikeNameWord(t: Token): boolean {
  return /^\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*$/u.test(t.text) || isInitial(t) || isArabicParticleName(t);
}

/** Initials that open a name: "J.D." and "JD" in "J.D. Vance", "JD Vance" (two capitals only where no acronym is meant). */
function isInitials(t: Token): boolean {
  return /^(?:\p{Lu}\.){2,3}$/u.test(t.text) || (/^\p{Lu}{2}$/u.test(t.text) && !NOT_ACRONYM_ORGS.has(t.text));
}

/** A middle initial the tokenizer kept with its full stop: "A." in "Aleksei A. Navalny". */
function isInitial(t: Token): boolean {
  return t.text.length === 2 && t.text.charCodeAt(1) === 46 && t.cap;
}

/**
 * Keeps a two-word 'kin' name ("Hunter Biden") only when a person of the article with other evidence ("President Joe
 * Biden") has the same surname; the others were two capitalised words and nothing more ("Goldman Sachs").
 */
function confirmKin(mentions: Mention[], tokens: Token[]): Mention[] {
  if (!mentions.some((m) => m.evidence === 'kin')) return mentions;
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== 'person' || m.evidence === 'kin') continue;
    if (m.evidence !== 'surname' && m.end - m.first >= 2) surnames.add(tokens[m.end - 1]!.lower);
    // "Xóchitl Gálvez … Gálvez says": the surname alone speaks, as only a person's does
    // (not a word opening a sentence, which may be any noun: "Democrats said" does not make "Social Democrats" a person)
    else if (m.end - m.first === 1 && (m.evidence === 'honorific' || (!tokens[m.first]!.sentenceStart && REPORTING_VERBS.has(nextWord(tokens, m.end)?.lower ?? '')))) surnames.add(tokens[m.first]!.lower);
  }
  // "Researchers Barret Zoph and Bob McGrew": two words joined by "and" to a person are a person too
  const personAt = new Set<number>();
  for (const m of mentions) if (m.kind === 'person' && m.evidence !== 'kin' && m.evidence !== 'surname' && m.end - m.first >= 2) personAt.add(m.first);
  return mentions.filter((m) => m.evidence !== 'kin' || surnames.has(tokens[m.end - 1]!.lower) || (tokens[m.end]?.lower === 'and' && personAt.has(m.end + 1)));
}

const PLURAL_VERBS = new Set(['have', 'are', 'were']);
/** Plurals without an s that open sentences: "People are", "Police have". */
const PLURAL_NOUNS = new Set(['people', 'children', 'women', 'men', 'police', 'staff', 'data', 'media', 'cattle', 'crew', 'personnel', 'clergy', 'youth']);

/** Words after a single name that make it a company: its staff, its shares, its plants ("Boeing chief executive"). */
const COMPANY_CONTEXT = new Set(
  `chief ceo cfo coo executive executives spokesman spokeswoman spokesperson employees workers engineers staff shares
  stock board chairman chairwoman shareholders investors customers factory factories plant plants headquarters
  subsidiary executives' rival rivals`.split(/\s+/),
);

/**
 * A single word the article otherwise leaves as a bare surname ("Boeing said") is a company when, somewhere in the
 * article, it stands right before a company word ("Boeing chief executive Dave Calhoun", "Boeing shares") and no
 * person of the article has it as a surname. Every bare mention of it then names that organisation.
 */
function companiesByContext(mentions: Mention[], tokens: Token[]): Mention[] {
  const companies = new Set<string>();
  const surnames = new Set<string>();
  for (const m of mentions) if (m.kind === 'person' && m.end - m.first >= 2) surnames.add(tokens[m.end - 1]!.text);
  for (const m of mentions) {
    if (m.evidence !== 'surname' || m.possessive || surnames.has(m.surface)) continue;
    // "the Russians staff": a people, not a company
    if (isDemonym(m.surface) || isDemonym(m.surface.replace(/s$/, ''))) continue;
    const next = tokens[m.end];
    if (next?.word && !next.cap && COMPANY_CONTEXT.has(next.lower) && !isGivenName(m.surface)) companies.add(m.surface);
    // "Chelsea have agreed a fee": a single name with a plural verb is a team or an organisation, even one that is
    // also a given name (not "Shares have", "People are")
    if (next?.word && PLURAL_VERBS.has(next.lower) && tokens[m.end + 1]?.word && !m.surface.endsWith('s') && !PLURAL_NOUNS.has(m.surface.toLowerCase())) companies.add(m.surface);
  }
  if (!companies.size) return mentions;
  return mentions.map((m) => (m.evidence === 'surname' && companies.has(m.surface) ? { ...m, kind: 'organization' as const, evidence: null, honorific: null } : m));
}

/** Finds all name mentions in an article. */
export function findMentions(seg: Segmented): Mention[] {
  const { tokens, text } = seg;
  const mentions: Mention[] = [];
  const mention = (kind: MentionKind, first: number, end: number, key: string | null, evidence: PersonEvidence | null, honorific: string | null = null) => {
    const a = tokens[first]!;
    const b = tokens[end - 1]!;
    const surface = text.slice(a.start, b.end);
    mentions.push({
      kind, surface, key: key ?? surface, first, end, start: a.start, endChar: b.end,
      possessive: b.possessive, quoted: a.quote >= 0, evidence, honorific,
    });
  };

  // per paragraph: -1 not yet known, 1 a title-case headline, 0 not
  const headlines = new Int8Array(seg.paragraphs.length).fill(-1);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!t.word || (!t.cap && !isArabicParticleName(t))) {
      i++;
      continue;
    }
    // "a spokeswoman for Southern California Edison": the capitalised words after "<spokesperson> for" are whom the
    // spokesperson speaks for, places inside them included, unless they open with a given name or a title
    const spoken = spokenForEnd(tokens, i);
    if (spoken > 0) {
      mention('organization', i, spoken, null, null);
      i = spoken;
      continue;
    }
    // "Real Madrid", "Bayer Leverkusen", "Manchester United": a club named after its city
    const club = clubEnd(tokens, i);
    if (club > 0) {
      mention('organization', i, club, null, null);
      i = club;
      continue;
    }
    const gaz = matchGazetteer(tokens, i);
    const next = tokens[i + 1];
    // a given name that is also a place ("Jordan Peterson") is a person when a surname-like word follows
    if (gaz && !(gaz.length === 1 && isGivenName(t.text) && next?.cap && looksLikeNameWord(next) && !matchGazetteer(tokens, i + 1))) {
      // "United States Maritime Alliance": a country followed by an organisation's name is that organisation
      const orgEnd = gaz.entry.type === 'country' ? organisationRunEnd(tokens, i + gaz.length) : -1;
      if (orgEnd > 0) {
        // "Russia's Defence Ministry" keeps its country: another country's defence ministry is another organisation
        mention('organization', i, orgEnd, null, null);
        i = orgEnd;
        continue;
      }
      mention(gaz.entry.kind, i, i + gaz.length, gaz.entry.name, null);
      i += gaz.length;
      continue;
    }
    // a run of capitalised words (with name particles inside), stopping at lexicon names and quotation edges
    let j = i + 1;
    while (j < tokens.length) {
      const u = tokens[j]!;
      if (u.para !== t.para || u.quote !== t.quote) break;
      // "International Longshoremen's Association": a possessive continues only into an organisation word
      if (tokens[j - 1]!.possessive && !(u.cap && ORG_HEADS.has(u.text))) break;
      if (u.word && (u.cap || isArabicParticleName(u)) && !matchGazetteer(tokens, j)) { j++; continue; }
      // a surname that is also a place right after a given name: "Ana Lima", "Paris Hilton" is left alone
      if (u.word && u.cap && isGivenName(tokens[j - 1]!.text) && matchGazetteer(tokens, j)?.length === 1 && !tokens[j - 1]!.possessive) { j++; continue; }
      // "ten Hag", "von der Leyen": one or two particles, then a capitalised word
      if (PARTICLE_OK(u)) {
        const after = PARTICLE_OK(tokens[j + 1]) ? j + 2 : j + 1;
        if (tokens[after]?.cap && tokens[after]?.word && tokens[after]?.para === t.para) { j = after + 1; continue; }
      }
      break;
    }
    let headline = headlines[t.para]!;
    if (headline < 0) headline = headlines[t.para] = isHeadline(seg, t.para) ? 1 : 0;
    i = Math.max(j, classifyRun(tokens, i, j, mention, headline === 1));
  }
  return acronymsOfNames(companiesByContext(confirmKin(mentions, tokens), tokens), tokens);
}

/**
 * "the Bank of Japan … the BOJ": an acronym made of the capitals of an organisation the article names in full is that
 * organisation (the acronym is kept as a spelling of it).
 */
/** A word that may be an acronym: "BOJ", "BoE", "ELN". */
const ACRONYM_LIKE = /^[A-Z][A-Za-z]{1,5}$/;

function acronymsOfNames(mentions: Mention[], tokens: Token[]): Mention[] {
  const byInitials = new Map<string, string>();
  for (const m of mentions) {
    if (m.kind !== 'organization' || m.end - m.first < 2) continue;
    // "the National Liberation Army (ELN)": the acronym in brackets right after the name, whatever its letters
    const inBrackets = tokens[m.end]?.text === '(' && tokens[m.end + 2]?.text === ')' ? tokens[m.end + 1]! : null;
    if (inBrackets && ACRONYM_LIKE.test(inBrackets.text) && !byInitials.has(inBrackets.text.toUpperCase())) byInitials.set(inBrackets.text.toUpperCase(), m.key);
    // with and without the small words: "Bank of Japan" is BJ or BOJ
    let capitals = '';
    let words = '';
    for (let k = m.first; k < m.end; k++) {
      if (!tokens[k]!.word) continue;
      const initial = tokens[k]!.text[0]!.toUpperCase();
      words += initial;
      if (tokens[k]!.cap) capitals += initial;
    }
    for (const initials of [capitals, words]) if (initials.length >= 2 && !byInitials.has(initials)) byInitials.set(initials, m.key);
  }
  if (!byInitials.size) return mentions;
  return mentions.map((m) => {
    if (m.kind !== 'organization' || m.end - m.first !== 1 || m.key !== m.surface || !ACRONYM_LIKE.test(m.surface)) return m;
    const full = byInitials.get(m.surface.toUpperCase());
    return full ? { ...m, key: full } : m;
  });
}

/**
 * End of an organisation's name after "<spokesperson> for" ("Northern Valley Power", "Southern California Edison" with a
 * place inside), or -1: two or more capitalised words with no given name, title or honorific name whom the spokesperson
 * speaks for.
 */
function spokenForEnd(tokens: Token[], i: number): number {
  if (tokens[i - 1]?.lower !== 'for' || !SPEAKS_FOR.has(tokens[i - 2]?.lower ?? '')) return -1;
  const t = tokens[i]!;
  if (isGivenName(t.text) || isTitleWord(t) && !TITLE_MODIFIERS.has(t.lower) || t.text in HONORIFICS) return -1;
  let e = i;
  let place = false;
  let known = false;
  while (e < tokens.length && e - i < 5 && tokens[e]!.word && tokens[e]!.cap && tokens[e]!.para === t.para && tokens[e]!.quote === t.quote) {
    // "a spokesman for New York Governor Kathy Hochul": a titled person, not an organisation
    const gaz = matchGazetteer(tokens, e);
    if (TITLE_HEADS.has(tokens[e]!.lower) || (e > i && isGivenName(tokens[e]!.text) && !gaz)) return -1;
    if (gaz) known = true;
    if (gaz?.entry.kind === 'place') place = true;
    if (tokens[e]!.possessive) {
      e++;
      break;
    }
    e++;
  }
  // two words or more, a place inside them or none of them known ("Northern Valley Power"); a known name alone ("a
  // spokesman for Ukraine", "for Goldman Sachs") is that name, and names beside known ones are left to the lexicon
  return (place || !known) && e - i >= 2 && !matchGazetteerSpan(tokens, i, e) ? e : -1;
}

/** Whether one lexicon entry covers exactly tokens [i, e). */
function matchGazetteerSpan(tokens: Token[], i: number, e: number): boolean {
  return matchGazetteer(tokens, i)?.length === e - i;
}

/** Nouns after which "of X" names a place: "the city of Derna". */
const PLACE_NOUNS = new Set(['city', 'town', 'village', 'province', 'region', 'district', 'port', 'island', 'county', 'state', 'suburb', 'neighbourhood', 'neighborhood', 'municipality', 'governorate', 'oblast']);

/** The first word of a paragraph, then a comma or a dash: where a dateline's place stands. */
function isDatelineStart(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  if (prev && prev.para === tokens[k]!.para) return false;
  const next = tokens[k + 1]?.text ?? '';
  return next === ',' || next === '—' || next === '–' || next === '-' || next === '(';
}

const titleCased = (word: string): string => word.charAt(0) + word.slice(1).toLowerCase();

/** Words that open a sports club's name before its city or name ("Real Madrid", "Borussia Dortmund"). */
const CLUB_PREFIXES = new Set(['Real', 'Inter', 'Bayer', 'Atletico', 'Atlético', 'Olympique', 'Borussia', 'Dynamo', 'Dinamo', 'Spartak', 'Lokomotiv', 'Eintracht', 'Hertha']);
/** Words that follow a city in a club's name ("Manchester United"); "City" only after a city ("Leicester City"). */
const CLUB_SUFFIXES = new Set(['United', 'Rovers', 'Athletic', 'Wanderers', 'Albion', 'Hotspur', 'FC', 'AFC', 'Saint-Germain', 'City']);

/** End of a club's name starting at `i` (a prefix and a capitalised word, or a city and a suffix), or -1. */
function clubEnd(tokens: Token[], i: number): number {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!next?.word || !next.cap || next.para !== t.para || t.possessive) return -1;
  if (CLUB_PREFIXES.has(t.text)) return i + 2;
  if (!CLUB_SUFFIXES.has(next.text)) return -1;
  const city = matchGazetteer(tokens, i);
  if (!city || city.length !== 1 || city.entry.kind !== 'place') return -1;
  if (next.text === 'City' && city.entry.type !== 'city') return -1;
  return i + 2;
}

/** End of a run of capitalised words from `k` that ends in an organisation word and holds no title, or -1. */
function organisationRunEnd(tokens: Token[], k: number): number {
  let e = k;
  while (e < tokens.length && e - k < 5 && tokens[e]!.cap && tokens[e]!.word && tokens[e]!.para === tokens[k]?.para && !TITLE_HEADS.has(tokens[e]!.lower) && !matchGazetteer(tokens, e)) e++;
  if (!(e > k && ORG_HEADS.has(tokens[e - 1]!.text))) return -1;
  // "India's Ministry of External Affairs": the name goes on after "of" or "for"
  return /^(of|for)$/.test(tokens[e]?.text ?? '') && tokens[e + 1]?.cap ? ofTailEnd(tokens, e) : e;
}

/** Where an organisation's name ends that goes on after "of" or "for" at `j` ("Ministry of Defence"). */
function ofTailEnd(tokens: Token[], j: number): number {
  let orgEnd = j + 2;
  // "Bank of England Governor Andrew Bailey": the organisation stops before a title or a given name
  // (a title's head word, not words such as "Foreign" or "Affairs" that name offices too; and a given name only where a
  // capitalised word follows it: "Red Cross and Red Crescent Societies" goes on)
  const stops = (k: number) => {
    const t = tokens[k];
    return !t || TITLE_HEADS.has(t.lower) || t.text in ABBREVIATED_TITLES || t.text in HONORIFICS || (isGivenName(t.text) && !!tokens[k + 1]?.cap);
  };
  while (orgEnd - j < 8 && !stops(orgEnd) && (tokens[orgEnd]?.cap || (/^(and|the|of)$/.test(tokens[orgEnd]?.text ?? '') && tokens[orgEnd + 1]?.cap && !stops(orgEnd + 1)))) orgEnd++;
  return orgEnd;
}

type Emit = (kind: MentionKind, first: number, end: number, key: string | null, evidence: PersonEvidence | null, honorific?: string | null) => void;

/** Classifies a run of capitalised words; returns the token index where scanning resumes. */
/**
 * A paragraph in title case ("Navalny's Widow Vows to Continue His Work"): every word of four letters or more is
 * capitalised, there are at least three of them, and it does not end in a full stop.
 */
function isHeadline(seg: Segmented, para: number): boolean {
  const p = seg.paragraphs[para];
  if (!p || p.endToken - p.firstToken > 25) return false;
  const last = seg.tokens[p.endToken - 1];
  if (!last || last.text === '.') return false;
  let long = 0;
  for (let k = p.firstToken; k < p.endToken; k++) {
    const t = seg.tokens[k]!;
    if (!t.word || t.text.length < 4 || !/^\p{L}/u.test(t.text)) continue;
    if (!t.cap) return false;
    long++;
  }
  return long >= 3;
}

function classifyRun(tokens: Token[], i: number, j: number, emit: Emit, headline = false): number {
  // an organisation: a run that ends in an organisation word ("Russian Foreign Ministry", "Ministry of Defence")
  const orgEnd = ORG_HEADS.has(tokens[j - 1]!.text) && /^(of|for)$/.test(tokens[j]?.text ?? '') && tokens[j + 1]?.cap ? ofTailEnd(tokens, j) : j;
  let k = i;
  while (k < j && (FUNCTION_WORDS.has(tokens[k]!.lower) || (tokens[k]!.sentenceStart && COMMON_CAPITALISED.has(tokens[k]!.text) && !isTitleWord(tokens[k]!)))) k++;
  // "Securities and Exchange Commission": a connector inside an organisation's name
  // ("TikTok and Meta Platforms" are two: a known name on the left is a name of its own)
  while (k >= 2 && k === i && ORG_HEADS.has(tokens[j - 1]!.text) && /^(and|&)$/.test(tokens[k - 1]!.text) && tokens[k - 2]!.cap && !tokens[k - 2]!.sentenceStart && tokens[k - 2]!.para === tokens[k]!.para && !matchGazetteer(tokens, k - 2)) {
    k -= 2;
    while (k > 0 && tokens[k - 1]!.cap && tokens[k - 1]!.word && tokens[k - 1]!.para === tokens[k]!.para && !tokens[k - 1]!.sentenceStart) k--;
  }
  if (k < j && ORG_HEADS.has(tokens[j - 1]!.text) && orgEnd - k >= 2) {
    const words = tokens.slice(k, orgEnd);
    if (!words.some((w) => TITLE_HEADS.has(w.lower) && !ORG_HEADS.has(w.text))) {
      emit('organization', k, orgEnd, null, null);
      return orgEnd;
    }
  }
  // title and honorific words in front are not part of the name: "Secretary Liz Truss" is Liz Truss
  let honorific: string | null = null;
  let titled = false;
  while (k < j && (isTitleWord(tokens[k]!) || isDemonym(tokens[k]!.text) || CALENDAR(tokens[k]!) || COMMON_CAPITALISED.has(tokens[k]!.text))) {
    const w = tokens[k]!;
    if (w.text in HONORIFICS) honorific = w.text;
    if (TITLE_HEADS.has(w.lower) || w.text in ABBREVIATED_TITLES) titled = true;
    k++;
  }
  // a title inside the run ("South African President Cyril Ramaphosa"): the name is what follows its last head word
  for (let h = j - 2; h >= k; h--) {
    if (TITLE_HEADS.has(tokens[h]!.lower)) {
      k = h + 1;
      titled = true;
      break;
    }
  }
  if (k >= j) return j;
  // "Judge Sarah Whitehouse KC": letters after the name are not part of it
  const end = j;
  while (j - k > 1 && POST_NOMINALS.has(tokens[j - 1]!.text)) j--;
  const name = tokens.slice(k, j);
  if (name.every((w) => CALENDAR(w) || FUNCTION_WORDS.has(w.lower))) return j;
  // an acronym on its own is an organisation: "OSCE", "CNN"
  const shouted = (t: Token | undefined) => !!t && t.word && t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text);
  if (name.length === 1 && isAcronym(name[0]!) && !titled && !honorific && !shouted(tokens[k - 1]) && !shouted(tokens[j])) {
    // "DERNA, Libya (AFP) -": an all-capitals word opening a dateline is a place, not an acronym
    if (isDatelineStart(tokens, k)) emit('place', k, j, titleCased(name[0]!.text), null);
    else emit('organization', k, j, null, null);
    return j;
  }
  // "the eastern Libyan city of Derna", "the town of Bakhmut": what such a phrase names is a place
  if (!titled && !honorific && tokens[k - 1]?.lower === 'of' && PLACE_NOUNS.has(tokens[k - 2]?.lower ?? '') && name.length <= 3 && name.every((w) => w.cap)) {
    emit('place', k, j, null, null);
    return j;
  }
  // "analysts at Morgan Stanley", "an economist at Banco Base": a name after "at" is a place of work
  if (tokens[k - 1]?.lower === 'at' && !titled && !honorific && !tokens[j - 1]!.possessive && name.every((w) => w.cap) && name.length <= 4) {
    emit('organization', k, j, null, null);
    return j;
  }
  if (name.some((w, x) => !looksLikeNameWord(w) && !NAME_PARTICLES.has(w.lower) && !(x === 0 && name.length >= 2 && isInitials(w)))) return j;
  if (name.filter((w) => !NAME_PARTICLES.has(w.lower)).length > 5) return j;
  const before = tokens[k - 1];
  if (name.length === 1 && !titled && !honorific && !(before && before.text in HONORIFICS) && isBrandName(name[0]!.text)) {
    emit('organization', k, j, null, null);
    return j;
  }
  const honorificBefore = !honorific && before && before.text in HONORIFICS ? before.text : null;
  let evidence = personEvidence(tokens, k, j, titled, honorific ?? honorificBefore, end);
  // in a headline every word is capitalised: a title word, a verb or two capitalised words there prove nothing
  // ("Widow Vows to …"); a single word may still be a surname the article names in full
  if (headline && evidence && evidence !== 'given-name' && evidence !== 'honorific') evidence = name.length === 1 ? 'surname' : null;
  if (evidence) emit('person', k, j, null, evidence, honorific ?? honorificBefore);
  return j;
}

/** The name is tokens [k, nameEnd); the words after it start at `j` (past any letters such as "KC"). */
function personEvidence(tokens: Token[], k: number, nameEnd: number, titled: boolean, honorific: string | null, j = nameEnd): PersonEvidence | null {
  const name = tokens.slice(k, nameEnd);
  // "Premier League": an organisation word alone is no one's name, whatever stands before it
  if (name.length === 1 && ORG_HEADS.has(name[0]!.text)) return null;
  if (honorific) return 'honorific';
  if (titled || titleBefore(tokens, k)) {
    // "his son Hunter": one name after a kin word is someone the corpus may name in full
    return name.length === 1 && !titled && SPEAKS_FOR.has(tokens[k - 1]!.lower) ? 'surname' : 'title';
  }
  // an initial stands for a given name: "S. Jaishankar", "J.D. Vance" (not "JD", which may be an acronym: "FA Cup")
  if (name.length >= 2 && (isGivenName(name[0]!.text) || isInitial(name[0]!) || /^(?:\p{Lu}\.){2,3}$/u.test(name[0]!.text))) return 'given-name';
  // a cue verb makes a person of a full name; a single word before "said" ("Daggett said", but also "Retailers
  // warned", "Boeing said") waits to be linked to a full name, like any bare surname
  const after = nextWord(tokens, j);
  if (name.length >= 2 && after && REPORTING_VERBS.has(after.lower) && after.quote === tokens[k]!.quote && !isNounLikeVerb(after.lower, !!tokens[(tokens[j] === after ? j : j + 1) + 1]?.word)) return 'verb';
  // "López Obrador, who leaves office on Oct. 1, said": the verb after a clause set off by commas
  if (name.length >= 2 && tokens[j]?.text === ',') {
    for (let e = j + 1; e < tokens.length && e - j <= 14; e++) {
      const t = tokens[e]!;
      if (t.quote !== tokens[k]!.quote || /^[.!?;:]$/.test(t.text)) break;
      if (t.text === ',') {
        if (REPORTING_VERBS.has(tokens[e + 1]?.lower ?? '')) return 'verb';
        break;
      }
    }
  }
  if (after?.lower === 'contributed' || (after?.lower === 'and' && tokens.slice(j, j + 8).some((t) => t.lower === 'contributed'))) {
    if (name.length >= 2) return 'credit';
  }
  // "The IMF's managing director, Kristalina Georgieva," — a role just before, set off by a comma
  if (name.length >= 2 && tokens[k - 1]?.text === ',' && k >= 2 && roleHeadEndingAt(tokens, k - 2) >= 0 && /^[,.;]$/.test(tokens[j]?.text ?? '')) return 'title';
  // "Kobbie Mainoo, 19, scored": an age set off by commas makes a person
  if (name.length >= 2 && tokens[j]?.text === ',' && /^\d{1,3}$/.test(tokens[j + 1]?.text ?? '') && tokens[j + 2]?.text === ',') return 'title';
  // "Karim Saleh, a Duarte aide," — an appositive role makes a person
  if (name.length >= 2 && tokens[j]?.text === ',' && hasRoleAhead(tokens, j + 1)) return 'title';
  // Two capitalised words alone prove nothing: "Harbor Securities", "Goldman Sachs" and "Nord Stream" look the same
  // as names. Without a title, honorific, given name, cue verb or credit, only a bare surname waits for linking.
  // "Chancellor of the Exchequer", "Secretary of State": one word after "of" or "of the" is an office or a place
  if (name.length === 1 && (tokens[k - 1]?.lower === 'of' || (tokens[k - 1]?.lower === 'the' && tokens[k - 2]?.lower === 'of'))) return null;
  if (name.length === 1) return ORG_HEADS.has(name[0]!.text) ? null : 'surname';
  // two name-like words and nothing else: a person only if another person of the article has that surname (checked
  // once the article is read, in findMentions)
  if (name.length === 2 && !ORG_HEADS.has(name[1]!.text)) return 'kin';
  return null;
}

/**
 * A capital inside a word the way brands write it ("OpenAI", "ChatGPT", "SpaceX", "LinkedIn", "YouTube"), not the way
 * surnames do ("McDonald", "DeSantis", "LaGuardia", "MacArthur").
 */
function isBrandName(word: string): boolean {
  // most words are plain ASCII with no capital after the first letter: no regular expression for those
  let inner = false;
  for (let c = 1; c < word.length; c++) {
    const code = word.charCodeAt(c);
    if (code > 127 || (code >= 65 && code <= 90)) {
      inner = true;
      break;
    }
  }
  if (!inner) return false;
  return /^\p{Lu}\p{Ll}+\p{Lu}+$/u.test(word) || (/^\p{Lu}\p{Ll}{2,}\p{Lu}/u.test(word) && !/^Ma?c\p{Lu}/u.test(word));
}

/** A lower-case title right before the name: "press secretary Jen Psaki", "spokesman Ned Price". */
function titleBefore(tokens: Token[], k: number): boolean {
  const b = tokens[k - 1];
  return !!b && b.word && TITLE_HEADS.has(b.lower) && b.para === tokens[k]!.para;
}

function hasRoleAhead(tokens: Token[], from: number): boolean {
  for (let k = from; k < from + 7 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.word) return false;
    if (TITLE_HEADS.has(t.lower)) return true;
  }
  return false;
}

function nextWord(tokens: Token[], j: number): Token | undefined {
  let t = tokens[j];
  // "Putin also said", "Biden later told"
  if (t && /^(also|later|then|again|has|had|previously|earlier|separately|repeatedly)$/.test(t.lower)) t = tokens[j + 1];
  return t;
}
