import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extract/timeline/dates/index.ts';
import { extractEvents } from '../../../src/extract/timeline/events/extract.ts';
import { mergeEvents } from '../../../src/extract/timeline/events/merge.ts';
import { extractFigures } from '../../../src/extract/timeline/figures/index.ts';

const SOURCE = new URL('../../../src/extract/timeline/', import.meta.url).pathname;
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });

// Inputs built to trip backtracking or repeated re-scanning: each is about 100,000 characters.
const ADVERSARIAL: Record<string, string> = {
  'one unpunctuated word': 'a'.repeat(100_000),
  'a sentence with no punctuation': 'the troops said more than 100000 soldiers would move on Thursday '.repeat(1_500),
  'chained qualifiers': 'more than more than more than 1 '.repeat(3_000),
  'one long number': '1'.repeat(100_000),
  'comma-separated digits': '1,'.repeat(50_000),
  'tense cues everywhere': 'on Thursday will '.repeat(6_000),
  'repeated months': 'January January 2021 '.repeat(5_000),
  'seasons without end': 'in the spring of '.repeat(6_000),
  'rolling spans without units': 'the past the past '.repeat(6_000),
  'quote marks around numbers': '“ ” “ 5 '.repeat(12_000),
  'abbreviations': 'Dec. '.repeat(20_000),
  'hyphen chains': '5-'.repeat(50_000),
  'number-word chains': 'twenty-'.repeat(14_000),
  'vague-number chains': 'tens of '.repeat(12_000),
  'dotted acronyms': 'U.S.'.repeat(25_000),
  'modifiers without nouns': '100 so-called '.repeat(7_000),
};

describe('extraction stays linear and runtime-neutral', () => {
  for (const [name, text] of Object.entries(ADVERSARIAL)) {
    it(`handles ${name} quickly`, () => {
      const cpu = process.cpuUsage().user;
      extractDates(text, '2021-12-23');
      extractFigures(text);
      expect((process.cpuUsage().user - cpu) / 1000).toBeLessThan(1_000);
    });
  }

  it('handles a 100,000-character sentence dense with event triggers, dates and actors', () => {
    const text = 'Biden said on Thursday the phone call and talks with Biden in Geneva '.repeat(1_500);
    const actors = [...text.matchAll(/\b(Biden|Geneva)\b/g)].map((m) => ({
      actorId: m[0].toLowerCase(), kind: m[0] === 'Biden' ? 'person' : 'place', start: m.index, end: m.index + m[0].length,
    }));
    const cpu = process.cpuUsage().user;
    const dates = extractDates(text, '2021-12-23');
    const events = extractEvents([{ start: 0, end: text.length, text }], dates, actors, { articleDate: '2021-12-23' });
    mergeEvents(events.map((event, i) => ({ event, article: String(i % 40), outlet: null, articleDate: '2021-12-23' })));
    expect(events.length).toBeGreaterThan(1_000);
    expect((process.cpuUsage().user - cpu) / 1000).toBeLessThan(2_000);
  });

  it('imports nothing from Node and reads no clock or randomness', () => {
    for (const file of sourceFiles(SOURCE)) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/from ['"]node:|require\(|Date\.now|new Date\(|Math\.random|process\./);
    }
  });
});
