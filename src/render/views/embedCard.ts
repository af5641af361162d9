// The embeddable card: a sheet's name, summary line, best quote and a few facts, every link absolute (it opens a new tab).

import { absoluteUrl } from '../urls';
import type { ActorSheet } from './actorSheet';
import type { QuoteView } from './shared';
import type { TopicSheet } from './topicSheet';

export interface CardLine {
  text: string;
  /** Absolute link to the evidence. */
  evidenceUrl: string;
  citation: string;
}

export interface EmbedCard {
  title: string;
  subtitle: string;
  line: string;
  quote: (CardLine & { speakerName: string; corroborationLabel: string }) | null;
  facts: CardLine[];
  factsHeading: string;
  sheetUrl: string;
  updated: string | null;
  /** Same-origin script that posts the card's height to the embedding page. */
  frameScriptUrl: string;
}

const FACTS = 3;

function cardQuote(origin: string, quote: QuoteView | undefined): EmbedCard['quote'] {
  const source = quote?.sources[0];
  if (!quote || !source) return null;
  return {
    text: quote.text,
    speakerName: quote.speakerName,
    corroborationLabel: quote.corroborationLabel,
    citation: source.citation,
    evidenceUrl: absoluteUrl(origin, source.evidenceUrl),
  };
}

export function actorCard(origin: string, sheet: ActorSheet): EmbedCard {
  const met = sheet.related.flatMap((r) => {
    const relation = r.relations.find((x) => x.kind === 'met');
    return relation ? [{ text: `${relation.label.replace(/^met or talked with/, `Met or talked with ${r.name}`)}`, evidenceUrl: absoluteUrl(origin, relation.evidenceUrl), citation: 'first report' }] : [];
  });
  const roles = sheet.roles.flatMap((role) => {
    const source = role.sources[0];
    return source ? [{ text: role.title, evidenceUrl: absoluteUrl(origin, source.evidenceUrl), citation: source.citation }] : [];
  });
  return {
    title: sheet.name,
    subtitle: [sheet.kindLabel, sheet.roles[0]?.title].filter(Boolean).join(' · '),
    line: sheet.summary.line,
    quote: cardQuote(origin, sheet.keyQuotes[0] ?? sheet.statements[0]),
    facts: [...roles.slice(0, 1), ...met].slice(0, FACTS),
    factsHeading: 'Facts',
    sheetUrl: absoluteUrl(origin, sheet.pageUrl),
    updated: sheet.lastUpdated,
    frameScriptUrl: '/embed-frame.js',
  };
}

export function topicCard(origin: string, sheet: TopicSheet): EmbedCard {
  const lead = sheet.summary[0];
  const figures = sheet.figures.flatMap((figure) => {
    const report = figure.reports[0];
    return report ? [{ text: `${figure.phrase} (${figure.outletsLabel})`, evidenceUrl: absoluteUrl(origin, report.evidenceUrl), citation: report.citation }] : [];
  });
  const summary = lead?.evidenceUrl ? [{ text: lead.text, evidenceUrl: absoluteUrl(origin, lead.evidenceUrl), citation: lead.citation ?? '' }] : [];
  return {
    title: sheet.title,
    subtitle: 'Topic',
    line: sheet.summaryLine,
    quote: cardQuote(origin, sheet.quotes[0]),
    facts: [...summary, ...figures].slice(0, FACTS),
    factsHeading: figures.length ? 'Summary and figures' : 'Summary',
    sheetUrl: absoluteUrl(origin, sheet.pageUrl),
    updated: sheet.lastUpdated,
    frameScriptUrl: '/embed-frame.js',
  };
}
