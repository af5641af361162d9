import { describe, expect, it } from 'vitest';
import { tenseAround } from '../../../src/extract/timeline/tense.ts';

/** Tense around the first occurrence of `phrase` in `text`. */
const tenseOf = (text: string, phrase: string): string => {
  const start = text.indexOf(phrase);
  return tenseAround(text, start, start + phrase.length);
};

describe('clause tense around a date phrase', () => {
  it('reads the governing verb on the left first', () => {
    expect(tenseOf('The minister resigned on Monday.', 'Monday')).toBe('past');
    expect(tenseOf('The minister will resign on Monday.', 'Monday')).toBe('future');
    expect(tenseOf('Talks are expected to resume in March.', 'March')).toBe('future');
    expect(tenseOf('Troops have withdrawn since March.', 'March')).toBe('past');
  });

  it('reads rightwards, across the comma, when the date opens the clause', () => {
    expect(tenseOf('On Monday, talks will resume.', 'Monday')).toBe('future');
    expect(tenseOf('On Monday, the talks collapsed.', 'Monday')).toBe('past');
  });

  it('does not let an attribution after the date set its tense', () => {
    expect(tenseOf('“We expect a deal” in January, the official said.', 'January')).toBe('neutral');
  });

  it('treats a passive participle by its auxiliary', () => {
    expect(tenseOf('Sanctions will be imposed in March.', 'March')).toBe('future');
    expect(tenseOf('Sanctions were imposed in March.', 'March')).toBe('past');
  });

  it('does not take the comma inside a number for a clause edge', () => {
    expect(tenseOf('The agency has hired 1,200 agents since January and plans more.', 'January')).toBe('past');
  });

  it('stops at the clause edge: a quote, a full stop', () => {
    expect(tenseOf('He resigned. In March, elections', 'March')).toBe('neutral');
    expect(tenseOf('Officials met the U.S. delegation on Friday', 'Friday')).toBe('past');
  });
});
