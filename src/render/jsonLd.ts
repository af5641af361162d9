// Schema.org JSON-LD for sheets: a WebPage about a Person, Organization or Place, with its Quotations and their sources.
// Serialised only through jsonForScript(), so no value can close the <script> element.

import type { ActorKind } from '../kb/types';
import { jsonForScript } from './escape';
import { absoluteUrl } from './urls';
import type { ActorSheet } from './views/actorSheet';
import type { QuoteView } from './views/shared';
import type { TopicSheet } from './views/topicSheet';

const SCHEMA_TYPES: Record<ActorKind, string> = { person: 'Person', organization: 'Organization', place: 'Place' };

type Thing = Record<string, unknown>;

/** Looks up an actor's kind by id (speakers and topic actors). */
export type KindOf = (id: string) => ActorKind | undefined;

/** Only people and organisations create works; a place quoted ("Russia said") speaks as its government. */
function creator(origin: string, quote: QuoteView, kindOf: KindOf): Thing {
  const kind = quote.speakerId ? kindOf(quote.speakerId) : undefined;
  return {
    '@type': kind === 'person' ? 'Person' : kind ? 'Organization' : 'Person',
    name: quote.speakerName,
    ...(quote.speakerPageUrl ? { url: absoluteUrl(origin, quote.speakerPageUrl) } : {}),
  };
}

function quotation(origin: string, quote: QuoteView, kindOf: KindOf): Thing {
  const source = quote.sources[0];
  return {
    '@type': 'Quotation',
    text: quote.text,
    creator: creator(origin, quote, kindOf),
    ...(source
      ? {
          isBasedOn: {
            '@type': 'NewsArticle',
            headline: source.articleTitle,
            ...(source.date ? { datePublished: source.date } : {}),
            ...(source.outlet !== 'unknown outlet' ? { publisher: { '@type': 'Organization', name: source.outlet } } : {}),
            url: source.originalUrl ?? absoluteUrl(origin, source.evidenceUrl),
          },
        }
      : {}),
  };
}

export function actorJsonLd(origin: string, sheet: ActorSheet, kindOf: KindOf): string {
  const url = absoluteUrl(origin, sheet.pageUrl);
  const about: Thing = {
    '@type': SCHEMA_TYPES[sheet.kind],
    name: sheet.name,
    url,
    ...(sheet.aliases.length ? { alternateName: sheet.aliases } : {}),
    ...(sheet.kind === 'person' && sheet.roles[0] ? { jobTitle: sheet.roles[0].title } : {}),
  };
  return jsonForScript({
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    url,
    name: `${sheet.name}: fact sheet`,
    description: sheet.summary.line,
    ...(sheet.lastUpdated ? { dateModified: sheet.lastUpdated } : {}),
    about,
    hasPart: [...sheet.keyQuotes, ...sheet.statements].map((quote) => quotation(origin, quote, kindOf)),
  });
}

export function topicJsonLd(origin: string, sheet: TopicSheet, kindOf: KindOf): string {
  const url = absoluteUrl(origin, sheet.pageUrl);
  return jsonForScript({
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    url,
    name: `${sheet.title}: fact sheet`,
    description: sheet.summaryLine,
    ...(sheet.lastUpdated ? { dateModified: sheet.lastUpdated } : {}),
    about: { '@type': 'Thing', name: sheet.title },
    mentions: sheet.actors.slice(0, 20).map((actor) => ({ '@type': SCHEMA_TYPES[kindOf(actor.id) ?? 'organization'], name: actor.name, url: absoluteUrl(origin, actor.pageUrl) })),
    hasPart: sheet.quotes.map((quote) => quotation(origin, quote, kindOf)),
  });
}
