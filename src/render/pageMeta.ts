// What a sheet's <head> says about it: description, canonical URL, Open Graph and Twitter card, oEmbed, JSON-LD.

import { embedCode, type EmbedCode } from './embedCode';
import { actorJsonLd, topicJsonLd, type KindOf } from './jsonLd';
import { absoluteUrl, oembedUrl } from './urls';
import type { ActorSheet } from './views/actorSheet';
import type { TopicSheet } from './views/topicSheet';

/** Filled into layout.html, where every value is HTML-escaped except `jsonLdHtml` (built by jsonForScript). */
export interface PageHead {
  description: string;
  canonicalUrl: string;
  ogType: 'profile' | 'website';
  oembedUrl: string;
  /** The JSON-LD object, already serialised for a <script> element. */
  jsonLdHtml: string;
}

export interface SheetMeta {
  head: PageHead;
  embed: EmbedCode;
}

const DESCRIPTION_LIMIT = 200;

function clip(text: string): string {
  return text.length <= DESCRIPTION_LIMIT ? text : `${text.slice(0, DESCRIPTION_LIMIT - 1).trimEnd()}…`;
}

export function actorMeta(origin: string, sheet: ActorSheet, kindOf: KindOf): SheetMeta {
  const role = sheet.roles[0]?.title;
  return {
    head: {
      description: clip(`${sheet.kindLabel}${role ? `, ${role}` : ''}. ${sheet.summary.line}.`),
      canonicalUrl: absoluteUrl(origin, sheet.pageUrl),
      ogType: sheet.kind === 'person' ? 'profile' : 'website',
      oembedUrl: oembedUrl(origin, sheet.pageUrl),
      jsonLdHtml: actorJsonLd(origin, sheet, kindOf),
    },
    embed: embedCode(origin, 'actors', sheet.id, sheet.pageUrl, sheet.name),
  };
}

export function topicMeta(origin: string, sheet: TopicSheet, kindOf: KindOf): SheetMeta {
  const lead = sheet.summary[0]?.text;
  return {
    head: {
      description: clip(lead ? `${sheet.summaryLine}. ${lead}` : sheet.summaryLine),
      canonicalUrl: absoluteUrl(origin, sheet.pageUrl),
      ogType: 'website',
      oembedUrl: oembedUrl(origin, sheet.pageUrl),
      jsonLdHtml: topicJsonLd(origin, sheet, kindOf),
    },
    embed: embedCode(origin, 'topics', sheet.id, sheet.pageUrl, sheet.title),
  };
}
