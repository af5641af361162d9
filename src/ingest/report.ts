// What the ingest API answers: what was extracted from the article and how it was merged into the store.

import type { ActorKind, QuoteKind } from '../kb/types';

export interface ActorReport {
  id: string;
  name: string;
  kind: ActorKind;
  /** The name the article used, when it differs from the stored name. */
  asNamed?: string;
  /** Why the article's name was taken to be this stored actor (absent for the same name). */
  reason?: string;
}

export interface QuoteReport {
  id: string;
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  corroboration?: number;
  conflictsWith?: string[];
}

export interface IngestReport {
  article: { id: string; title: string | null; date: string | null; source: string | null; url: string | null; revision: number; pageUrl: string };
  /** The store version after the write: every page rendered before it is stale. */
  version: number;
  actors: { new: ActorReport[]; existing: ActorReport[] };
  merges: Array<{ from: string; into: string; reason: string }>;
  quotes: { added: QuoteReport[]; corroborated: QuoteReport[]; conflicts: QuoteReport[] };
  topics: string[];
  /** Dates, figures and events: how many were new, and how many joined stored ones. */
  story: { dates: number; figures: { added: number; corroborated: number; conflicts: number }; events: { added: number; corroborated: number } };
  /** On a correction: what the earlier version alone supported, now retracted. */
  retracted: { quotes: Array<{ id: string; text: string }>; actors: Array<{ id: string; name: string }> };
  warnings: string[];
}

export interface RetractionReport {
  article: { id: string; retractedAt: string; revision: number };
  version: number;
  retracted: IngestReport['retracted'];
  /** Facts that lost this source but stand on others. */
  kept: { quotes: number; actors: number };
}
