// Reads editors' topic files (content/topics/*.md): front matter title, terms, hide, merge_into; body = summary.
import { parse as parseYaml } from 'yaml';
import type { Problem } from '../kb/types.ts';
import type { CuratedTopic } from '../extract/index.ts';
import { slugify } from './ids.ts';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

export function readCuratedTopics(files: Array<{ file: string; text: string }>, problems: Problem[]): CuratedTopic[] {
  const out: CuratedTopic[] = [];
  for (const f of files) {
    const id = slugify((f.file.split('/').pop() ?? f.file).replace(/\.md$/i, ''));
    const m = FRONT_MATTER.exec(f.text);
    let data: Record<string, unknown> = {};
    if (m) {
      try {
        const parsed = parseYaml(m[1] ?? '', { maxAliasCount: 50, schema: 'core' }) as unknown;
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
      } catch (err) {
        problems.push({ file: f.file, severity: 'error', reason: `topic front matter is not valid YAML: ${(err as Error).message.split('\n')[0]}` });
        continue;
      }
    }
    const body = (m ? f.text.slice(m[0].length) : f.text).trim();
    const terms = Array.isArray(data.terms) ? data.terms.filter((t): t is string => typeof t === 'string') : typeof data.terms === 'string' ? [data.terms] : [];
    out.push({
      id,
      title: typeof data.title === 'string' ? data.title : null,
      terms,
      hide: data.hide === true,
      mergeInto: typeof data.merge_into === 'string' ? slugify(data.merge_into) : null,
      summary: body || null,
    });
  }
  return out;
}
