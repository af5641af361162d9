// Reads a set of article files into parsed articles, folding duplicates and reporting every file it skips.
import type { Problem } from '../kb/types.ts';
import { decodeArticleBytes, ArticleDecodeError } from './decode.ts';
import { parseArticle, ArticleParseError, type ParsedArticle } from './parse.ts';

export interface ArticleFile {
  /** Path relative to the content folder, used in reports. */
  file: string;
  bytes: Uint8Array;
}

export interface ReadCorpus {
  articles: ParsedArticle[];
  problems: Problem[];
}

export const ARTICLE_FILE = /\.(txt|md|markdown)$/i;

export function readCorpus(files: ArticleFile[]): ReadCorpus {
  const problems: Problem[] = [];
  const byContent = new Map<string, ParsedArticle>();
  const usedIds = new Set<string>();
  const sorted = [...files].sort((a, b) => a.file.localeCompare(b.file));
  for (const f of sorted) {
    try {
      const decoded = decodeArticleBytes(f.bytes);
      const parsed = parseArticle(f.file, decoded.text);
      for (const w of [...decoded.warnings, ...parsed.warnings]) problems.push({ file: f.file, severity: 'warning', reason: w });
      const same = byContent.get(parsed.contentKey);
      if (same) {
        // the same article under two names is one article with both files recorded
        same.article.files.push(f.file);
        problems.push({ file: f.file, severity: 'warning', reason: `duplicate of ${same.article.file}; recorded as the same article` });
        continue;
      }
      let id = parsed.article.id;
      for (let n = 2; usedIds.has(id); n++) id = `${parsed.article.id}-${n}`;
      usedIds.add(id);
      parsed.article.id = id;
      byContent.set(parsed.contentKey, parsed);
    } catch (err) {
      if (err instanceof ArticleDecodeError || err instanceof ArticleParseError) {
        problems.push({ file: f.file, severity: 'error', reason: err.message });
      } else {
        problems.push({ file: f.file, severity: 'error', reason: `unexpected failure: ${(err as Error).message}` });
      }
    }
  }
  return { articles: [...byContent.values()], problems };
}
