// Sentence bounds: full stops that end sentences, and the ones that do not (initials, titles, dates).

import { describe, expect, it } from 'vitest';
import { sentenceBounds, sentenceIndexAt, sentenceStarts } from '../../src/render/sentences';

function sentences(text: string): string[] {
  const starts = sentenceStarts(text);
  return starts.map((_, i) => {
    const { start, end } = sentenceBounds(text, starts, i);
    return text.slice(start, end);
  });
}

describe('sentenceStarts', () => {
  it('splits at terminal punctuation followed by a capital or an opening quote', () => {
    expect(sentences('Putin spoke. Biden listened! Was it over? “No,” she said.')).toEqual(['Putin spoke.', 'Biden listened!', 'Was it over?', '“No,” she said.']);
  });

  it('keeps initialisms, titles and abbreviated months inside the sentence', () => {
    expect(sentences('The U.S. said Mr. Biden called on Dec. 7 in Washington. Then J. Smith left.')).toEqual([
      'The U.S. said Mr. Biden called on Dec. 7 in Washington.',
      'Then J. Smith left.',
    ]);
  });

  it('keeps closing quotes with their sentence, and ends one at a blank line', () => {
    expect(sentences('He called it a “colossal error.” Talks go on.\n\nHeadline without stop\n\nNext.')).toEqual([
      'He called it a “colossal error.”',
      'Talks go on.',
      'Headline without stop',
      'Next.',
    ]);
  });

  it('does not split before a lower-case word', () => {
    expect(sentences('It was 5 p.m. when talks began.')).toEqual(['It was 5 p.m. when talks began.']);
  });
});

describe('sentenceIndexAt', () => {
  it('finds the sentence holding an offset', () => {
    const text = 'One. Two. Three.';
    const starts = sentenceStarts(text);
    expect([0, 4, 5, 10, 15].map((at) => sentenceIndexAt(starts, at))).toEqual([0, 0, 1, 2, 2]);
  });
});
