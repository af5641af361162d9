// Golden rules for quotation marks and who said what, each on a small invented article.
import { groupQuotes, MAX_CONFLICTS, type QuoteReport } from '../../../src/extract/10-corroboration.ts';
import { describe, expect, it } from 'vitest';
import { extract, people, quoteStarting, reportedStarting, reporterOf, rolesOf, speakerOf } from './helpers.ts';
import { HONORIFICS } from '../../../src/extract/lexicon/names.ts';
import { ABBREVIATED_TITLES } from '../../../src/extract/lexicon/roles.ts';
import { SPEAKER_PRONOUNS } from '../../../src/extract/lexicon/verbs.ts';

describe('speaker after the quotation', () => {
  const kb = extract(
    ' date 2023-03-02 Talks resumed in Vienna.\n' +
      '“We will not accept these terms,” Foreign Minister Maria Lindqvist said on Wednesday.\n' +
      '“The door remains open,” said Tomas Berg, the Finnish envoy.\n' +
      '“There is no deal yet,” Deputy Prime Minister Karel Novak told reporters.\n' +
      '“Nothing is agreed until everything is agreed,” she said.',
  );
  it('reads "X said" after the closing mark, with the title kept off the name', () => {
    expect(speakerOf(kb, 'We will not accept')).toBe('Maria Lindqvist');
  });
  it('reads the inverted "said X"', () => expect(speakerOf(kb, 'The door remains open')).toBe('Tomas Berg'));
  it('reads a long title before the name', () => expect(speakerOf(kb, 'There is no deal yet')).toBe('Karel Novak'));
  it('resolves "she" to the nearest woman, not the nearest name', () => expect(speakerOf(kb, 'Nothing is agreed')).toBe('Maria Lindqvist'));
});

describe('speaker before the quotation', () => {
  const kb = extract(
    ' date 2023-03-02 Governor Alan Reyes said: “The state will cover the cost.”\n' +
      'Health Secretary Priya Nair told reporters that “hospitals are ready for the winter.”\n' +
      'The plan is “fully funded,” according to a senior finance ministry official.\n' +
      'The Kremlin said in a statement that the proposal was “unacceptable and dangerous for Europe.”',
  );
  it('reads "X said: “…”"', () => expect(speakerOf(kb, 'The state will cover')).toBe('Alan Reyes'));
  it('reads "X told reporters that “…”"', () => expect(speakerOf(kb, 'hospitals are ready')).toBe('Priya Nair'));
  it('keeps an unnamed source typed, with its label', () => {
    const q = quoteStarting(kb, 'fully funded');
    expect(q.speaker).toBeNull();
    expect(q.speakerLabel).toBe('a senior finance ministry official');
  });
  it('lets an organisation speak', () => expect(speakerOf(kb, 'unacceptable and dangerous')).toBe('Kremlin'));
});

describe('continuations and pronouns', () => {
  const kb = extract(
    ' date 2023-05-10 Mayor Helen Okafor criticised the budget of Councillor James Whitby.\n' +
      '“This budget fails our schools,” she said. “It fails our parents too.”\n' +
      '“We will fight it in the chamber and in the courts,” Okafor added.\n' +
      'Whitby defended the plan. “The numbers add up,” he said.',
  );
  it('a second quote in the same paragraph keeps its speaker', () => expect(speakerOf(kb, 'It fails our parents')).toBe('Helen Okafor'));
  it('a bare surname is the full name met earlier', () => expect(speakerOf(kb, 'We will fight it')).toBe('Helen Okafor'));
  it('"he" goes to the subject of the sentence before, not the person talked about', () => expect(speakerOf(kb, 'The numbers add up')).toBe('James Whitby'));
});

describe('broken quotation marks never crash and still give quotes', () => {
  it('handles a missing closing mark (runs to the paragraph end)', () => {
    const kb = extract(' date 2023-01-01 The minister, Omar Haddad, said: “We cannot explain the delay. Nobody can.\nNext paragraph here.');
    const q = quoteStarting(kb, 'We cannot explain');
    expect(q.text).toBe('We cannot explain the delay. Nobody can.');
    expect(speakerOf(kb, 'We cannot explain')).toBe('Omar Haddad');
  });
  it('handles a reversed closing mark and a space before it', () => {
    const kb = extract(' date 2023-01-01 Officials discussed “the common approach to the border “. Then they left.');
    expect(quoteStarting(kb, 'the common approach').text).toBe('the common approach to the border');
  });
  it('handles a closing mark with no opening mark', () => {
    const kb = extract(' date 2023-01-01 Lena Fischer spoke first. We hope that this does not happen.” Then silence.');
    expect(quoteStarting(kb, 'We hope that').text).toBe('We hope that this does not happen.');
  });
  it('handles straight quotes and an odd number of marks', () => {
    const kb = extract(' date 2023-01-01 "It is over," said Paul Meyer. He added "one more thing.\nAnd "another');
    expect(speakerOf(kb, 'It is over')).toBe('Paul Meyer');
  });
  it('marks short fragments as partial', () => {
    const kb = extract(' date 2023-01-01 Ana Costa called the plan “reckless” and said it was “a costly mistake for everyone involved.”');
    expect(quoteStarting(kb, 'reckless').kind).toBe('partial');
    expect(speakerOf(kb, 'reckless')).toBe('Ana Costa');
  });
});

describe('reported speech', () => {
  it('keeps "X said that …" as an indirect quote with its speaker', () => {
    const kb = extract(' date 2023-01-01 Prime Minister Ravi Shankar said that the talks would continue next week in Delhi.');
    const q = kb.quotes.find((x) => x.kind === 'indirect');
    expect(q?.text).toBe('the talks would continue next week in Delhi');
    expect(kb.actors.find((a) => a.id === q?.speaker)?.name).toBe('Ravi Shankar');
  });
});

describe('clauses between the speaker and the verb', () => {
  const kb = extract(
    ' date 2023-03-14 Tomas Varga, who chairs the Budget Office, told reporters the outlook was “highly uncertain”.\n' +
      'Ms. Ines Moreau, the Green Party\'s finance spokeswoman, said the plans would not fix the housing crisis.',
  );
  it('never gives the words to someone inside a relative clause ("X, who chairs Y, told")', () => expect(speakerOf(kb, 'highly uncertain')).toBe('Tomas Varga'));
  it('reads a role set off by commas as the named person, not as an unnamed source', () => {
    const q = kb.quotes.find((x) => x.kind === 'indirect' && x.text.startsWith('the plans'));
    expect(kb.actors.find((a) => a.id === q?.speaker)?.name).toBe('Ines Moreau');
    expect(q?.speakerLabel ?? null).not.toMatch(/spokeswoman/);
  });
});

describe('wire-copy cues', () => {
  const kb = extract(
    ' date 2024-03-15 Chief executive Laura Chen spoke to analysts.\n' +
      '“We misjudged the market,” Ms. Chen told analysts on a call. “That is on me.\n' +
      '“We will fix it.”\n' +
      'In a statement, the Securities and Exchange Commission said it was reviewing the filing.\n' +
      '“We are looking at this closely,” the statement said.\n' +
      'A spokesperson for the company said layoffs were “not under consideration.”',
  );
  it('reads "Ms. X told analysts" after a quotation', () => expect(speakerOf(kb, 'We misjudged')).toBe('Laura Chen'));
  it('carries the speaker into the next paragraph of a multi-paragraph quotation', () => expect(speakerOf(kb, 'We will fix it')).toBe('Laura Chen'));
  it('gives "the statement said" to whoever issued the statement', () => expect(speakerOf(kb, 'We are looking')).toBe('Securities and Exchange Commission'));
  it('keeps the affiliation in an unnamed source label', () => expect(speakerOf(kb, 'not under consideration')).toBe('A spokesperson for the company'));
});

describe('organisations and appositives in cues', () => {
  const kb = extract(
    ' date 2024-04-02 Shares of Acme Corp. rose on Tuesday.\n' +
      '“Demand has never been stronger,” the company said in a statement.\n' +
      '“We see no slowdown,” it added.\n' +
      '“The numbers speak for themselves,” Olga Hansen, the chief financial officer, said on a call.',
  );
  it('gives "the company said" to the company named before', () => expect(speakerOf(kb, 'Demand has never')).toBe('Acme Corp.'));
  it('gives "it added" to that organisation', () => expect(speakerOf(kb, 'We see no slowdown')).toBe('Acme Corp.'));
  it('reads the verb after an appositive', () => expect(speakerOf(kb, 'The numbers speak')).toBe('Olga Hansen'));
});

describe('words that name object internals', () => {
  it('"constructor", "toString" and "__proto__" are not pronouns, honorifics or titles', () => {
    for (const word of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(word in SPEAKER_PRONOUNS).toBe(false);
      expect(word in HONORIFICS).toBe(false);
      expect(word in ABBREVIATED_TITLES).toBe(false);
    }
  });
  it('an article full of them extracts normally', () => {
    const kb = extract(' date 2024-01-01 Mayor Ann Lee said “we are fine.” The constructor said toString __proto__ hasOwnProperty.');
    expect(speakerOf(kb, 'we are fine')).toBe('Ann Lee');
  });
});

describe('conflicting attributions', () => {
  it('lists a bounded number of rivals per quote, best-supported first, however many speakers the words get', () => {
    const text = 'We will not accept any expansion of the alliance to the east';
    const reports: QuoteReport[] = [];
    // 30 speakers (fewer than 40 reports, so no shingle counts as a stock phrase); speakers 0–7 are named twice
    for (let k = 0; k < 30; k++) {
      const copies = k < 8 ? 2 : 1;
      for (let c = 0; c < copies; c++) {
        const article = `a${k}-${c}`;
        reports.push({
          article, outlet: `outlet-${k}-${c}`, text, kind: 'direct', speakerKey: `speaker-${k}`,
          source: { article, start: 0, end: text.length, speaker: `speaker-${k}`, speakerLabel: null, cue: null, date: null },
        });
      }
    }
    const groups = groupQuotes(reports);
    expect(groups).toHaveLength(30);
    for (const g of groups) {
      expect(g.conflicts.length).toBe(MAX_CONFLICTS);
      expect(g.conflicts).not.toContain(groups.indexOf(g));
    }
    const first = groups[0]!;
    expect(first.speaker).toBe('speaker-0');
    // its rivals are the next best supported: speakers 1 … 24
    expect(first.conflicts.map((i) => groups[i]!.speaker)).toEqual(Array.from({ length: MAX_CONFLICTS }, (_, k) => `speaker-${k + 1}`));
  });
});

describe('reported speech after a time or setting', () => {
  const kb = extract(
    ' date 2024-02-08 Harlow Platforms said on Thursday it would pay a dividend.\n' +
      'Prime Minister Ravi Shankar said in a statement the talks would continue.\n' +
      'Governor Ana Ruiz said this would happen next year without fail.',
  );
  const indirect = (start: string) => kb.quotes.find((q) => q.kind === 'indirect' && q.text.startsWith(start))?.text ?? null;
  it('starts the reported clause after "on Thursday"', () => expect(indirect('it would pay')).toBe('it would pay a dividend'));
  it('starts the reported clause after "in a statement"', () => expect(indirect('the talks')).toBe('the talks would continue'));
  it('does not read "this would happen next year" as an adjunct', () => expect(indirect('this would happen')).toBe('this would happen next year without fail'));
});

describe('datelines, acronyms and addressees', () => {
  const kb = extract(
    ' date 2022-09-21 UNITED NATIONS (AP) — Ukrainian President Mira Koval urged leaders on Wednesday to act, telling the U.N. General Assembly that “a crime has been committed against us.”\n' +
      'NATO said - in a brief statement - that “the alliance stands ready.”',
  );
  it('never lets a dateline or the agency in it speak, and keeps "U.N. General Assembly" in one sentence', () => expect(speakerOf(kb, 'a crime')).toBe('Mira Koval'));
  it('never gives the words to whoever is told', () => expect(speakerOf(kb, 'a crime')).not.toBe('UN General Assembly'));
  it('reads a capitalised opening word followed by a sentence as a speaker, not a dateline', () => expect(speakerOf(kb, 'the alliance')).toBe('NATO'));
});

describe('verbs that report a clause, and verbs that do not', () => {
  const kb = extract(
    ' date 2022-09-21 President Mira Koval urged leaders on Wednesday to punish the invaders.\n' +
      'President Ivo Brandt announced a partial mobilisation of reservists.\n' +
      'Finance Minister Lena Kraus told reporters the outlook was uncertain.\n' +
      'Brandt has denied planning an attack.',
  );
  const indirect = kb.quotes.filter((q) => q.kind === 'indirect').map((q) => q.text);
  it('reads no reported clause after "urged … to", "announced a …" or "denied planning"', () => {
    expect(indirect.some((t) => t.startsWith('leaders'))).toBe(false);
    expect(indirect.some((t) => t.startsWith('a partial'))).toBe(false);
    expect(indirect.some((t) => t.startsWith('planning'))).toBe(false);
  });
  it('starts the clause after the one told ("told reporters the outlook …")', () => expect(indirect).toContain('the outlook was uncertain'));
});

describe('British single quotation marks', () => {
  const kb = extract(
    ' date 2024-01-15 The home secretary, Tom Ashby, said: ‘We will stop the boats. The ministers’ plan is ready.’\n' +
      'A government source said the policy was ‘the toughest ever’.\n' +
      'Labour’s shadow home secretary, Nia Price, said the scheme was ‘a gimmick’. ‘They have lost control,’ she said.',
  );
  it('reads ‘…’ as a quotation, and a plural possessive inside it as an apostrophe', () => {
    expect(quoteStarting(kb, 'We will stop').text).toBe('We will stop the boats. The ministers’ plan is ready.');
    expect(speakerOf(kb, 'We will stop')).toBe('Tom Ashby');
  });
  it('keeps short single-marked fragments as partial quotes with their speaker', () => {
    expect(quoteStarting(kb, 'a gimmick').kind).toBe('partial');
    expect(speakerOf(kb, 'They have lost')).toBe('Nia Price');
  });
  it('leaves apostrophes alone ("Labour’s")', () => expect(kb.quotes.some((q) => q.text.startsWith('s shadow'))).toBe(false));
});

describe('unnamed sources with their own words, and who "he" is after them', () => {
  const kb = extract(
    ' date 2024-05-20 First Vice President Omar Haddad will take over, the ministry said.\n' +
      'Officials said the helicopter came down in fog. "The weather was very bad," a rescue official told state television. He said teams had reached the site on foot.',
  );
  it('keeps the words before the head in an unnamed label ("a rescue official")', () => expect(quoteStarting(kb, 'The weather').speakerLabel).toBe('a rescue official'));
  it('gives "He said" to the unnamed source of the sentence before, not to a man named further back', () => {
    const q = kb.quotes.find((x) => x.text.startsWith('teams had reached'));
    expect(q?.speaker ?? null).toBeNull();
    expect(q?.speakerLabel).toBe('a rescue official');
  });
  it('finds reported speech in a sentence followed by a quotation with a straight opening mark', () => {
    expect(kb.quotes.some((x) => x.kind === 'indirect' && x.text === 'the helicopter came down in fog')).toBe(true);
  });
});

describe('institutions as speakers', () => {
  const kb = extract(
    ' date 2023-06-06 "This is an ecological disaster," the Ukrainian foreign ministry said in a statement.\n' +
      '"The consequences will be felt for years," U.N. aid chief Martin Griffiths told the Security Council.',
  );
  it('keeps a described, unnamed institution as a typed source ("the Ukrainian foreign ministry")', () => {
    const q = quoteStarting(kb, 'This is an ecological');
    expect(q.speaker).toBeNull();
    expect(q.speakerLabel).toBe('the Ukrainian foreign ministry');
  });
  it('gives the words to the person whose title opens with an organisation ("U.N. aid chief Martin Griffiths told")', () => expect(speakerOf(kb, 'The consequences')).toBe('Martin Griffiths'));
});

describe('short quotations: whole sentences or fragments', () => {
  const kb = extract(' date 2024-03-01 "We will cut taxes," said Governor Ron Avery. Avery shot back: "That is simply false." Mayor Lena Brooks called it "productive".');
  it('keeps a short quotation that is a whole sentence direct', () => {
    expect(quoteStarting(kb, 'We will cut').kind).toBe('direct');
    expect(quoteStarting(kb, 'That is simply').kind).toBe('direct');
  });
  it('keeps a short quotation woven into the narration partial', () => expect(quoteStarting(kb, 'productive').kind).toBe('partial'));
});

describe('"it said" after an institution spoke', () => {
  const kb = extract(' date 2024-04-14 Iran launched more than 300 drones at Israel overnight, the Israeli military said on Sunday. It said most of them had been intercepted.');
  it('gives "It said" to the institution that spoke in the sentence before, not to the first place named there', () => {
    const q = kb.quotes.find((x) => x.text.startsWith('most of them'));
    expect(q?.speaker ?? null).toBeNull();
    expect(q?.speakerLabel).toBe('the Israeli military');
  });
});

describe('speakers named by a long title, a nationality, an age or an affiliation', () => {
  const kb = extract(
    ' date 2025-01-09 "We are not out of control yet," Los Angeles County Fire Chief Tomas Arvelo told a news conference.\n' +
      'Rovanna coach Pietro Salvadori said the club needed depth. "We are looking, but nothing is done," the Italian said.\n' +
      'Dario Mensah, 19, scored twice. "It was a dream," the 19-year-old told reporters. The teenager said it was "the best day of my life".\n' +
      '"We will review it," a spokeswoman for Northern Valley Power said. A spokesman for Prime Minister Elena Marsh said no decision had been made.\n' +
      'Analysts at Harrow Capital said the results were "a step in the right direction".',
  );
  it('reads a place, a county and capitalised office words as one title before the name', () => {
    expect(speakerOf(kb, 'We are not out of control')).toBe('Tomas Arvelo');
    expect(rolesOf(kb, 'Tomas Arvelo')).toEqual(["Los Angeles County Fire Chief"]);
  });
  it('gives "the Italian said" and "the 19-year-old told" to the person named before', () => {
    expect(speakerOf(kb, 'We are looking')).toBe('Pietro Salvadori');
    expect(speakerOf(kb, 'It was a dream')).toBe('Dario Mensah');
  });
  it('gives "the teenager said" to the person named before when no unnamed teenager came first', () => expect(speakerOf(kb, 'the best day')).toBe('Dario Mensah'));
  it('keeps the affiliation in the label of a spokesperson, and the organisation out of the people', () => {
    expect(speakerOf(kb, 'We will review it')).toBe('a spokeswoman for Northern Valley Power');
    expect(people(kb)).not.toContain('Valley Power');
    expect(kb.actors.find((a) => a.name === 'Northern Valley Power')?.kind).toBe('organization');
  });
  it('does not give a spokesman\'s words or role to the person he speaks for', () => {
    const q = kb.quotes.find((x) => x.text.startsWith('no decision'));
    expect(q?.speaker ?? null).toBeNull();
    expect(q?.speakerLabel).toBe('A spokesman for Prime Minister Elena Marsh');
    expect(rolesOf(kb, 'Elena Marsh')).toEqual(['Prime Minister']);
  });
  it('labels analysts by where they work', () => expect(speakerOf(kb, 'a step in the right')).toBe('Analysts at Harrow Capital'));
});

describe('a campaign or administration named by its leader', () => {
  const kb = extract(' date 2024-05-30 The Marsh campaign said in a statement that the verdict showed "no one is above the law." Elena Marsh was not present.');
  it('labels the words with the whole source, not the person who names it', () => {
    const q = quoteStarting(kb, 'no one is above');
    expect(q.speaker).toBeNull();
    expect(q.speakerLabel).toBe('The Marsh campaign');
  });
});

describe('a subject before an appositive, and a name right after the verb', () => {
  const kb = extract(
    ' date 2024-10-01 Prof. Lena Kassir, an associate fellow at Harrow House, said Vantor had been "severely weakened but not defeated". ' +
      'Lebanon\'s caretaker Prime Minister Nabil Marouf spoke later. Marouf\'s spokeswoman, Rana Haddad, said he was "calm".',
  );
  it('gives the words to the subject before the commas, not to the name after "said"', () => expect(speakerOf(kb, 'severely weakened')).toBe('Lena Kassir'));
  it('reads "fellow" and "caretaker" as title words', () => {
    expect(rolesOf(kb, 'Lena Kassir')).toEqual(['associate fellow at Harrow House']);
    expect(rolesOf(kb, 'Nabil Marouf')).toEqual(["Lebanon's caretaker Prime Minister"]);
  });
  it('still gives the words to the person inside the commas ("X\'s spokeswoman, Rana Haddad, said")', () => expect(speakerOf(kb, 'calm')).toBe('Rana Haddad'));
});

describe('a diplomatic mission as a source', () => {
  const kb = extract(' date 2024-04-14 Tehran said the strikes were retaliation. "The matter can be deemed concluded," Iran\'s mission to the United Nations said in a post on X.');
  it('labels the words with the mission and where it is posted', () => {
    const q = quoteStarting(kb, 'The matter can be');
    expect(q.speaker).toBeNull();
    expect(q.speakerLabel).toBe("Iran's mission to the United Nations");
  });
});

describe('reported speech with the cue at the end ("…, X said.")', () => {
  const kb = extract(
    ' date 2024-05-30 JERUSALEM — Drones were launched at the city overnight, the Israeli military said on Sunday.\n' +
      'Sentencing is scheduled for July 11, Judge Juan Merano said. Prices will keep rising this year, he said.\n' +
      'The deal would close by March, said Ana Ruiz, a lawyer for the family. The vote was very close, Reuters reported.\n' +
      'When the talks ended, Elena Marsh said she was hopeful about the outcome.',
  );
  it('gives the clause before the last comma to the speaker after it, past an adjunct and without the dateline', () => {
    expect(reporterOf(kb, 'Drones were launched')).toBe('the Israeli military');
    expect(reportedStarting(kb, 'Drones were launched')?.text).toBe('Drones were launched at the city overnight');
    expect(reporterOf(kb, 'Sentencing is scheduled')).toBe('Juan Merano');
    expect(reporterOf(kb, 'The vote was very close')).toBe('Reuters');
  });
  it('reads "he said" at the end as the man named before, never the institution', () => expect(reporterOf(kb, 'Prices will keep rising')).toBe('Juan Merano'));
  it('reads the inverted "…, said X, a …" ', () => expect(reporterOf(kb, 'The deal would close')).toBe('Ana Ruiz'));
  it('does not take a clause for reported speech when the verb has its own clause after it', () => {
    expect(reportedStarting(kb, 'When the talks ended')).toBeUndefined();
    expect(reporterOf(kb, 'she was hopeful')).toBe('Elena Marsh');
  });
});

describe('institutions named by a noun, and statements from someone', () => {
  const kb = extract(
    ' date 2024-06-10 "This is not over," according to a statement from the Nordic Council. ' +
      'In a statement, the ministry said it "categorically rejects" the claims. Turnout was about 60 percent, the lowest since 2001, the Electoral Commission said.',
  );
  it('gives the words of "a statement from X" to X', () => expect(speakerOf(kb, 'This is not over')).toBe('Nordic Council'));
  it('keeps "the ministry" as a typed source when no ministry was named, not the council named before', () => {
    const q = quoteStarting(kb, 'categorically');
    expect(q.speaker).toBeNull();
    expect(q.speakerLabel).toBe('the ministry');
  });
  it('reads "…, the Electoral Commission said" as the commission\'s report', () => {
    const q = reportedStarting(kb, 'Turnout was');
    expect(kb.actors.find((a) => a.id === q?.speaker)?.name).toBe('Electoral Commission');
  });
});

describe('a nationality noun, and a plural title before names', () => {
  const kb = extract(
    ' date 2024-08-04 Carlos Alcoraz, 21, said he was proud of his run. "I\'m really proud of myself," the Spaniard said. ' +
      'Researchers Barrow Zeph and Bob McGrath are also leaving, the company said.',
  );
  it('gives "the Spaniard said" to the person named before', () => expect(speakerOf(kb, "I'm really proud")).toBe('Carlos Alcoraz'));
  it('reads names after a plural title ("Researchers X and Y")', () => expect(people(kb)).toEqual(expect.arrayContaining(['Barrow Zeph', 'Bob McGrath'])));
});

describe('a title and a comma after the verb, and a participle clause before it', () => {
  const kb = extract(
    ' date 2024-06-10 "No," replied the minister, Anna Bergen.\n' +
      'The prime minister, speaking in Kyiv, said: "We stand together."',
  );
  it('reads "replied the minister, X" as X', () => expect(speakerOf(kb, 'No,')).toBe('Anna Bergen'));
  it('never gives the words to a place after "speaking in"', () => expect(speakerOf(kb, 'We stand together')).not.toBe('Kyiv'));
});

describe('a title standing for the person who holds it', () => {
  const kb = extract(
    ' date 2024-06-10 President Lena Orvik met Finance Minister Rae Reed on Monday. Orvik said talks went well. ' +
      'Protesters gathered outside. The president also warned that the sanctions would stay in place for a year.',
  );
  it('gives "the president warned" to the person named with that title earlier', () => {
    const q = reportedStarting(kb, 'the sanctions would stay');
    expect(kb.actors.find((a) => a.id === q?.speaker)?.name).toBe('Lena Orvik');
  });
});
