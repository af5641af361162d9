// The hand-written scanners and number formatting give exactly what the code they replaced gave, on any input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/extract/01-segment.ts';
import { wordAround, wordBefore } from '../../../src/extract/11-topics.ts';
import { base36 } from '../../../src/articles/ids.ts';
import { ABBREVIATED_TITLES } from '../../../src/extract/lexicon/roles.ts';
import { FUNCTION_WORDS, MONTHS } from '../../../src/extract/lexicon/common.ts';

/** Characters that stress word edges: joiners, possessives, spaces of every kind, astral letters, marks, underscores. */
const PIECES = ['a', 'B', 'z', 'V. P', 'Ann B. C', 'x S. Jo', 'b B. The', 'c C. I', 'é', 'É', '7', '.', "'", '’', '-', '&', ' ', '\n', '\u00a0', '\u2009', '\t', '𝐀', '😀', '\u0301', '_', '“', '”', ',', 's', 'S', 'Mr', 'U.S', 'Dec', 'St', '\ud800'];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((xs) => xs.join(''));

/** The tokenizer as it was written with one regular expression. */
function referenceTokens(text: string) {
  const TOKEN = /([\p{L}\p{N}]+(?:[.'’\-&][\p{L}\p{N}]+)*)|([^\s\p{L}\p{N}])/gu;
  const abbreviations = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Jr', 'Sr', 'Inc', 'Corp', 'Co', 'Ltd', 'No', 'vs', 'etc', 'approx', 'est',
    ...Object.keys(ABBREVIATED_TITLES).map((t) => t.slice(0, -1)), ...[...MONTHS].filter((m) => !m.endsWith('.') && m.length <= 4)]);
  const out: Array<{ text: string; start: number; end: number; word: boolean; possessive: boolean; cap: boolean; para: number }> = [];
  let para = -1;
  let lastEnd = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    if (para < 0 || text.slice(lastEnd, m.index).includes('\n')) para++;
    let raw = m[0];
    let end = m.index + raw.length;
    let possessive = false;
    if (m[1] !== undefined) {
      const poss = /^(.+?)['’]s$/u.exec(raw);
      if (poss?.[1] && poss[1].length > 1) {
        raw = poss[1];
        possessive = true;
      } else if (text[end] === '.' && (abbreviations.has(raw) || /^(?:\p{L}\.)+\p{L}$/u.test(raw) || middleInitial(text, m.index, raw, out.at(-1)))) {
        raw += '.';
        end++;
        TOKEN.lastIndex = end;
      }
    }
    out.push({ text: raw, start: m.index, end: possessive ? m.index + raw.length : end, word: m[1] !== undefined, possessive, cap: m[1] !== undefined && /^\p{Lu}/u.test(raw), para });
    lastEnd = possessive ? m.index + m[0].length : end;
  }
  return out;
}

/**
 * "Vladimir V. Putin": a capital letter and a full stop between a capitalised word and another, one space each side;
 * after a lower-case word ("counterpart S. Jaishankar") only before a word of two or more letters that is not a
 * function word ("plan B. The").
 */
function middleInitial(text: string, at: number, raw: string, prev: { word: boolean; cap: boolean; end: number } | undefined): boolean {
  if (!(/^[A-Z]$/.test(raw) && !!prev && prev.word && prev.end === at - 1 && text[at - 1] === ' ' && /^\. [A-Z]/.test(text.slice(at + 1, at + 4)))) return false;
  if (prev.cap) return true;
  const next = /^[A-Za-z0-9]+/.exec(text.slice(at + 3))![0];
  return next.length >= 2 && !FUNCTION_WORDS.has(next.toLowerCase());
}

/** The topic rules' words as one regular expression found them. */
function referenceWords(text: string) {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].map((m) => ({ raw: m[0], at: m.index!, end: m.index! + m[0].length }));
}

describe('tokenizer', () => {
  it('splits any text into the tokens and paragraphs the regular expression gave', () => {
    fc.assert(fc.property(texts, (text) => {
      const got = segment(text).tokens.map(({ text: t, start, end, word, possessive, cap, para }) => ({ text: t, start, end, word, possessive, cap, para }));
      expect(got).toEqual(referenceTokens(text));
    }), { numRuns: 3000 });
  });
  it('keeps titles, acronyms and possessives whole', () => {
    const tokens = segment('Mr. Biden’s U.S.-led talks, AT&T and co-operation.\n\nNew para').tokens;
    expect(tokens.map((t) => t.text)).toEqual(['Mr.', 'Biden', 'U.S.', '-', 'led', 'talks', ',', 'AT&T', 'and', 'co-operation', '.', 'New', 'para']);
    expect(tokens[1]!.possessive).toBe(true);
    expect(tokens.at(-1)!.para).toBe(1);
  });
});

describe('topic words', () => {
  it('finds, around any offset, the word the regular expression found there', () => {
    fc.assert(fc.property(texts, (text) => {
      for (const w of referenceWords(text)) {
        for (let i = w.at; i < w.end; i++) {
          if (text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff) continue; // not a character boundary
          expect(wordAround(text, i)).toEqual(w);
        }
      }
    }), { numRuns: 2000 });
  });
  it('finds the word before any word as the regular expression did', () => {
    fc.assert(fc.property(texts, (text) => {
      const words = referenceWords(text);
      words.forEach((w, k) => {
        const prev = words[k - 1];
        const got = wordBefore(text, w.at);
        expect(got && { at: got.at, end: got.end }).toEqual(prev ? { at: prev.at, end: prev.end } : null);
      });
    }), { numRuns: 2000 });
  });
});

describe('short ids', () => {
  it('writes any safe integer in base 36 exactly as Number#toString(36)', () => {
    fc.assert(fc.property(fc.maxSafeNat(), (n) => {
      expect(base36(n)).toBe(n.toString(36));
    }), { numRuns: 20000 });
    for (const n of [0, 1, 35, 36, 2 ** 31, 2 ** 32 - 1, 2 ** 53 - 1]) expect(base36(n)).toBe(n.toString(36));
  });
});
