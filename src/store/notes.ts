// What a sheet says about the store's notes: a window note when it was built from the newest articles only, and
// the facts retracted with an article. Added below the filled template, and as `notes` in the JSON; nothing when
// there is nothing to say, so a sheet without notes is exactly what the bundled store renders.

import { escapeMarkdownInline } from '../render/escape';
import type { StoreNotes } from './types';

export function hasNotes(notes: StoreNotes): boolean {
  return notes.window !== null || notes.retracted.length > 0;
}

/** The sheet's JSON with the notes added. */
export function withNotes(data: object, notes: StoreNotes): object {
  return hasNotes(notes) ? { ...data, notes } : data;
}

const KIND_LABELS = { quote: 'Quote', role: 'Role', source: 'Source' } as const;

export function notesMarkdown(notes: StoreNotes): string {
  if (!hasNotes(notes)) return '';
  const out: string[] = [''];
  if (notes.window) {
    out.push(`*Built from the newest ${notes.window.shown} of ${notes.window.total} articles; the JSON variant covers the same window.*`, '');
  }
  if (notes.retracted.length) {
    out.push('## Retracted', '');
    for (const fact of notes.retracted) {
      const text = escapeMarkdownInline(fact.text);
      const label = fact.sourceUrl ? `[${text}](${fact.sourceUrl})` : `“${text}”`;
      out.push(`- ${KIND_LABELS[fact.kind]}: ${label}, retracted ${escapeMarkdownInline(fact.retractedAt.slice(0, 10))}: ${escapeMarkdownInline(fact.note)}`);
    }
    out.push('');
  }
  return out.join('\n');
}
