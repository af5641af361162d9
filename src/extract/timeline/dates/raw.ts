// The shapes a date phrase can take once recognised, before it is resolved against the article date.
import type { DateModifier } from '../types.ts';

export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'year';
export type Shift = 'this' | 'last' | 'next' | null;

export type RawDate =
  /** "2021-12-23" */
  | { kind: 'iso'; y: number; m: number; d: number }
  /** "Jan. 10", "December 30, 2021", "10 January", "early January", "next January", "January 10-12" */
  | { kind: 'calendar'; m: number; d: number | null; dTo: number | null; y: number | null; shift: Shift; modifier: DateModifier | null }
  /** "Thursday", "next Monday" */
  | { kind: 'weekday'; weekday: number; shift: Shift }
  /** "2014", "early 2022" */
  | { kind: 'year'; y: number; modifier: DateModifier | null }
  /** "the 1990s" */
  | { kind: 'decade'; y: number; modifier: DateModifier | null }
  /** "today", "last week", "this month", "early next year", "earlier this month" */
  | { kind: 'deictic'; unit: Unit; shift: -1 | 0 | 1 | null; modifier: DateModifier | null; side: 'earlier' | 'later' | null }
  /** "the past seven years", "recent days", "the coming weeks" */
  | { kind: 'rolling'; unit: 'day' | 'week' | 'month' | 'year'; count: number; direction: -1 | 1; vague: boolean }
  /** "two days ago", "several weeks ago" */
  | { kind: 'ago'; unit: 'day' | 'week' | 'month' | 'year'; count: number; vague: boolean }
  /** "the same year", "the following day", "a week later" */
  | { kind: 'anaphoric'; unit: 'day' | 'week' | 'month' | 'year'; offset: number }
  /** "the spring", "last summer", "winter 2022" */
  | { kind: 'season'; season: string; shift: Shift; y: number | null; modifier: DateModifier | null };

export interface RawMention {
  start: number;
  end: number;
  raw: RawDate;
}
