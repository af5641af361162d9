// Step 8: reported speech without quotation marks — "Putin said that NATO…" — kept as indirect quotes.
import { skipAppositive, type Speaker, type AttributionContext } from './07-attribution.ts';
import { canBeSubject } from './06-candidates.ts';

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

export function findIndirectSpeech(ctx: AttributionContext): IndirectFinding[] {
  const { tokens } = ctx.seg;
  const out: IndirectFinding[] = [];
  ctx.sentences.forEach(([fs, fe], s) => {
    for (let k = fs; k < fe; k++) if (tokens[k]!.quote >= 0 || QUOTE_GLYPHS.has(tokens[k]!.text)) return;
    const cands = ctx.candidatesBySentence[s]!;
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
  });
  return out;
}
