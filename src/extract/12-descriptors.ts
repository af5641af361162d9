// Step 12: "the Russian leader", "the British prime minister" — a descriptor that names no one still tells a role,
// when exactly one person in the article is tied to that nation by a role stated anywhere in the corpus.
import type { Actor } from '../kb/types.ts';
import type { ArticleFacts } from './article.ts';
import { DEMONYMS } from './gazetteer.ts';
import { TITLE_HEADS } from './lexicon/roles.ts';

const DESCRIPTOR = /\b[Tt]he ([A-Z][a-z]+(?: [A-Z][a-z]+)?) ((?:prime |foreign |defense |defence |vice )?[a-z]+)\b/g;

export function addDescriptorRoles(facts: ArticleFacts[], actors: Actor[]): void {
  const presentIn = new Map<string, Set<Actor>>();
  for (const a of actors) {
    if (a.kind !== 'person') continue;
    for (const m of a.mentions) (presentIn.get(m.article) ?? presentIn.set(m.article, new Set()).get(m.article)!).add(a);
  }
  for (const f of facts) {
    const { text, id } = f.article;
    const inQuote = (at: number) => f.quotes.some((q) => q.kind !== 'indirect' && at >= q.start && at < q.end);
    const present = [...(presentIn.get(id) ?? [])];
    DESCRIPTOR.lastIndex = 0;
    for (let m = DESCRIPTOR.exec(text); m; m = DESCRIPTOR.exec(text)) {
      const demonym = m[1]!;
      const role = m[2]!;
      const head = role.split(' ').pop()!;
      if (!DEMONYMS.has(demonym) || !TITLE_HEADS.has(head) || inQuote(m.index)) continue;
      const country = DEMONYMS.get(demonym)!.toLowerCase();
      const tied = present.filter((p) => p.roles.some((r) => {
        const t = r.title.toLowerCase();
        return t.includes(demonym.toLowerCase()) || t.includes(country);
      }));
      if (tied.length !== 1) continue;
      const person = tied[0]!;
      const start = m.index + m[0].indexOf(demonym);
      const end = m.index + m[0].length;
      const title = text.slice(start, end);
      let r = person.roles.find((x) => x.title.toLowerCase() === title.toLowerCase());
      if (!r) {
        r = { title, articles: [], evidence: [] };
        person.roles.push(r);
      }
      if (!r.articles.includes(id)) r.articles.push(id);
      r.evidence.push({ article: id, start, end });
    }
  }
}
