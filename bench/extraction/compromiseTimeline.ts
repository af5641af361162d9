// The full-job baseline: the entity baseline (compromiseKb.ts) plus the timeline's dates and figures from compromise's own finders.
//
// Importing this module loads the `compromise-dates` plugin into compromise, and compromise plugins are global: every later
// `nlp()` in the process tags dates too, and runs at about half the speed. The throughput section therefore runs this
// baseline in a child process of its own (pipelineChild.ts), never beside the entity-only baseline.
//
// What a competent developer would add on compromise in an afternoon, writing no extractor of their own:
//   1. dates: `doc.dates({ today: article date, timezone: 'UTC' })`, read with term offsets; leading terms compromise tags
//      #Preposition ("on Thursday") are left out of the phrase, as our KB and the gold leave them out. compromise's start,
//      end and unit become our resolved value: a day, a month or a year when its unit says so, else the days from start
//      to end (a week, a quarter, "from Dec. 1 to Dec. 5"). An undated article keeps its phrases unresolved: compromise
//      would resolve them against the machine's clock;
//   2. figures: `doc.numbers()` (money and percentages are among them), minus numbers inside a date ("Dec. 7"); the value
//      is compromise's, the counted thing the first run of nouns after the number, in compromise's root form ("waves" →
//      "wave"), the unit compromise's (`$` → USD, `%` → percent);
//   3. figures across articles: one figure per value, counted thing and unit, with a source per report; no qualifiers,
//      speakers or conflicts (compromise has no finder for them).

import nlp from 'compromise';
import datesPlugin, { type DateJSON, type DatesMethods } from 'compromise-dates';
import type { ArticleFile } from '../../src/articles/corpus.ts';
import type { DateFact, DatePrecision, Figure, FigureSource, ResolvedDate } from '../../src/kb/types.ts';
import { compromiseKnowledgeBase, type BaselineKnowledgeBase, type CompromiseDoc } from './compromiseKb.ts';

nlp.plugin(datesPlugin);

/** The baseline KB with its timeline filled. */
export type TimelineBaselineKnowledgeBase = BaselineKnowledgeBase & { dates: DateFact[]; figures: Figure[] };

interface TermJson {
  offset: { start: number; length: number };
  tags?: string[];
}
interface DateMatchJson {
  terms: TermJson[];
  dates?: DateJSON;
}
interface NumberMatchJson {
  terms: TermJson[];
  number?: { num: number; prefix: string; suffix: string; unit: string };
}

const DATE_JSON = { offset: true, terms: { offset: true, tags: true } };
const NUMBER_JSON = { offset: true, terms: { offset: true } };

/** compromise's start, end and unit as our resolved value and precision. */
function resolvedOf(d: DateJSON | undefined): { resolved: ResolvedDate | null; precision: DatePrecision } {
  if (!d?.start) return { resolved: null, precision: 'day' };
  const from = d.start.slice(0, 10);
  const to = (d.end ?? d.start).slice(0, 10);
  if (d.unit === 'year') return { resolved: from.slice(0, 4), precision: 'year' };
  if (d.unit === 'month') return { resolved: from.slice(0, 7), precision: 'month' };
  if (from === to) return { resolved: from, precision: 'day' };
  return { resolved: { from, to }, precision: 'span' };
}

function unitOf(n: NonNullable<NumberMatchJson['number']>): string | null {
  if (n.prefix === '$') return 'USD';
  if (n.suffix === '%') return 'percent';
  return n.unit || null;
}

export function compromiseTimelineKnowledgeBase(files: ArticleFile[]): TimelineBaselineKnowledgeBase {
  const dates: DateFact[] = [];
  const figures: Figure[] = [];
  const figureByKey = new Map<string, { figure: Figure; outlets: Set<string> }>();

  const kb = compromiseKnowledgeBase(files, (doc: CompromiseDoc, article, bodyStart) => {
    const span = (terms: TermJson[]) => {
      const first = terms[0]!;
      const last = terms[terms.length - 1]!;
      return { start: bodyStart + first.offset.start, end: bodyStart + last.offset.start + last.offset.length };
    };

    // dates, resolved against the article's date
    const found = doc as unknown as DatesMethods;
    const taken: Array<{ start: number; end: number }> = [];
    const matches = found.dates({ today: article.date ?? undefined, timezone: 'UTC' }).json(DATE_JSON) as DateMatchJson[];
    for (const m of matches) {
      let terms = m.terms;
      while (terms.length > 1 && terms[0]!.tags?.includes('Preposition')) terms = terms.slice(1);
      if (!terms.length) continue;
      const { start, end } = span(terms);
      taken.push(span(m.terms));
      const { resolved, precision } = article.date ? resolvedOf(m.dates) : { resolved: null, precision: 'day' as const };
      dates.push({ article: article.id, start, end, phrase: article.text.slice(start, end), resolved, precision, modifier: null });
    }

    // figures: compromise's numbers outside dates, each with the nouns after it
    const numbers = doc.numbers();
    const json = numbers.json(NUMBER_JSON) as NumberMatchJson[];
    let i = -1;
    numbers.forEach((m) => {
      i++;
      const n = json[i]?.number;
      if (!n || !json[i]!.terms.length) return;
      const { start, end } = span(json[i]!.terms);
      if (taken.some((d) => d.start < end && start < d.end)) return;
      const noun = m.after('#Noun+').first();
      noun.compute('root');
      const counts = noun.text('root').toLowerCase() || null;
      const unit = unitOf(n);
      const source: FigureSource = {
        article: article.id, start, end, phrase: article.text.slice(start, end), qualifier: null, speaker: null, date: article.date,
      };
      // one figure per value, counted thing and unit; corroboration counts outlets (articles where the outlet is unknown)
      const key = `${n.num}\u0000${counts ?? ''}\u0000${unit ?? ''}`;
      let entry = figureByKey.get(key);
      if (!entry) {
        const figure: Figure = {
          id: `f${figureByKey.size}`, value: n.num, unit, counts, describes: null, qualifiers: [],
          key: `${counts ?? ''}|${unit ?? ''}`, sources: [], corroboration: 0, conflictsWith: [],
        };
        entry = { figure, outlets: new Set() };
        figureByKey.set(key, entry);
        figures.push(figure);
      }
      entry.figure.sources.push(source);
      entry.outlets.add(article.source ?? article.id);
      entry.figure.corroboration = entry.outlets.size;
    });
  });
  return { ...kb, dates, figures };
}
