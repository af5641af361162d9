// Golden rules for identity across outlets and corroboration of quotes.
import { describe, expect, it } from 'vitest';
import { extract, people, speakerOf } from './helpers.ts';

describe('one actor per real person across outlets', () => {
  it('merges transliteration variants and records why', () => {
    const kb = extract(' date 2022-01-01 Kremlin aide Yury Sokolov spoke.', ' date 2022-01-02 Kremlin aide Yuri Sokolov spoke again.');
    expect(people(kb)).toEqual(['Yury Sokolov']);
    const a = kb.actors.find((x) => x.name === 'Yury Sokolov')!;
    expect(a.aliases).toContain('Yuri Sokolov');
    expect(a.merges[0]!.reason).toMatch(/spelling variant/);
  });
  it('merges a garbled paraphrase when sound and role agree', () => {
    const kb = extract(
      ' date 2022-01-01 White House Press Secretary Jen Psaki said talks went well.',
      ' date 2022-01-02 White House Press Secretary Jane Sackie said talks went well.',
    );
    expect(people(kb)).toEqual(['Jen Psaki']);
    expect(kb.actors.find((x) => x.name === 'Jen Psaki')!.merges[0]!.reason).toMatch(/garbled/);
  });
  it('does not merge a garbled-sounding name without a shared role', () => {
    const kb = extract(' date 2022-01-01 Press Secretary Jen Psaki spoke.', ' date 2022-01-02 The chef Jane Sackie cooked.');
    expect(people(kb).length).toBe(2);
  });
  it('never merges people who only share a surname or a sound', () => {
    const kb = extract(
      ' date 2022-01-01 President Vladimir Putin met President Volodymyr Zelenskyy. Secretary General Jens Stoltenberg and Press Secretary Jen Psaki spoke.',
      ' date 2022-01-02 Mark Hill and Susan Hill spoke. Hill said nothing more.',
    );
    expect(people(kb)).toEqual(['Jen Psaki', 'Jens Stoltenberg', 'Mark Hill', 'Susan Hill', 'Vladimir Putin', 'Volodymyr Zelenskyy']);
  });
  it('links a bare surname in one article to the one full name known elsewhere', () => {
    const kb = extract(' date 2022-01-01 Chancellor Petra Vogel spoke.', ' date 2022-01-02 The decision, Vogel said, was final.');
    const a = kb.actors.find((x) => x.name === 'Petra Vogel')!;
    expect(new Set(a.mentions.map((m) => m.article))).toEqual(new Set(['a0', 'a1']));
  });
});

describe('corroboration', () => {
  const one = ' date 2022-01-01\n(Reuters) -- “We will respond firmly to any attack on our territory,” Defence Minister Olga Hansen said.';
  const two = ' date 2022-01-01\n(Bloomberg) -- “We will respond firmly to any attack on our territory,” said Olga Hansen, the defence minister.';
  const three = ' date 2022-01-02\nCNN’s Ali Reza contributed to this report. “We will respond firmly to any attack on our territory,” army chief Erik Lund said.';
  const kb = extract(one, two, three);
  it('one quote with several sources, counted by distinct outlet', () => {
    const q = kb.quotes.find((x) => x.speaker === 'olga-hansen')!;
    expect(q.sources.length).toBe(2);
    expect(q.corroboration).toBe(2);
  });
  it('keeps a conflicting attribution side by side', () => {
    const lund = kb.quotes.find((x) => x.speaker === 'erik-lund')!;
    expect(lund.conflict).toBe(true);
    expect(lund.conflictsWith).toEqual([kb.quotes.find((x) => x.speaker === 'olga-hansen')!.id]);
  });
});

describe('relatives and garbled surnames', () => {
  const kb = extract(
    ' date 2023-12-06 President Joe Harlan said on Wednesday that he was proud of his son. Hunter Harlan, who faces charges, did not comment. Goldman Sachs declined to comment.',
    ' date 2023-12-07 German Chancellor Olaf Scholz met the president. Scholz said aid would double.',
    ' date 2023-12-07 German Chancellor Olaf Sholz said Berlin would send more aid.',
  );
  it('finds a relative named with a known person\'s surname, as a person of their own', () => {
    expect(people(kb)).toEqual(expect.arrayContaining(['Joe Harlan', 'Hunter Harlan']));
    expect(people(kb)).not.toContain('Goldman Sachs');
  });
  it('merges a garbled surname with the same given name and role, named by the better-attested spelling', () => {
    const scholz = kb.actors.find((a) => a.name === 'Olaf Scholz');
    expect(scholz?.aliases).toContain('Olaf Sholz');
    expect(people(kb)).not.toContain('Olaf Sholz');
  });
  it('never merges two people who share a given name and whose surnames are two letters apart', () => {
    const two = extract(' date 2023-12-06 Minister Anselm Norley said the plan was sound.', ' date 2023-12-07 Analyst Anselm Norsen said the plan would fail.');
    expect(people(two)).toEqual(expect.arrayContaining(['Anselm Norley', 'Anselm Norsen']));
  });
  it('merges a transliterated given name with a same-sounding surname in the same role ("Binyamin Netanyahoo")', () => {
    const two = extract(' date 2023-10-12 Prime Minister Benjamin Netanyahu said the war would go on.', ' date 2023-10-12 Prime Minister Binyamin Netanyahoo stated the war would go on.');
    expect(people(two)).toContain('Benjamin Netanyahu');
    expect(people(two)).not.toContain('Binyamin Netanyahoo');
  });
  it('keeps a surname\'s particle with it, so "Le Pen" alone is Marine Le Pen, and "Ben" or "Al" still open given names', () => {
    const kb = extract(' date 2024-07-02 Marine Le Pen won the first round. "The French have spoken," Le Pen told supporters. Defence Secretary Ben Wallace said Wallace would stay.');
    expect(people(kb)).toEqual(expect.arrayContaining(['Marine Le Pen', 'Ben Wallace']));
    expect(people(kb)).not.toContain('Le Pen');
    expect(speakerOf(kb, 'The French')).toBe('Marine Le Pen');
  });
  it('reads lower-case particles inside a name, and the last word alone as that person ("Erik ten Hag" … "ten Hag", "von der Leyen")', () => {
    const kb = extract(
      ' date 2024-05-25 "I am so proud of these players," United manager Erik ten Hag said. Asked about his future, ten Hag said: "That is not for me to decide."',
      ' date 2024-05-26 Commission President Ursula von der Leyen spoke on Monday. "We will act," von der Leyen said.',
    );
    expect(people(kb)).toEqual(expect.arrayContaining(['Erik ten Hag', 'Ursula von der Leyen']));
    expect(speakerOf(kb, 'I am so proud')).toBe('Erik ten Hag');
    expect(speakerOf(kb, 'That is not')).toBe('Erik ten Hag');
    expect(speakerOf(kb, 'We will act')).toBe('Ursula von der Leyen');
  });
  it('makes a person of a name followed by an age ("Kobbie Mainoo, 19, scored")', () => {
    expect(people(extract(' date 2024-05-25 Kobbie Mainoo, 19, scored the winning goal.'))).toContain('Kobbie Mainoo');
  });
  it('reads a name before a clause and "said" as a person, and family names alone as the full name ("López Obrador")', () => {
    const kb = extract(
      ' date 2024-06-03 Outgoing President Andrés Manuel López Obrador thanked voters.',
      ' date 2024-06-04 López Obrador, who leaves office on Oct. 1, said on Monday that he would retire. "I am going to my ranch," he told reporters.',
    );
    expect(people(kb)).toContain('Andrés Manuel López Obrador');
    expect(people(kb)).not.toContain('López Obrador');
    expect(speakerOf(kb, 'I am going')).toBe('Andrés Manuel López Obrador');
  });
  it('reads a family name written first, alone, as the person ("Kim" for "Kim Jong Un"), but not a given name two people share', () => {
    const kb = extract(' date 2023-09-13 North Korean leader Kim Jong Un met Russian President Vladimir Putin in the Far East on Wednesday.\n"Russia is rising to a sacred fight," Kim told Putin.');
    expect(speakerOf(kb, 'Russia is rising')).toBe('Kim Jong Un');
    expect(people(kb)).not.toContain('Far East');
    const two = extract(' date 2023-09-13 Senator Joe Harlan met Governor Joe Winter. "We agreed," Joe said.');
    expect(speakerOf(two, 'We agreed')).toBeNull();
  });
  it('merges a name written with a hyphen for a space ("Kim Jong-un" / "Kim Jong Un"), and reads paraphrased cue verbs ("conveyed")', () => {
    const kb = extract(
      ' date 2023-09-13 North Korean head Kim Jong-un encountered Russian Leader Vladimir Petrov. "Russia is ascending," Kim conveyed to Petrov.',
      ' date 2023-09-13 North Korean leader Kim Jong Un met Russian President Vladimir Petrov. "Russia is rising," Kim told Petrov.',
    );
    expect(people(kb).filter((n) => n.startsWith('Kim'))).toHaveLength(1);
    expect(speakerOf(kb, 'Russia is ascending')).toBe(speakerOf(kb, 'Russia is rising'));
    expect(speakerOf(kb, 'Russia is ascending')).toMatch(/^Kim Jong/);
  });
});
