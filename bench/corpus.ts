// Deterministic benchmark corpus: stories of five outlets each, made from the seed articles by recasting people, rewording quotes, perturbing numbers and shuffling and mixing paragraphs.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleFile } from '../src/articles/corpus.ts';
import { countWords } from '../src/articles/parse.ts';
import { ALL_FAMILY, FEMALE_FIRST, MALE_FIRST, OUTLETS } from './data/inventedNames.ts';
import { SEED_PEOPLE, type SeedPerson } from './data/seedPeople.ts';
import { seededRng, zipfSampler, type Rng } from './prng.ts';
import { recast, type Invented } from './variation/names.ts';
import { perturbNumbers } from './variation/numbers.ts';
import { quoteVocabulary, storyWording } from './variation/quotes.ts';

export const SEED_DIR = join(import.meta.dirname, '../content/articles');

// The seeds are one story told by five outlets; every generated story is told the same way, one article per seed.

/** How many invented people the news "world" holds; drawn Zipf-like so a few recur across many stories. */
const CAST_SIZE = 4000;
const CAST_EXPONENT = 1.05;

interface Seed {
  lead: string;
  paragraphs: string[];
}

export interface GeneratedCorpus {
  files: ArticleFile[];
  /** Words in all articles, counted as the article parser counts them (whitespace-separated). */
  words: number;
  bytes: number;
}

const DATE_STAMP = /^\s*date\s+\d{4}-\d{2}-\d{2}[ \t]*/;

function readSeeds(dir: string): Seed[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8').replace(DATE_STAMP, '');
      const [lead, ...paragraphs] = text.split(/\n+/).map((p) => p.trim()).filter(Boolean);
      return { lead: lead!, paragraphs };
    });
}

/** One fixed world of invented people per gender, so the same person recurs (and merges) across stories. */
function buildWorld(rng: Rng): { male: Invented[]; female: Invented[] } {
  const make = (firsts: string[]): Invented[] =>
    Array.from({ length: CAST_SIZE }, () => ({ first: rng.pick(firsts), last: rng.pick(ALL_FAMILY) }));
  return { male: make(MALE_FIRST), female: make(FEMALE_FIRST) };
}

/** Who plays each seed person in one story: distinct family names, same gender (pronouns stay right). */
function castStory(rng: Rng, world: { male: Invented[]; female: Invented[] }, draw: (rng: Rng) => number): Map<SeedPerson, Invented> {
  const cast = new Map<SeedPerson, Invented>();
  const taken = new Set<string>();
  for (const seed of SEED_PEOPLE) {
    const pool = seed.gender === 'male' ? world.male : world.female;
    let person = pool[draw(rng)]!;
    for (let tries = 0; taken.has(person.last) && tries < 20; tries++) person = pool[draw(rng)]!;
    taken.add(person.last);
    cast.set(seed, person);
  }
  return cast;
}

function storyDate(rng: Rng, dayOffset: number): string {
  const day = new Date(Date.UTC(rng.int(2019, 2024), rng.int(0, 11), rng.int(1, 28) + dayOffset));
  return day.toISOString().slice(0, 10);
}

/** `count` distinct articles, the same ones on every run and machine. */
export function generateCorpus(count: number, seedDir = SEED_DIR): GeneratedCorpus {
  const seeds = readSeeds(seedDir);
  const vocabulary = quoteVocabulary(seeds.flatMap((s) => [s.lead, ...s.paragraphs]));
  const world = buildWorld(seededRng(0xca57));
  const draw = zipfSampler(CAST_SIZE, CAST_EXPONENT);
  const encoder = new TextEncoder();
  const files: ArticleFile[] = [];
  let words = 0;
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const story = Math.floor(i / seeds.length);
    const storyRng = seededRng(0x5707 + story);
    const cast = castStory(storyRng, world, draw);
    const reword = storyWording(story, vocabulary);
    const rng = seededRng(0x5eed0000 + i);

    // this outlet's telling: its seed's lead, most of its paragraphs and one to three borrowed from the others, shuffled
    const base = seeds[i % seeds.length]!;
    const body = base.paragraphs.filter(() => rng.next() > 0.15);
    for (let k = rng.int(1, 3); k > 0; k--) {
      const other = seeds[(i + rng.int(1, seeds.length - 1)) % seeds.length]!;
      if (other.paragraphs.length) body.push(rng.pick(other.paragraphs));
    }
    rng.shuffle(body);
    const lead = base.lead.replace(/^\(([A-Z][A-Za-z ]+)\) --/, () => `(${rng.pick(OUTLETS)}) --`);

    const text = perturbNumbers(reword(recast([lead, ...body].join('\n\n'), cast)), rng);
    const article = ` date ${storyDate(storyRng, rng.int(0, 1))} ${text}\n`;
    const encoded = encoder.encode(article);
    files.push({ file: `gen/${String(i).padStart(5, '0')}.txt`, bytes: encoded });
    words += countWords(article);
    bytes += encoded.length;
  }
  return { files, words, bytes };
}
