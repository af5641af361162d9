// The timeline stage, read top to bottom: dates → figures → figure groups → events → merged events.
// Every step is pure: text and plain data in, plain data out, no clock, no I/O.

/** 1. Date mentions resolved against the article date (tense decides which way a weekday or month points). */
export { extractDates, dateSpans } from './dates/index.ts';
/** 2. Figures: a number, its qualifier, unit and counted thing. */
export { extractFigures, type ExtractFiguresOptions } from './figures/index.ts';
/** 3. The same figure across articles: corroboration, or a conflict when values differ. */
export { groupFigures, countsKey } from './figures/group.ts';
export type * from './types.ts';
