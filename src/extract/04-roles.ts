// Step 4: read the roles the text gives people: titles before a name, appositives after it, "As vice president, X".
import type { Segmented, Token } from './01-segment.ts';
import type { Mention } from './03-entities.ts';
import { roleHeadEndingAt } from './roleShapes.ts';
import { HONORIFICS } from './lexicon/names.ts';
import { isDemonym } from './gazetteer.ts';
import { ABBREVIATED_TITLES, TITLE_CONNECTORS, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon/roles.ts';
import { SPEAKS_FOR } from './lexicon/sources.ts';
import { FUNCTION_WORDS } from './lexicon/common.ts';

export interface RoleFinding {
  /** Index of the person mention the role belongs to. */
  mention: number;
  title: string;
  start: number;
  end: number;
}

const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its']);
const MAX_TITLE_TOKENS = 9;

function isTitleToken(t: Token): boolean {
  return t.word && (TITLE_HEADS.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || TITLE_CONNECTORS.has(t.lower) || t.text in ABBREVIATED_TITLES || isDemonym(t.text));
}

/** Maps each token to the mention covering it (or -1). */
export function mentionIndexByToken(seg: Segmented, mentions: Mention[]): Int32Array {
  const at = new Int32Array(seg.tokens.length).fill(-1);
  mentions.forEach((m, idx) => {
    for (let k = m.first; k < m.end; k++) at[k] = idx;
  });
  return at;
}

export function findRoles(seg: Segmented, mentions: Mention[], at: Int32Array): RoleFinding[] {
  const found: RoleFinding[] = [];
  mentions.forEach((m, idx) => {
    if (m.kind !== 'person') return;
    const before = titleBefore(seg, mentions, at, m);
    if (before) found.push({ mention: idx, ...before });
    const appositive = appositiveAfter(seg, mentions, at, m);
    if (appositive) found.push({ mention: idx, ...appositive });
    const asRole = asTitleBefore(seg, m);
    if (asRole) found.push({ mention: idx, ...asRole });
    const reverse = before ? null : roleBeforeComma(seg, mentions, at, m);
    if (reverse) found.push({ mention: idx, ...reverse });
    const predicate = predicateRole(seg, mentions, at, m);
    if (predicate) found.push({ mention: idx, ...predicate });
  });
  found.push(...counterparts(seg, mentions, found));
  return found;
}

function span(seg: Segmented, a: number, b: number): { title: string; start: number; end: number } {
  const start = seg.tokens[a]!.start;
  const end = seg.tokens[b]!.end;
  return { title: seg.text.slice(start, end), start, end };
}

function hasHead(tokens: Token[], a: number, b: number, at: Int32Array): boolean {
  for (let k = a; k <= b; k++) if (at[k]! < 0 && (TITLE_HEADS.has(tokens[k]!.lower) || tokens[k]!.text in ABBREVIATED_TITLES)) return true;
  return false;
}

/** "White House Press Secretary Jen Psaki", "State Department spokesman Ned Price". */
function titleBefore(seg: Segmented, mentions: Mention[], at: Int32Array, m: Mention) {
  const { tokens } = seg;
  const self = tokens[m.first]!;
  // "Prime Minister Sheikh Mohammed …": the title stands before the honorific
  const end = m.first > 0 && tokens[m.first - 1]!.text in HONORIFICS && tokens[m.first - 1]!.para === self.para ? m.first - 1 : m.first;
  let a = end;
  for (let p = end - 1; p >= 0 && end - p <= MAX_TITLE_TOKENS; p--) {
    const w = tokens[p]!;
    if (w.para !== self.para || w.quote !== self.quote || !w.word) break;
    const other = at[p]!;
    if (other >= 0) {
      const o = mentions[other]!;
      // organisations and places inside a title; a person only as a possessive ("Putin's spokesman")
      if (o.kind === 'person' && !o.possessive) break;
      // an all-capitals place is a dateline ("WASHINGTON President Joe Biden"), not part of the title
      if (o.kind === 'place' && o.surface.length >= 4 && o.surface === o.surface.toUpperCase()) break;
      a = o.first;
      p = o.first;
      continue;
    }
    if (w.possessive && !isTitleToken(w)) break;
    if (!isTitleToken(w)) break;
    // "a spokesman for Prime Minister Boris Johnson": the spokesman's role is not Johnson's
    // ("the widow of the opposition leader Aleksei Navalny": his title is "opposition leader")
    if ((w.lower === 'for' || w.lower === 'to' || w.lower === 'of') && SPEAKS_FOR.has(tokens[p - 1]?.lower ?? '')) break;
    // "a fee with Bayer Leverkusen for defender X": a connector joins title words ("Minister for Foreign Affairs"),
    // not a name to the title after it
    if (TITLE_CONNECTORS.has(w.lower) && p > 0 && (at[p - 1]! >= 0 || !isTitleToken(tokens[p - 1]!))) break;
    a = p;
  }
  while (a < end && (TITLE_CONNECTORS.has(tokens[a]!.lower) || DETERMINERS.has(tokens[a]!.lower))) a++;
  if (a >= end) return null;
  // "Chancellor of the Exchequer": a title ending in "of" or "of the" names an office, not the person after it
  if (TITLE_CONNECTORS.has(tokens[end - 1]!.lower)) return null;
  if (!hasHead(tokens, a, end - 1, at)) return null;
  return span(seg, a, end - 1);
}

/** Words after which a capitalised name is the organisation a role belongs to. */
const AFFILIATION = new Set(['at', 'of', 'for']);
/** Words that start a qualifier after a role ("based in …", "who …"): the role ends before them. */
const QUALIFIER_STARTS = new Set(['based', 'who', 'whose', 'which', 'with', 'from', 'since', 'until', 'near', 'outside']);

/** "Yuri Ushakov, a Putin aide," / "Jens Stoltenberg, NATO's secretary general," */
function appositiveAfter(seg: Segmented, mentions: Mention[], at: Int32Array, m: Mention) {
  const { tokens } = seg;
  if (tokens[m.end]?.text !== ',') return null;
  let a = m.end + 1;
  if (tokens[a] && DETERMINERS.has(tokens[a]!.lower)) a++;
  let b = a;
  while (b < tokens.length && b - a < MAX_TITLE_TOKENS) {
    const w = tokens[b]!;
    if (!w.word || w.para !== tokens[m.first]!.para) break;
    if (at[b]! >= 0) {
      b = mentions[at[b]!]!.end;
      continue;
    }
    // "the government's peace commissioner", "the group's leader": an owner in lower case opens the role
    if (b === a && w.possessive && !w.cap) {
      b++;
      continue;
    }
    // "Mr. Putin's spokesman": an honorific before a name inside the role
    if (w.text in HONORIFICS && at[b + 1]! >= 0) {
      b++;
      continue;
    }
    // "an economist at Banco Base": a capitalised name after "at", "of" or "for" belongs to the role
    if (w.cap && b > a && (AFFILIATION.has(tokens[b - 1]!.lower) || (tokens[b - 1]!.cap && AFFILIATION.has(tokens[b - 2]?.lower ?? '')))) {
      b++;
      continue;
    }
    // "a sheep farmer": a lower-case word that names the kind, right before the head
    if (!isTitleToken(w) && !w.cap && !QUALIFIER_STARTS.has(w.lower) && !FUNCTION_WORDS.has(w.lower) && TITLE_HEADS.has(tokens[b + 1]?.lower ?? '') && tokens[b + 1]!.word) {
      b++;
      continue;
    }
    if (!isTitleToken(w)) {
      // "a political analyst based in Mexico City": the role ends where a qualifier starts
      if (QUALIFIER_STARTS.has(w.lower) && b > a && hasHead(tokens, a, b - 1, at) && !TITLE_CONNECTORS.has(tokens[b - 1]!.lower)) return span(seg, a, b - 1);
      // "health minister in the eastern-based administration", "a lawyer for the family": the role ends before the
      // connector that leads to words no title holds
      let c = b - 1;
      while (c > a && (TITLE_CONNECTORS.has(tokens[c]!.lower) || DETERMINERS.has(tokens[c]!.lower))) c--;
      if (c < b - 1 && !w.cap && hasHead(tokens, a, c, at) && TITLE_HEADS.has(tokens[c]!.lower)) return span(seg, a, c);
      return null;
    }
    b++;
  }
  if (b === a || !/^[,.;)]$/.test(tokens[b]?.text ?? '')) return null;
  if (TITLE_CONNECTORS.has(tokens[b - 1]!.lower)) return null;
  if (!hasHead(tokens, a, b - 1, at)) return null;
  return span(seg, a, b - 1);
}

/** "The IMF's managing director, Kristalina Georgieva, warned …" */
function roleBeforeComma(seg: Segmented, mentions: Mention[], at: Int32Array, m: Mention) {
  const { tokens } = seg;
  const comma = m.first - 1;
  if (tokens[comma]?.text !== ',' || !/^[,.;]$/.test(tokens[m.end]?.text ?? '')) return null;
  // the role ends at the comma; its head is the word before it, or before "of (the) Name" ("Chancellor of the Exchequer")
  const roleEnd = comma - 1;
  const headAt = roleHeadEndingAt(tokens, roleEnd);
  if (headAt < 0) return null;
  let a = headAt;
  for (let p = headAt - 1; p >= 0 && headAt - p < MAX_TITLE_TOKENS; p--) {
    const w = tokens[p]!;
    if (!w.word || w.para !== tokens[comma]!.para) break;
    if (at[p]! >= 0) {
      const o = mentions[at[p]!]!;
      if (o.kind === 'person' && !o.possessive) break;
      a = o.first;
      p = o.first;
      continue;
    }
    if (!isTitleToken(w)) break;
    a = p;
  }
  while (a < headAt && (TITLE_CONNECTORS.has(tokens[a]!.lower) || DETERMINERS.has(tokens[a]!.lower))) a++;
  return span(seg, a, roleEnd);
}

/** "As vice president, Biden was …" */
const AUXILIARIES = new Set(['has', 'had', 'have', 'will', 'would']);
const COPULAS = new Set(['is', 'was', 'became', 'become', 'becomes', 'remains', 'remained']);
const APPOINTING = new Set(['named', 'appointed', 'nominated', 'elected', 'picked', 'chose', 'tapped', 'installed', 'confirmed']);

/**
 * "Keir Starmer has become prime minister", "Tamara Holt is the company's chief executive": a role the sentence gives the
 * person with "is", "was", "became" or "remains", read as far as its title words go (ending on a head word, or on a name
 * after "of": "is the mayor of Derna").
 */
function predicateRole(seg: Segmented, mentions: Mention[], at: Int32Array, m: Mention) {
  const { tokens } = seg;
  // (in the narration only: "Jeremie is a special player", quoted, is someone's praise, not a role)
  if (m.possessive || m.quoted) return null;
  let k = m.end;
  // "named Rachel Reeves as chancellor", "appointed Mark Carney as governor"
  if (tokens[k]?.lower === 'as' && APPOINTING.has(tokens[m.first - 1]?.lower ?? '')) k++;
  else {
    if (AUXILIARIES.has(tokens[k]?.lower ?? '')) k++;
    if (!COPULAS.has(tokens[k]?.lower ?? '')) return null;
    k++;
  }
  // "also", "now" and "still" may stand before the role; "not" denies it
  while (tokens[k] && /^(also|now|still|currently)$/.test(tokens[k]!.lower)) k++;
  if (tokens[k]?.lower === 'not' || tokens[k]?.lower === 'no') return null;
  if (tokens[k] && DETERMINERS.has(tokens[k]!.lower)) k++;
  const a = k;
  let b = a;
  let lastHead = -1;
  while (b < tokens.length && b - a < MAX_TITLE_TOKENS) {
    const w = tokens[b]!;
    if (!w.word || w.para !== tokens[m.first]!.para || w.quote !== tokens[m.first]!.quote) break;
    if (at[b]! >= 0) {
      const o = mentions[at[b]!]!;
      if (o.kind === 'person' && !o.possessive) break;
      b = o.end;
      // a name after "of" ends the role there: "the mayor of Derna"
      if (lastHead >= 0 && TITLE_CONNECTORS.has(tokens[o.first - 1]?.lower ?? '')) lastHead = b - 1;
      continue;
    }
    if (b === a && w.possessive) {
      b++;
      continue;
    }
    if (!isTitleToken(w)) break;
    if (TITLE_HEADS.has(w.lower) || w.text in ABBREVIATED_TITLES) lastHead = b;
    b++;
  }
  if (lastHead < a) return null;
  return span(seg, a, lastHead);
}

function asTitleBefore(seg: Segmented, m: Mention) {
  const { tokens } = seg;
  const comma = m.first - 1;
  if (tokens[comma]?.text !== ',') return null;
  let a = comma - 1;
  while (a >= 0 && tokens[a]!.word && isTitleToken(tokens[a]!) && comma - a <= MAX_TITLE_TOKENS) a--;
  if (tokens[a]?.lower !== 'as' || !tokens[a]!.sentenceStart) return null;
  const first = a + 1;
  while (first < comma && DETERMINERS.has(tokens[first]!.lower)) return null;
  if (first >= comma) return null;
  let head = false;
  for (let k = first; k < comma; k++) if (TITLE_HEADS.has(tokens[k]!.lower)) head = true;
  return head ? span(seg, first, comma - 1) : null;
}

/** "Biden warned his Russian counterpart Vladimir Putin": the counterpart holds the same office. */
function counterparts(seg: Segmented, mentions: Mention[], roles: RoleFinding[]): RoleFinding[] {
  const { tokens } = seg;
  const out: RoleFinding[] = [];
  mentions.forEach((m, idx) => {
    if (m.kind !== 'person') return;
    let p = m.first - 1;
    if (tokens[p]?.lower !== 'counterpart') return;
    const cp = p;
    const demonym = tokens[p - 1] && isDemonym(tokens[p - 1]!.text) ? tokens[p - 1]! : null;
    if (demonym) p--;
    const owner = tokens[p - 1];
    if (!owner || !(owner.possessive || /^(his|her|their)$/.test(owner.lower))) return;
    // the office of the nearest titled person before it in the same paragraph
    const other = roles.filter((r) => r.mention !== idx && mentions[r.mention]!.endChar <= tokens[cp]!.start && tokens[mentions[r.mention]!.first]!.para === tokens[cp]!.para).pop();
    if (!other) return;
    const heads = other.title.split(/\s+/).filter((w) => TITLE_HEADS.has(w.toLowerCase()));
    const head = heads[heads.length - 1];
    if (!head) return;
    const startTok = demonym ?? tokens[cp]!;
    out.push({ mention: idx, title: demonym ? `${demonym.text} ${head}` : head, start: startTok.start, end: tokens[cp]!.end });
  });
  return out;
}
