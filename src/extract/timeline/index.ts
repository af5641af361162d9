// The timeline stage, read top to bottom: dates → figures → figure groups → events → merged events.
// Every step is pure: text and plain data in, plain data out, no clock, no I/O, the same in Node and a Worker.

/** 1. Date mentions resolved against the article date (clause tense decides which way a weekday or month points). */
export { extractDates, dateSpans } from './dates/index.ts';
/** 2. Figures: a number, its qualifier, unit and counted thing. */
export { extractFigures, type ExtractFiguresOptions } from './figures/index.ts';
/** 3. The same figure across articles: corroboration, or a conflict when values differ. */
export { groupFigures, countsKey } from './figures/group.ts';
/** 4. Events in one article: calls, meetings, talks, press conferences, summits, statements, sanctions, deployments. */
export { extractEvents } from './events/extract.ts';
/** 5. The same happening across articles: one event with several sources; distinct days stay distinct. */
export { mergeEvents } from './events/merge.ts';
export type * from './types.ts';
