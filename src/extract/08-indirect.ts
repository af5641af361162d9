// Step 8: reported speech without quotation marks — "Putin said that NATO…" — kept as indirect quotes.
import { skipAppositive, type Speaker, type AttributionContext } from './07-attribution.ts';
import { canBeSubject, datelineEnd, type Candidate } from './06-candidates.ts';
import type { Token } from './01-segment.ts';
import { MONTHS, WEEKDAYS } from './lexicon/common.ts';

export interface IndirectFinding {
  start: number;
  end: number;
  speaker: Speaker;
}

const INDIRECT_VERBS = new Set(
  `said says told stated added warned insisted stressed noted announced claimed argued emphasized emphasised reiterated
  explained acknowledged confirmed denied suggested predicted vowed promised urged assured accused declared maintained
  admitted conceded cautioned contended asserted`.split(/\s+/),
);
const MIN_CLAUSE_TOKENS = 4;
/** A sentence with a quotation mark in it is not reported speech. */
const QUOTE_GLYPHS = new Set(['"', '“', '”', '«', '»', '„']);

/** Verbs that report a clause with no "that" ("said the plans would fail"); the others need "that". */
const BARE_CLAUSE_VERBS = new Set(
  `said says stated added insisted argued claimed noted explained acknowledged suggested predicted reiterated maintained
  contended asserted conceded admitted stressed emphasized emphasised cautioned told`.split(/\s+/),
);
const TELL_VERBS = new Set(['told']);
/** Verbs of a cue after the reported clause ("…, the agency reported."): a bare clause always comes before them. */
const TRAILING_VERBS = new Set([...BARE_CLAUSE_VERBS, 'reported', 'wrote', 'tweeted', 'posted', 'warned']);
/** Who is told, when no name stands there: "told reporters the outlook was …". */
const AUDIENCES = new Set(['reporters', 'journalists', 'analysts', 'lawmakers', 'legislators', 'investors', 'supporters', 'parliament', 'mps', 'senators', 'delegates', 'students', 'staff', 'employees', 'viewers', 'listeners', 'colleagues', 'officials', 'crowds', 'audiences', 'parliamentarians', 'shareholders', 'voters']);

/** Words that end a time or setting adjunct right after the verb: "said on Thursday", "said in a statement". */
const ADJUNCT_ENDS = new Set(['statement', 'interview', 'call', 'briefing', 'conference', 'speech', 'post', 'video', 'letter', 'week', 'month', 'year', 'night', 'morning', 'evening', 'afternoon']);
const ADJUNCT_WORDS = new Set(['yesterday', 'today', 'tonight', 'earlier', 'later', 'previously', 'again', 'also']);

/**
 * Where the reported clause starts when no "that" opens it: after an adjunct such as "on Thursday", "on Dec. 8",
 * "in a statement", "last week" or "yesterday" ("said on Thursday it would pay a dividend").
 */
function afterAdjunct(tokens: Token[], c: number, fe: number): number {
  const k = adjunctEnd(tokens, c, fe);
  return k < fe && tokens[k]!.word ? k : c;
}

/** Where the adjuncts from `c` on end (`c` itself when none starts there). */
function adjunctEnd(tokens: Token[], c: number, fe: number): number {
  let k = c;
  for (let guard = 0; guard < 2 && k < fe; guard++) {
    const t = tokens[k]!;
    if (ADJUNCT_WORDS.has(t.lower)) {
      k++;
      continue;
    }
    if (t.lower !== 'on' && t.lower !== 'in' && t.lower !== 'last' && t.lower !== 'this') break;
    let end = -1;
    // "last week", "this month": the very next word; "on Thursday", "in a video statement": within four
    const reach = t.lower === 'last' || t.lower === 'this' ? 1 : 4;
    for (let j = k + 1; j < fe && j <= k + reach && (tokens[j]!.word || tokens[j]!.text === '.'); j++) {
      const w = tokens[j]!;
      if (WEEKDAYS.has(w.text) || ADJUNCT_ENDS.has(w.lower)) end = j;
      else if (MONTHS.has(w.text) || MONTHS.has(w.text.replace(/\.$/, ''))) end = /^\d{1,2}$/.test(tokens[j + 1]?.text ?? '') ? j + 1 : j;
      if (end >= 0) break;
    }
    if (end < 0) break;
    k = end + 1;
  }
  return k;
}

const PERFECT = new Set(['has', 'have', 'had']);

/** A sentence that opens "According to <source>," and goes on for a clause: that clause, given to the source. */
function accordingToOpening(tokens: Token[], fs: number, fe: number, cands: Candidate[]): IndirectFinding | null {
  if (tokens[fs]?.lower !== 'according' || tokens[fs + 1]?.lower !== 'to') return null;
  const source = cands.find((c) => c.lead >= fs + 2 && c.lead <= fs + 3 && c.kind !== 'pronoun');
  if (!source) return null;
  let comma = source.end;
  while (comma < fe && comma - source.end <= 6 && tokens[comma]!.text !== ',') comma++;
  if (tokens[comma]?.text !== ',') return null;
  const c = comma + 1;
  let end = fe;
  while (end > c && !tokens[end - 1]!.word) end--;
  if (end - c < MIN_CLAUSE_TOKENS || !tokens[c]!.word) return null;
  return {
    start: tokens[c]!.start,
    end: tokens[end - 1]!.end,
    speaker: { candidate: source, resolved: null, cue: { start: tokens[fs]!.start, end: tokens[source.end - 1]!.end }, method: 'according-to' },
  };
}

export function findIndirectSpeech(ctx: AttributionContext): IndirectFinding[] {
  const { tokens } = ctx.seg;
  const out: IndirectFinding[] = [];
  ctx.sentences.forEach(([fs, fe], s) => {
    for (let k = fs; k < fe; k++) if (tokens[k]!.quote >= 0 || QUOTE_GLYPHS.has(tokens[k]!.text)) return;
    const cands = ctx.candidatesBySentence[s]!;
    // "According to Buttigieg, the agency has added inspectors …": the rest of the sentence is the source's
    const according = accordingToOpening(tokens, fs, fe, cands);
    if (according) {
      out.push(according);
      return;
    }
    for (let v = fs; v < fe; v++) {
      const verb = tokens[v]!;
      if (!verb.word || !INDIRECT_VERBS.has(verb.lower)) continue;
      // right before the verb, or before an appositive that reaches it ("Hughes, who chairs the OBR, told")
      const before = cands.filter((c) => c.end <= v && (v - c.end <= 2 || skipAppositive(tokens, c.end) === v) && canBeSubject(c));
      const subject = before[before.length - 1];
      if (!subject) continue;
      // "told reporters that", "said on Thursday that", "told CNN that": the clause starts after "that"
      let c = v + 1;
      let that = -1;
      for (let k = v + 1; k < fe && k <= v + 6 && tokens[k]!.word; k++) {
        if (tokens[k]!.lower === 'that') {
          that = k;
          break;
        }
      }
      if (that > 0) c = that + 1;
      // "the agency has added inspectors": after has/have/had only "that" opens reported speech
      else if (PERFECT.has(tokens[v - 1]?.lower ?? '')) continue;
      else if (!BARE_CLAUSE_VERBS.has(verb.lower)) continue; // "urged leaders to act", "announced a mobilisation": no reported clause
      else if (TELL_VERBS.has(verb.lower)) {
        // "told reporters the outlook was …": the one spoken to comes first
        let k = c;
        if (tokens[k]?.lower === 'the') k++;
        const addressee = cands.find((x) => x.first === k);
        if (addressee) k = addressee.end;
        else if (tokens[k] && AUDIENCES.has(tokens[k]!.lower)) k++;
        else continue;
        c = afterAdjunct(tokens, k, fe);
      } else c = afterAdjunct(tokens, c, fe);
      let end = fe;
      while (end > c && !tokens[end - 1]!.word) end--;
      if (end - c < MIN_CLAUSE_TOKENS || !tokens[c]!.word) continue;
      out.push({
        start: tokens[c]!.start,
        end: tokens[end - 1]!.end,
        speaker: { candidate: subject, resolved: null, cue: { start: tokens[subject.lead]!.start, end: verb.end }, method: 'leading' },
      });
      return;
    }
    const trailing = trailingReport(tokens, fs, fe, cands);
    if (trailing) out.push(trailing);
  });
  return out;
}

/**
 * "Sentencing is set for July 11, Judge Juan Merchan said." · "Most were intercepted, the military said on Sunday." ·
 * "Prices will rise, said Ana Ruiz.": the clause before the sentence's last comma, reported by the speaker after it,
 * with nothing after the verb but an adjunct ("on Sunday", "in a statement") or whom it was told to.
 */
function trailingReport(tokens: Token[], fs: number, fe: number, cands: Candidate[]): IndirectFinding | null {
  let end = fe;
  while (end > fs && !tokens[end - 1]!.word) end--;
  // the comma before the cue is the last one, or the one before an appositive ("said Ana Ruiz, a lawyer, …")
  let comma = end;
  for (let tries = 0; tries < 2; tries++) {
    comma--;
    while (comma > fs && tokens[comma]!.text !== ',') comma--;
    if (comma <= fs || comma - fs < MIN_CLAUSE_TOKENS || !tokens[fs]!.word) return null;
    const found = reportAfter(tokens, fs, comma, end, cands);
    if (found) return found;
  }
  return null;
}

/** "JERUSALEM — Iran launched …": where the sentence's words start after a dateline. */
function afterDateline(tokens: Token[], fs: number, end: number): number {
  const k = datelineEnd(tokens, fs, end);
  return k >= 0 && k < end && tokens[k]!.word ? k : fs;
}

/** The cue after the comma at `comma` (subject and verb, or verb and name) reaching the sentence's end, if any. */
function reportAfter(tokens: Token[], fs: number, comma: number, end: number, cands: Candidate[]): IndirectFinding | null {
  const after = comma + 1;
  let speaker: Candidate | undefined;
  let verb = -1;
  // a name with its title ("Judge Juan Merchan"), an unnamed source ("the military") or a pronoun ("he")
  // ("the Electoral Commission said": a name after "the")
  const named = tokens[after]?.lower === 'the' ? after + 1 : after;
  const subject = cands.find((c) => (c.kind === 'pronoun' ? c.first === after : c.lead === after || c.lead === named));
  if (subject && !subject.possessive && !subject.modifier && TRAILING_VERBS.has(tokens[subject.end]?.lower ?? '')) {
    speaker = subject;
    verb = subject.end;
  } else if (tokens[after]?.word && (tokens[after]!.lower === 'said' || tokens[after]!.lower === 'says')) {
    // "…, said Ana Ruiz, a lawyer for the family."
    const inverted = cands.find((c) => c.lead === after + 1 && c.kind !== 'pronoun');
    if (inverted) [speaker, verb] = [inverted, after];
  }
  if (!speaker) return null;
  // what may follow the verb: the one told, an adjunct, an appositive after an inverted name, then the end
  let k = verb === after ? speaker.end : verb + 1;
  if (verb !== after && TELL_VERBS.has(tokens[verb]!.lower)) {
    if (tokens[k]?.lower === 'the') k++;
    const addressee = cands.find((x) => x.first === k);
    if (addressee) k = addressee.end;
    else if (tokens[k] && AUDIENCES.has(tokens[k]!.lower)) k++;
  }
  k = adjunctEnd(tokens, k, end);
  if (verb === after && tokens[k]?.text === ',') k = end;
  if (k < end) return null;
  let clauseEnd = comma;
  while (clauseEnd > fs && !tokens[clauseEnd - 1]!.word) clauseEnd--;
  const start = afterDateline(tokens, fs, clauseEnd);
  if (clauseEnd - start < MIN_CLAUSE_TOKENS) return null;
  return {
    start: tokens[start]!.start,
    end: tokens[clauseEnd - 1]!.end,
    speaker: { candidate: speaker, resolved: null, cue: { start: tokens[Math.min(speaker.lead, verb)]!.start, end: tokens[Math.max(verb, speaker.end - 1)]!.end }, method: 'trailing' },
  };
}
