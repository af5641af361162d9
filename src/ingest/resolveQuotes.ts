// Step 10 (corroboration) against what D1 already knows, by the rules of extract/10-corroboration.ts: the same
// words (`similar` on `wordsOf`; short quotes word for word) from the same speaker add a source to the stored quote;
// from a different speaker they make a new quote flagged as a conflict with it. Indirect speech is never merged.
// Candidates come from shared shingles; a shingle more than STOCK_PHRASE quotes share is a stock phrase and tells
// nothing (the bulk grouping stops on those too), so no lookup reads more than STOCK_PHRASE postings of one.

import { shortHash } from '../articles/ids';
import { similar, wordsOf } from '../extract/10-corroboration';
import type { Quote } from '../kb/types';
import { IN_LIST, jsonList, type D1Session } from '../store/d1/session';
import { quoteMatchKey, quoteShingles } from '../store/factKeys';
import { sql } from '../store/sql/statement';

/** Candidates per quote, most shared shingles first: enough to find a reworded report, few enough to stay cheap. */
const CANDIDATES = 20;
const STOCK_PHRASE = 50;

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

/** Quote ids sharing each shingle, at most STOCK_PHRASE + 1 each (one more says "stock phrase"). */
async function postings(session: D1Session, shingles: string[]): Promise<Map<string, string[]>> {
  if (!shingles.length) return new Map();
  const [rows] = await session.read<[{ shingle: string; ids: string | null }]>(sql(
    `SELECT j.value AS shingle, (SELECT group_concat(quote_id, ' ') FROM (SELECT quote_id FROM quote_shingles s WHERE s.shingle = j.value LIMIT ${STOCK_PHRASE + 1})) AS ids
       FROM json_each(?) j`,
    jsonList(shingles),
  ));
  return new Map(rows.map((r) => [r.shingle, r.ids ? r.ids.split(' ') : []]));
}

/** The stored quotes sharing the most telling shingles with `shingles`. */
function rankCandidates(shingles: string[], posted: Map<string, string[]>): string[] {
  const shared = new Map<string, number>();
  for (const s of shingles) {
    const ids = posted.get(s) ?? [];
    if (ids.length > STOCK_PHRASE) continue;
    for (const id of ids) shared.set(id, (shared.get(id) ?? 0) + 1);
  }
  return [...shared].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, CANDIDATES).map(([id]) => id);
}

/**
 * `quotes` have their speakers already mapped to stored actor ids. `revision` keeps new quote ids apart from the
 * quotes an earlier version of the same article left behind.
 */
export async function resolveQuotes(session: D1Session, articleId: string, quotes: Quote[], revision: number): Promise<QuoteDecision[]> {
  const shingles = quotes.map((q) => quoteShingles(q.text, q.kind));
  const posted = await postings(session, [...new Set(shingles.flat())]);
  const ranked = shingles.map((s) => rankCandidates(s, posted));
  const matchKeys = quotes.map((q) => quoteMatchKey(q.text, q.kind, q.speaker));
  const proposedIds = quotes.map((q) => `q-${shortHash(`${articleId}:${q.sources[0]!.start}:${q.speaker ?? q.speakerLabel ?? ''}`)}`);
  const [taken, byShingles, byKey] = await session.read<[{ id: string }, Candidate, Candidate]>(
    sql(`SELECT id FROM quotes WHERE id IN (${IN_LIST})`, jsonList(proposedIds)),
    sql(`SELECT id, text, speaker, speaker_label, match_key FROM quotes WHERE id IN (${IN_LIST})`, jsonList(new Set(ranked.flat()))),
    sql(`SELECT id, text, speaker, speaker_label, match_key FROM quotes WHERE match_key IN (${IN_LIST}) ORDER BY rowid`, jsonList(matchKeys.filter((k): k is string => k !== null))),
  );
  const takenIds = new Set(taken.map((t) => t.id));
  const byId = new Map(byShingles.map((c) => [c.id, c]));

  return quotes.map((q, i): QuoteDecision => {
    const id = takenIds.has(proposedIds[i]!) ? `q-${shortHash(`${articleId}:${q.sources[0]!.start}:${q.speaker ?? q.speakerLabel ?? ''}:r${revision}`)}` : proposedIds[i]!;
    if (q.kind === 'indirect') return { action: 'add', quote: q, id, conflictsWith: [] };
    const words = wordsOf(q.text);
    const matches = matchKeys[i]
      ? byKey.filter((c) => c.match_key === matchKeys[i]).slice(0, 5)
      : ranked[i]!.flatMap((cid) => byId.get(cid) ?? []).filter((c) => similar(words, wordsOf(c.text)));
    const mine = speakerKey(q.speaker, q.speakerLabel);
    // a report naming nobody joins the stored quote, as a silent source joins the speaker most sources name
    const same = matches.find((c) => mine === null || speakerKey(c.speaker, c.speaker_label) === mine || speakerKey(c.speaker, c.speaker_label) === null);
    if (same) return { action: 'corroborate', quote: q, into: same.id, storedText: same.text };
    return { action: 'add', quote: q, id, conflictsWith: matches.map((c) => c.id) };
  });
}
