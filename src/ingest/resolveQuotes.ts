// Step 10 (corroboration) against what D1 already knows, by the rules of extract/10-corroboration.ts: the same
// words (`similar` on `wordsOf`; short quotes word for word) from the same speaker add a source to the stored quote;
// from a different speaker they make a new quote flagged as a conflict with it. Indirect speech is never merged.

import { shortHash } from '../articles/ids';
import { similar, wordsOf } from '../extract/10-corroboration';
import type { Quote } from '../kb/types';
import { IN_LIST, jsonList, type D1Session } from '../store/d1/session';
import { quoteMatchKey, quoteShingles } from '../store/factKeys';
import { sql, type Statement } from '../store/sql/statement';

/** Candidates per quote, most shared shingles first: enough to find a reworded report, few enough to stay cheap. */
const CANDIDATES = 20;

export type QuoteDecision =
  | { action: 'corroborate'; quote: Quote; into: string; storedText: string }
  | { action: 'add'; quote: Quote; id: string; conflictsWith: string[] };

interface Candidate {
  id: string;
  text: string;
  speaker: string | null;
  speaker_label: string | null;
  match_key: string | null;
}

const speakerKey = (speaker: string | null, label: string | null) => speaker ?? (label ? `label:${label.toLowerCase()}` : null);

/**
 * `quotes` have their speakers already mapped to stored actor ids. `revision` keeps new quote ids apart from the
 * quotes an earlier version of the same article left behind.
 */
export async function resolveQuotes(session: D1Session, articleId: string, quotes: Quote[], revision: number): Promise<QuoteDecision[]> {
  const lookups: Statement[] = quotes.map((q) => {
    const matchKey = quoteMatchKey(q.text, q.kind, q.speaker);
    if (matchKey) return sql('SELECT id, text, speaker, speaker_label, match_key FROM quotes WHERE match_key = ? ORDER BY rowid LIMIT 5', matchKey);
    const shingles = quoteShingles(q.text, q.kind);
    return sql(
      `SELECT q.id, q.text, q.speaker, q.speaker_label, q.match_key FROM quotes q
         JOIN (SELECT quote_id, COUNT(*) AS shared FROM quote_shingles WHERE shingle IN (${IN_LIST}) GROUP BY quote_id ORDER BY shared DESC LIMIT ${CANDIDATES}) c
           ON c.quote_id = q.id ORDER BY c.shared DESC, q.rowid`,
      jsonList(shingles),
    );
  });
  const proposedIds = quotes.map((q) => `q-${shortHash(`${articleId}:${q.sources[0]!.start}:${q.speaker ?? q.speakerLabel ?? ''}`)}`);
  const [taken, ...found] = await session.read<[{ id: string }, ...Candidate[]]>(
    sql(`SELECT id FROM quotes WHERE id IN (${IN_LIST})`, jsonList(proposedIds)),
    ...lookups,
  );
  const takenIds = new Set(taken.map((t) => t.id));

  return quotes.map((q, i): QuoteDecision => {
    const id = takenIds.has(proposedIds[i]!) ? `q-${shortHash(`${articleId}:${q.sources[0]!.start}:${q.speaker ?? q.speakerLabel ?? ''}:r${revision}`)}` : proposedIds[i]!;
    if (q.kind === 'indirect') return { action: 'add', quote: q, id, conflictsWith: [] };
    const words = wordsOf(q.text);
    const matches = (found[i] as Candidate[]).filter((c) => c.match_key !== null || similar(words, wordsOf(c.text)));
    const mine = speakerKey(q.speaker, q.speakerLabel);
    // a report naming nobody joins the stored quote, as a silent source joins the speaker most sources name
    const same = matches.find((c) => mine === null || speakerKey(c.speaker, c.speaker_label) === mine || speakerKey(c.speaker, c.speaker_label) === null);
    if (same) return { action: 'corroborate', quote: q, into: same.id, storedText: same.text };
    return { action: 'add', quote: q, id, conflictsWith: matches.map((c) => c.id) };
  });
}
