import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extract/timeline/dates/index.ts';
import type { DateMention } from '../../../src/extract/timeline/types.ts';

// 2021-12-23 is a Thursday; 2021-12-31 a Friday.
const THU = '2021-12-23';

function dates(text: string, articleDate: string | null = THU): DateMention[] {
  const found = extractDates(text, articleDate);
  for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.phrase);
  return found;
}
/** [phrase, resolved] pairs, the shape most tests read best in. */
const pairs = (text: string, articleDate: string | null = THU): Array<[string, unknown]> =>
  dates(text, articleDate).map((d) => [d.phrase, d.resolved]);

describe('weekdays', () => {
  it('resolve to the nearest such day on or before the article date in a past clause', () => {
    expect(pairs('The talks were held on Monday.')).toEqual([['Monday', '2021-12-20']]);
    expect(pairs('Putin said Thursday that he was ready.')).toEqual([['Thursday', '2021-12-23']]);
    expect(pairs('Ushakov told reporters after Thursday’s call.', '2021-12-31')).toEqual([['Thursday', '2021-12-30']]);
  });

  it('resolve to the nearest day after when the clause looks ahead', () => {
    expect(pairs('On Monday, talks will resume.')).toEqual([['Monday', '2021-12-27']]);
    expect(pairs('Biden will call Putin on Thursday.')).toEqual([['Thursday', '2021-12-30']]);
    expect(pairs('They meet again next Tuesday.')).toEqual([['next Tuesday', '2021-12-28']]);
    expect(pairs('It started last Thursday.')).toEqual([['last Thursday', '2021-12-16']]);
  });

  it('join a following calendar date into one mention', () => {
    expect(pairs('It opened on Thursday, Dec. 16, in Vienna.')).toEqual([['Thursday, Dec. 16', '2021-12-16']]);
  });

  it('leave named days alone', () => {
    expect(pairs('Shops were busy on Black Friday.')).toEqual([]);
  });
});

describe('calendar dates', () => {
  it('read abbreviated, full and day-first forms', () => {
    expect(pairs('in a Dec. 7 phone call')).toEqual([['Dec. 7', '2021-12-07']]);
    expect(pairs('talks on January 10 in Geneva', '2021-12-31')).toEqual([['January 10', '2022-01-10']]);
    expect(pairs('a call on December 30, 2021.')).toEqual([['December 30, 2021', '2021-12-30']]);
    expect(pairs('signed on 10 January 2022 and 3rd of March')).toEqual([
      ['10 January 2022', '2022-01-10'],
      ['3rd of March', '2021-03-03'], // "signed": a past clause,
    ]);
    expect(pairs('Sept. 3 and Jan. 10-12')).toEqual([
      ['Sept. 3', '2021-09-03'],
      ['Jan. 10-12', { from: '2022-01-10', to: '2022-01-12' }],
    ]);
  });

  it('read ISO dates', () => {
    expect(dates('filed 2021-12-23 at noon')[0]).toMatchObject({ phrase: '2021-12-23', resolved: '2021-12-23', precision: 'day', anchor: 'absolute' });
  });

  it('read the tense of the date’s own clause, not of a clause before a comma', () => {
    expect(pairs('Congress approved a package in May, and lawmakers return on Nov. 14.', '2022-09-30')).toEqual([
      ['May', '2022-05'],
      ['Nov. 14', '2022-11-14'],
    ]);
  });

  it('read a date after "since" as behind the article date, whatever the clause says', () => {
    expect(pairs('their first meeting since the summer', '2024-02-16')).toEqual([['the summer', { from: '2023-06', to: '2023-08' }]]);
  });

  it('pick the year by tense when the month is far from the article date', () => {
    expect(pairs('Protests erupted on March 3.')).toEqual([['March 3', '2021-03-03']]);
    expect(pairs('The summit is scheduled for March 3.')).toEqual([['March 3', '2022-03-03']]);
  });
});

describe('months', () => {
  it('resolve a bare month to the nearest occurrence, behind it in the past tense', () => {
    expect(pairs('an invasion as soon as January.')).toEqual([['January', '2022-01']]);
    expect(pairs('In March, Russia massed troops.')).toEqual([['March', '2021-03']]);
    expect(pairs('Talks are expected in March.')).toEqual([['March', '2022-03']]);
  });

  it('carry early/mid/late as a modifier', () => {
    expect(dates('ready to engage from early January.')[0]).toMatchObject({ phrase: 'early January', resolved: '2022-01', precision: 'month', modifier: 'early' });
    expect(dates('by mid-March')[0]).toMatchObject({ phrase: 'mid-March', modifier: 'mid' });
    expect(dates('until the end of January')[0]).toMatchObject({ phrase: 'the end of January', resolved: '2022-01', modifier: 'late' });
  });

  it('step to the next or last occurrence when the text says so', () => {
    expect(pairs('talks could begin next January')).toEqual([['next January', '2022-01']]);
    expect(pairs('talks could begin next January', '2022-01-05')).toEqual([['next January', '2023-01']]);
    expect(pairs('since last December')).toEqual([['last December', '2020-12']]);
  });

  it('need a date word next to an ambiguous month name', () => {
    expect(pairs('You may go. In May, it rained. May 5 was sunny.')).toEqual([
      ['May', '2021-05'],
      ['May 5', '2021-05-05'],
    ]);
    expect(pairs('April Ryan asked a question.')).toEqual([]);
  });
});

describe('years and decades', () => {
  it('read bare years with modifiers, but not counts or names', () => {
    expect(pairs('the 2014 invasion; early 2022; mid-2023')).toEqual([
      ['2014', '2014'],
      ['early 2022', '2022'],
      ['mid-2023', '2023'],
    ]);
    expect(pairs('Resolution 2231, 2000 troops, $2021, 2019.5 and 2,014 votes')).toEqual([]);
    expect(pairs('Biden’s 2022 budget')).toEqual([['2022', '2022']]);
    expect(pairs('the 1990s')).toEqual([['the 1990s', { from: '1990', to: '1999' }]]);
  });
});

describe('relative expressions', () => {
  it('resolve this/last/next month and year, with modifiers', () => {
    expect(pairs('this month, last month, next month, this year, last year, next year')).toEqual([
      ['this month', '2021-12'],
      ['last month', '2021-11'],
      ['next month', '2022-01'],
      ['this year', '2021'],
      ['last year', '2020'],
      ['next year', '2022'],
    ]);
    expect(dates('starting early next year')[0]).toMatchObject({ phrase: 'early next year', resolved: '2022', precision: 'year', modifier: 'early' });
    expect(dates('a warning earlier this month')[0]).toMatchObject({ phrase: 'earlier this month', resolved: '2021-12', precision: 'month' });
    expect(dates('a warning earlier this month')[0]!.modifier).toBeUndefined();
    expect(dates('by the end of the year')[0]).toMatchObject({ phrase: 'the end of the year', resolved: '2021', modifier: 'late' });
  });

  it('resolve weeks to Monday–Sunday spans', () => {
    expect(pairs('last week, this week, next week')).toEqual([
      ['last week', { from: '2021-12-13', to: '2021-12-19' }],
      ['this week', { from: '2021-12-20', to: '2021-12-26' }],
      ['next week', { from: '2021-12-27', to: '2022-01-02' }],
    ]);
    expect(pairs('earlier this week')).toEqual([['earlier this week', { from: '2021-12-20', to: '2021-12-23' }]]);
  });

  it('resolve yesterday, today, tomorrow, but not a name like Russia Today', () => {
    expect(pairs('Yesterday he spoke; today he rests; tomorrow he flies.')).toEqual([
      ['Yesterday', '2021-12-22'],
      ['today', '2021-12-23'],
      ['tomorrow', '2021-12-24'],
    ]);
    expect(pairs('He told Russia Today.')).toEqual([]);
  });

  it('resolve rolling spans back from the article date', () => {
    expect(dates('fighting for the past seven years')[0]).toMatchObject({
      phrase: 'the past seven years', resolved: { from: '2014', to: '2021' }, precision: 'span',
    });
    expect(pairs('over the past three days')).toEqual([['the past three days', { from: '2021-12-20', to: '2021-12-23' }]]);
    expect(pairs('in the past decade')).toEqual([['the past decade', { from: '2011', to: '2021' }]]);
  });

  it('resolve vague spans by convention and flag them', () => {
    const [recent] = dates('units dispatched in recent days');
    expect(recent).toMatchObject({ phrase: 'recent days', resolved: { from: '2021-12-16', to: '2021-12-23' }, vague: true });
    expect(dates('in the coming weeks')[0]).toMatchObject({ phrase: 'the coming weeks', vague: true });
    expect(dates('several days ago')[0]).toMatchObject({ resolved: { from: '2021-12-16', to: '2021-12-21' }, vague: true });
  });

  it('count back for "ago"', () => {
    expect(pairs('two days ago; 3 months ago; a year ago')).toEqual([
      ['two days ago', '2021-12-21'],
      ['3 months ago', '2021-09'],
      ['a year ago', '2020'],
    ]);
  });
});

describe('anaphora', () => {
  it('leans on the last resolved mention', () => {
    expect(pairs('Russia seized Crimea in 2014 and fomented an insurgency the same year.')).toEqual([
      ['2014', '2014'],
      ['the same year', '2014'],
    ]);
    expect(pairs('The vote was on March 3, 2020. The following day, protests began.')).toEqual([
      ['March 3, 2020', '2020-03-03'],
      ['The following day', '2020-03-04'],
    ]);
  });
});

describe('seasons', () => {
  it('resolve to the season’s months in the year the tense points to', () => {
    expect(dates('activity was visible in the spring during the last build-up')[0]).toMatchObject({
      phrase: 'the spring', resolved: { from: '2021-03', to: '2021-05' }, precision: 'span',
    });
    expect(pairs('an offensive is expected in the spring')).toEqual([['the spring', { from: '2022-03', to: '2022-05' }]]);
    expect(pairs('this winter; last summer; winter 2022')).toEqual([
      ['this winter', { from: '2021-12', to: '2022-02' }],
      ['last summer', { from: '2021-06', to: '2021-08' }],
      ['winter 2022', { from: '2021-12', to: '2022-02' }],
    ]);
  });

  it('skip seasons that are names or nouns', () => {
    expect(pairs('the Arab Spring; the fall of Kabul; a hot spring')).toEqual([]);
  });
});

describe('article date handling', () => {
  it('resolves only absolute dates when the article is undated', () => {
    const found = dates('On Thursday, in early January and in 2020, on December 30, 2021.', null);
    expect(found.map((d) => [d.phrase, d.resolved, d.precision])).toEqual([
      ['Thursday', null, 'day'],
      ['early January', null, 'month'],
      ['2020', '2020', 'year'],
      ['December 30, 2021', '2021-12-30', 'day'],
    ]);
  });

  it('ignores matches before bodyStart (a metadata date stamp)', () => {
    const text = ' date 2021-12-23 The talks were held on Monday.';
    expect(extractDates(text, THU, { bodyStart: 17 }).map((d) => d.phrase)).toEqual(['Monday']);
    expect(extractDates(text, THU).map((d) => d.phrase)).toEqual(['2021-12-23', 'Monday']);
  });

  it('treats an invalid article date as no date', () => {
    expect(pairs('on Monday', '2021-02-30')).toEqual([['Monday', null]]);
  });
});
