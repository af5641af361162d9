// Golden rules for people, roles, organisations and places.
import { describe, expect, it } from 'vitest';
import { extract, people, rolesOf, speakerOf } from './helpers.ts';

describe('people', () => {
  const kb = extract(
    ' date 2022-06-01 On Monday, President Amara Diallo met Secretary General Jonas Brandt in Geneva.\n' +
      'Diallo said the meeting went well. Brandt agreed. In June, May and Monday are not people.\n' +
      'Secretary Liz Morgan also attended.',
  );
  it('finds full names and links bare surnames to them', () => {
    expect(people(kb)).toEqual(['Amara Diallo', 'Jonas Brandt', 'Liz Morgan']);
    const diallo = kb.actors.find((a) => a.name === 'Amara Diallo')!;
    expect(diallo.mentions.length).toBe(2);
  });
  it('never makes a person of a day, a month or a place', () => {
    expect(kb.actors.find((a) => a.kind === 'person' && /Monday|June|May|Geneva/.test(a.name))).toBeUndefined();
  });
  it('keeps titles off names: "Secretary Liz Morgan" is Liz Morgan', () => {
    expect(rolesOf(kb, 'Liz Morgan')).toEqual(['Secretary']);
  });
});

describe('roles', () => {
  const kb = extract(
    ' date 2022-06-01 Central Bank Governor Ines Duarte spoke first.\n' +
      'Karim Saleh, a Duarte aide, disagreed.\n' +
      'As finance minister, Duarte cut taxes. Joao Pinto, the mayor of Porto, was absent.',
  );
  it('reads a title before the name', () => expect(rolesOf(kb, 'Ines Duarte')).toContain('Central Bank Governor'));
  it('reads an appositive', () => expect(rolesOf(kb, 'Karim Saleh')).toEqual(['Duarte aide']));
  it('reads "As <role>, X"', () => expect(rolesOf(kb, 'Ines Duarte')).toContain('finance minister'));
  it('records the article each role came from', () => {
    const role = kb.actors.find((a) => a.name === 'Karim Saleh')!.roles[0]!;
    expect(role.articles).toEqual(['a0']);
    expect(kb.articles[0]!.text.slice(role.evidence[0]!.start, role.evidence[0]!.end)).toBe('Duarte aide');
  });
});

describe('organisations and places', () => {
  const kb = extract(' date 2022-06-01 The U.S. and the United States Senate met. US officials and British diplomats flew to Paris. The Ministry of Defence and the OSCE agreed.');
  const names = kb.actors.filter((a) => a.kind !== 'person').map((a) => a.name).sort();
  it('folds U.S., US and United States into one actor', () => {
    expect(names.filter((n) => n === 'United States')).toHaveLength(1);
    expect(kb.actors.find((a) => a.name === 'United States')!.aliases.sort()).toEqual(['U.S.', 'US']);
  });
  it('does not make actors of demonyms', () => expect(names).not.toContain('British'));
  it('finds institutions, acronyms and cities', () => expect(names).toEqual(expect.arrayContaining(['Ministry of Defence', 'OSCE', 'Paris', 'Senate'])));
});

describe('names in business and wire copy', () => {
  const kb = extract(
    ' date 2024-03-15 NEW YORK — Shares of Northwind Corp. fell after the Securities and Exchange Commission opened a review.\n' +
      'The IMF’s managing director, Kristalina Georgieva, warned of risks. Analysts at Harbor Securities agreed.\n' +
      'Former board member Thomas Greer, 61, said little.',
  );
  const byKind = (kind: string) => kb.actors.filter((a) => a.kind === kind).map((a) => a.name).sort();
  it('reads an all-capitals dateline as the place', () => expect(byKind('place')).toContain('New York'));
  it('reads company and agency names, with "and" inside', () => {
    expect(byKind('organization')).toEqual(expect.arrayContaining(['Northwind Corp.', 'Securities and Exchange Commission', 'Harbor Securities']));
  });
  it('does not take two capitalised words for a person without evidence', () => expect(byKind('person')).not.toContain('Harbor Securities'));
  it('reads a role set off by a comma before the name', () => expect(rolesOf(kb, 'Kristalina Georgieva')).toEqual(['IMF’s managing director']));
  it('reads a lower-case title with its modifiers', () => expect(rolesOf(kb, 'Thomas Greer')).toEqual(['Former board member']));
});

describe('roles from descriptors', () => {
  it('"the Brazilian leader" gives a role to the one person tied to Brazil', () => {
    const kb = extract(
      ' date 2023-01-01 Brazilian President Ana Souza met Chancellor Karl Weber.',
      ' date 2023-01-02 Souza and Weber spoke. Weber said he trusted the Brazilian leader.',
    );
    const role = kb.actors.find((a) => a.name === 'Ana Souza')!.roles.find((r) => r.title === 'Brazilian leader');
    expect(role?.articles).toEqual(['a1']);
  });
  it('reads a full name whose surname is also a city ("Ana Lima")', () => {
    expect(people(extract(' date 2023-01-01 Brazilian President Ana Lima spoke.'))).toEqual(['Ana Lima']);
  });
  it('gives no role when two people fit', () => {
    const kb = extract(' date 2023-01-01 Brazilian President Ana Lima met Brazilian Senator Rui Costa. The Brazilian leader smiled.');
    expect(kb.actors.flatMap((a) => a.roles.map((r) => r.title))).not.toContain('Brazilian leader');
  });
});

describe('roles in other shapes', () => {
  const kb = extract(
    ' date 2024-06-03 Her rival, opposition candidate Marta Quiroga, conceded late Sunday. Quiroga said she would stay vigilant.\n' +
      '“The challenges are enormous,” said Tomas Ybarra, a political analyst based in Lima.\n' +
      '“Investors are nervous,” said Lena Kraus, an economist at Banco Andino.\n' +
      "Britain's Chancellor of the Exchequer, Oliver Pike, defended the plans.",
  );
  it('reads role nouns such as "candidate" as titles before a name', () => expect(rolesOf(kb, 'Marta Quiroga')).toEqual(['opposition candidate']));
  it('ends an appositive role where a qualifier starts', () => expect(rolesOf(kb, 'Tomas Ybarra')).toEqual(['political analyst']));
  it('keeps the organisation after "at" in an appositive role', () => expect(rolesOf(kb, 'Lena Kraus')).toEqual(['economist at Banco Andino']));
  it('reads "Chancellor of the Exchequer, Name," as the whole office, and never makes the office a person', () => {
    expect(rolesOf(kb, 'Oliver Pike')).toEqual(["Britain's Chancellor of the Exchequer"]);
    expect(people(kb)).not.toContain('Exchequer');
  });
});

describe('companies and corporate titles', () => {
  const kb = extract(' date 2024-02-08 Harlow Platforms said on Thursday it would pay a dividend. Chief Financial Officer Priya Natarajan told analysts costs would rise.');
  it('reads a company named with a corporate word ("Platforms") as an organisation, not a person', () => {
    expect(people(kb)).not.toContain('Harlow Platforms');
    expect(kb.actors.find((a) => a.name === 'Harlow Platforms')?.kind).toBe('organization');
  });
  it('keeps every word of a corporate title', () => expect(rolesOf(kb, 'Priya Natarajan')).toEqual(['Chief Financial Officer']));
});

describe('a role with "for" or "of" before the name', () => {
  const kb = extract(" date 2023-11-02 The WHO's regional director for Africa, Amara Nkemelu, warned that the season could make things worse.");
  it('makes a person of the name and gives the whole role', () => {
    expect(people(kb)).toContain('Amara Nkemelu');
    expect(rolesOf(kb, 'Amara Nkemelu')).toEqual(["WHO's regional director for Africa"]);
  });
});

describe('companies named by one word', () => {
  const kb = extract(
    ' date 2024-04-10 Senator Ana Ruiz questioned Corvane chief executive Dave Holt on Wednesday. "Corvane has lost the public\'s trust," Ruiz said. ' +
      'Corvane said in a statement it had slowed production. Vladimir Petrov, a Kremlin aide, said Petrov would not comment.',
  );
  it('reads a single word before a company word ("Corvane chief executive") as an organisation, everywhere in the article', () => {
    expect(kb.actors.find((a) => a.name === 'Corvane')?.kind).toBe('organization');
    expect(kb.actors.find((a) => a.name === 'Corvane')?.mentions.length).toBe(3);
    expect(rolesOf(kb, 'Dave Holt')).toEqual(['Corvane chief executive']);
  });
  it('never makes a company of a person\'s surname', () => expect(people(kb)).toContain('Vladimir Petrov'));
});

describe('"According to X," opening a sentence', () => {
  const kb = extract(' date 2024-04-10 Transportation Secretary Pete Alvarez spoke on Monday. According to Alvarez, the agency has added inspectors at the plants.');
  it('gives the rest of the sentence to the source as reported speech, and reads no quote into "has added"', () => {
    const q = kb.quotes.filter((x) => x.kind === 'indirect');
    expect(q.map((x) => x.text)).toEqual(['the agency has added inspectors at the plants']);
    expect(kb.actors.find((a) => a.id === q[0]?.speaker)?.name).toBe('Pete Alvarez');
    expect(rolesOf(kb, 'Pete Alvarez')).toEqual(['Transportation Secretary']);
  });
});

describe('sports and ownership titles', () => {
  const kb = extract(' date 2024-05-25 Co-owner Sir Jim Radley, who bought a stake in February, did not comment. Coach Ana Ferro said the team was tired.');
  it('reads "Co-owner Sir Jim Radley" and "Coach Ana Ferro" as people', () => expect(people(kb)).toEqual(expect.arrayContaining(['Jim Radley', 'Ana Ferro'])));
});

describe('workplaces and institutions described by a possessive', () => {
  const kb = extract(
    ' date 2024-08-01 China\'s foreign ministry on Thursday criticised the new export controls, calling them "economic bullying". ' +
      'Analysts at Morgan Stanley said the impact would be limited.',
  );
  it('reads a capitalised name after "at" as an organisation, not a person', () => {
    expect(people(kb)).not.toContain('Morgan Stanley');
    expect(kb.actors.find((a) => a.name === 'Morgan Stanley')?.kind).toBe('organization');
  });
  it('keeps "China\'s foreign ministry" as the typed source of the words, not the country named after it', () => {
    const q = kb.quotes.find((x) => x.text === 'economic bullying');
    expect(q?.speaker ?? null).toBeNull();
    expect(q?.speakerLabel).toBe("China's foreign ministry");
  });
});

describe('middle initials and honorifics inside roles (newspaper style)', () => {
  const kb = extract(
    ' date 2024-02-20 Yana Orlova, the widow of the opposition leader Aleksei A. Korin, spoke on Monday against President Vladimir V. Putin. ' +
      'Dmitri S. Pavlov, Mr. Putin\'s spokesman, called the accusations "absolutely unacceptable."',
  );
  it('keeps a middle initial inside the name, and the name whole', () => {
    expect(people(kb)).toEqual(expect.arrayContaining(['Aleksei A. Korin', 'Vladimir V. Putin', 'Dmitri S. Pavlov']));
  });
  it('reads "Mr. Putin\'s spokesman" as a role, and gives the words to its holder', () => {
    expect(rolesOf(kb, 'Dmitri S. Pavlov')).toEqual(["Mr. Putin's spokesman"]);
    expect(kb.actors.find((a) => a.id === kb.quotes.find((q) => q.text.startsWith('absolutely'))?.speaker)?.name).toBe('Dmitri S. Pavlov');
  });
});

describe('Arabic names, honorifics and particles', () => {
  const kb = extract(
    ' date 2023-10-20 Qatar\'s Prime Minister Sheikh Khalid bin Rashid Al Nuri said on Friday that talks were continuing. ' +
      '"We are in contact with all parties," Sheikh Khalid told reporters.\n' +
      'Egyptian President Adel Karim el-Masri told reporters that the border would stay shut. "This is a red line," el-Masri said.',
  );
  it('keeps the honorific out of the name and the title before it as the role', () => {
    expect(people(kb)).toContain('Khalid bin Rashid Al Nuri');
    expect(rolesOf(kb, 'Khalid bin Rashid Al Nuri')).toEqual(["Qatar's Prime Minister"]);
  });
  it('reads "Sheikh Khalid" as the person with that given name', () => expect(speakerOf(kb, 'We are in contact')).toBe('Khalid bin Rashid Al Nuri'));
  it('keeps a hyphenated lower-case particle in the name, and alone as the surname ("el-Masri")', () => {
    expect(people(kb)).toContain('Adel Karim el-Masri');
    expect(speakerOf(kb, 'This is a red line')).toBe('Adel Karim el-Masri');
  });
});

describe('organisations that look like names', () => {
  const kb = extract(
    ' date 2025-02-05 Orrin Labs shares rose after revenue beat Wall Street estimates. The company said users rose to 40 million.\n' +
      'It faces competition from TikTok and Meta Platforms. Labour and the Liberal Democrats both won seats.',
  );
  const orgs = kb.actors.filter((a) => a.kind === 'organization').map((a) => a.name);
  it('reads "Wall Street estimates" as the market, not a person who estimates', () => {
    expect(people(kb)).not.toContain('Wall Street');
    expect(orgs).toContain('Wall Street');
  });
  it('gives "the company said" to the company, not to the market a noun-like verb follows', () => {
    expect(kb.quotes.find((q) => q.text.startsWith('users rose'))?.speakerLabel).toBe('Orrin Labs');
  });
  it('keeps a known name out of a conjunction with the next organisation', () => {
    expect(orgs).toEqual(expect.arrayContaining(['TikTok', 'Meta']));
    expect(kb.actors.find((a) => a.name === 'Meta')?.aliases).toContain('Meta Platforms');
    expect(orgs).not.toContain('TikTok and Meta Platforms');
  });
  it('knows the major parties by their short names', () => expect(orgs).toEqual(expect.arrayContaining(['Labour Party', 'Liberal Democrats'])));
});

describe('sports clubs', () => {
  const kb = extract(
    ' date 2025-01-30 Rovanna have agreed a fee with Bayer Leverkusen for the defender. Real Madrid and Manchester United had also shown interest.\n' +
      'Manchester City lost at home. Shares have fallen, and people are angry in Madrid.',
  );
  const orgs = kb.actors.filter((a) => a.kind === 'organization').map((a) => a.name);
  it('reads a club named after its city as an organisation, not the city', () => {
    expect(orgs).toEqual(expect.arrayContaining(['Bayer Leverkusen', 'Real Madrid', 'Manchester United', 'Manchester City']));
    expect(kb.actors.find((a) => a.name === 'Madrid')?.kind).toBe('place');
    expect(kb.actors.find((a) => a.name === 'Madrid')?.mentions).toHaveLength(1);
  });
  it('reads a single name with a plural verb as a team ("Rovanna have agreed"), but not a plural noun', () => {
    expect(orgs).toContain('Rovanna');
    expect(orgs).not.toContain('Shares');
    expect(people(kb)).not.toContain('Rovanna');
  });
});

describe('companies named by their industry', () => {
  const kb = extract(' date 2024-03-18 Orrin Steel\'s bid for U.S. Steel faces opposition. Vice Chairman Takeshi Mori said the deal would go ahead.');
  const orgs = kb.actors.filter((a) => a.kind === 'organization').map((a) => a.name);
  it('reads a name ending in an industry word as a company, with its country when one opens it', () => {
    expect(orgs).toEqual(expect.arrayContaining(['Orrin Steel', 'U.S. Steel']));
    expect(orgs).not.toContain('Steel');
  });
});

describe('names from other places and brands', () => {
  const kb = extract(
    ' date 2024-09-12 Wang Yi met his Indian counterpart R. Venkatesan in Geneva. Her rival, Xóchilt Galvara, conceded defeat. "I recognise the result," Galvara says.\n' +
      'Orrin Ventures said OpenAI and ChatGPT rivals were growing. Governor Ron DeSantis and Brenda McDonald said they disagreed. They chose plan B. The talks ended.',
  );
  const orgs = kb.actors.filter((a) => a.kind === 'organization').map((a) => a.name);
  it('reads an initial as the given name that opens a name ("R. Venkatesan")', () => expect(people(kb)).toContain('R. Venkatesan'));
  it('keeps a full name with an unknown given name when its surname alone speaks ("Galvara says")', () => {
    expect(people(kb)).toContain('Xóchilt Galvara');
    expect(speakerOf(kb, 'I recognise')).toBe('Xóchilt Galvara');
  });
  it('reads a capital inside a word the way brands write it as an organisation, not the way surnames do', () => {
    expect(orgs).toEqual(expect.arrayContaining(['OpenAI', 'ChatGPT']));
    expect(people(kb)).toEqual(expect.arrayContaining(['Ron DeSantis', 'Brenda McDonald']));
  });
  it('still ends a sentence after a lone capital before a sentence opener ("plan B. The")', () => expect(people(kb)).not.toContain('B. The'));
});

describe('ministries named with "of"', () => {
  const kb = extract(
    ' date 2024-09-12 "We will respond," the Ministry of Foreign Affairs said on Monday.\n' +
      '"Both sides agreed," India\'s Ministry of External Affairs said in a readout. "We agreed," Russia\'s foreign ministry said.',
  );
  const orgs = kb.actors.filter((a) => a.kind === 'organization').map((a) => a.name);
  it('keeps the whole name after "of", office words included', () => expect(orgs).toEqual(expect.arrayContaining(['Ministry of Foreign Affairs', "India's Ministry of External Affairs"])));
  it('gives the words to the ministry, also when its country opens its name', () => {
    expect(speakerOf(kb, 'We will respond')).toBe('Ministry of Foreign Affairs');
    expect(speakerOf(kb, 'Both sides agreed')).toBe("India's Ministry of External Affairs");
    expect(speakerOf(kb, 'We agreed')).toBe("Russia's foreign ministry");
  });
});

describe('initials, running mates and party titles', () => {
  const kb = extract(
    ' date 2024-11-06 Her running mate, JD Valen, said the victory was "the greatest comeback." Senate Republican leader Mark Connell congratulated her. The FA Cup final is on Saturday.',
    ' date 2024-11-07 J.D. Valen, her running partner, described the win as "the greatest comeback". Democratic strategist Dana Axford said the party needed "a hard look in the mirror."\n' +
      'The club agreed a fee with Rovanna United for defender Paulo Mendes.',
  );
  it('reads initials as the opening of a name, and joins "JD" and "J.D." into one person', () => {
    expect(people(kb)).toContain('JD Valen');
    expect(kb.actors.find((a) => a.name === 'JD Valen')?.aliases).toContain('J.D. Valen');
    expect(speakerOf(kb, 'the greatest comeback')).toBe('JD Valen');
  });
  it('does not read an acronym before a capitalised word as a person ("FA Cup")', () => expect(people(kb)).not.toContain('FA Cup'));
  it('keeps party words and "running" in the title', () => {
    expect(rolesOf(kb, 'Mark Connell')).toEqual(['Senate Republican leader']);
    expect(rolesOf(kb, 'Dana Axford')).toEqual(['Democratic strategist']);
    expect(rolesOf(kb, 'JD Valen')).toContain('running mate');
  });
  it('does not join a name to the title after "for" ("with Rovanna United for defender X")', () => expect(rolesOf(kb, 'Paulo Mendes')).toEqual(['defender']));
});

describe('ordinary people and what they do', () => {
  const kb = extract(
    ' date 2024-06-01 "It has been the worst year I can remember," says Tom Ellery, a sheep farmer near Hexham.\n' +
      'His neighbour, Sarah Pike, agrees. "Nobody is listening to us," she adds. Novelist Ada Morrow said it was fine.',
  );
  it('reads an occupation as the role, with the word that names its kind, ending before "near"', () => expect(rolesOf(kb, 'Tom Ellery')).toEqual(['sheep farmer']));
  it('reads occupations and relations before the name and before a comma', () => {
    expect(rolesOf(kb, 'Sarah Pike')).toEqual(['neighbour']);
    expect(rolesOf(kb, 'Ada Morrow')).toEqual(['Novelist']);
  });
  it('gives "says X, a …" and "she adds" to the people named', () => {
    expect(speakerOf(kb, 'It has been the worst')).toBe('Tom Ellery');
    expect(speakerOf(kb, 'Nobody is listening')).toBe('Sarah Pike');
  });
});

describe('court and family reporting (British style)', () => {
  const kb = extract(
    ' date 2024-03-14 Vantor\'s Widow Vows to Continue His Work\n' +
      'Judge Sarah Whitford KC told Okoro he had shown "no remorse whatsoever". Det Ch Insp Mark Crannell, of the Metropolitan Police, said the family had shown dignity.\n' +
      'In a statement, Jamal\'s mother, Angela Reeve, said her son was "kind". Yelena Vantor, the widow of the opposition leader Pavel Vantor, spoke.\n' +
      'Rovanna Air Lines cancelled 3,000 flights.',
  );
  it('keeps letters after a name out of it and reads dotless ranks as titles', () => {
    expect(people(kb)).toEqual(expect.arrayContaining(['Sarah Whitford', 'Mark Crannell']));
    expect(speakerOf(kb, 'no remorse')).toBe('Sarah Whitford');
    expect(rolesOf(kb, 'Mark Crannell')).toEqual(['Det Ch Insp']);
  });
  it('reads kin as a role, and a kin word with "of" as a relation to another person, not that person\'s title', () => {
    expect(rolesOf(kb, 'Angela Reeve')).toEqual(["Jamal's mother"]);
    expect(rolesOf(kb, 'Pavel Vantor')).toEqual(['opposition leader']);
  });
  it('finds no person in a title-case headline from its capitalised words alone ("Widow Vows")', () => expect(people(kb)).not.toContain('Vows'));
  it('reads "Air Lines" as a company word', () => expect(kb.actors.find((a) => a.name === 'Rovanna Air Lines')?.kind).toBe('organization'));
});

describe('states, regions and well-known companies', () => {
  const kb = extract(
    ' date 2024-05-01 Texas and California sued. Flooding hit Bavaria. The Fed held rates. Goldman Sachs and JPMorgan Chase warned. Amazon shares rose as fires raged in the Amazon rainforest.\n' +
      'A spokeswoman for Southern Nevada Power said the utility was investigating. A spokesman for New York Governor Kathy Hochul said it.',
  );
  const kindOf = (name: string) => kb.actors.find((a) => a.name === name)?.kind;
  it('knows states and regions as places', () => {
    for (const place of ['Texas', 'California', 'Bavaria']) expect(kindOf(place)).toBe('place');
    expect(people(kb)).not.toContain('Texas');
  });
  it('knows major companies and the Fed, and the company from the rainforest', () => {
    expect(kindOf('Federal Reserve')).toBe('organization');
    expect(kindOf('Goldman Sachs')).toBe('organization');
    expect(kindOf('JPMorgan')).toBe('organization');
    expect(kindOf('Amazon')).toBe('organization');
    expect(kindOf('Amazonia')).toBe('place');
  });
  it('reads a company named with a place after "a spokeswoman for" as one organisation, but a titled person as a person', () => {
    expect(kindOf('Southern Nevada Power')).toBe('organization');
    expect(people(kb)).toContain('Kathy Hochul');
  });
});

describe('wire copy from a disaster and a league', () => {
  const kb = extract(
    ' date 2023-09-12 KORVA, Libya (AFP) - Rescuers searched for the missing in the eastern city of Marsa Dula, officials said.\n' +
      '"The situation is catastrophic," Othman Saleh, health minister in the eastern-based administration, told AFP.\n' +
      'The International Federation of Red Cross and Red Crescent Societies said 10,000 people were missing. Rovanna City won the Premier League.',
  );
  const kindOf = (name: string) => kb.actors.find((a) => a.name === name)?.kind;
  it('reads an all-capitals word opening a dateline as a place, and "the city of X" as a place', () => {
    expect(kindOf('Korva')).toBe('place');
    expect(kindOf('Marsa Dula')).toBe('place');
  });
  it('keeps a long "of" name whole across a given name and "and" ("Red Cross and Red Crescent Societies")', () => {
    expect(kindOf('International Federation of Red Cross and Red Crescent Societies')).toBe('organization');
    expect(people(kb)).not.toContain('Red Crescent Societies');
  });
  it('never makes a person of an organisation word after a title word ("Premier League")', () => {
    expect(people(kb)).not.toContain('League');
    expect(kindOf('Premier League')).toBe('organization');
  });
  it('ends a role before a connector that leads away from title words', () => expect(rolesOf(kb, 'Othman Saleh')).toEqual(['health minister']));
});

describe('acronyms and parties', () => {
  const kb = extract(
    ' date 2024-03-20 The Bank of Japan ended negative rates. Former BOJ board member Makoto Sakurai said the move was modest.\n' +
      'The result was bad for his Social Democrats. Democrats said they would fight. Marine Le Pen\'s National Rally won.',
  );
  it('reads an acronym of an organisation named in full as that organisation', () => {
    const bank = kb.actors.find((a) => a.name === 'Bank of Japan');
    expect(bank?.aliases).toContain('BOJ');
    expect(kb.actors.find((a) => a.name === 'BOJ')).toBeUndefined();
  });
  it('does not read "Democrats" inside "Social Democrats" as the US party, nor make a person of the two words', () => {
    expect(kb.actors.find((a) => a.name === 'Democratic Party')).toBeUndefined();
    expect(people(kb)).not.toContain('Social Democrats');
    expect(kb.actors.find((a) => a.name === 'National Rally')?.kind).toBe('organization');
  });
});

describe('an acronym in brackets, and an owner in lower case opening a role', () => {
  const kb = extract(' date 2024-06-18 Talks with the National Liberation Front (FLN) resume next month. The FLN said it was ready. Otto Paredes, the government\'s peace commissioner, said a ceasefire could be extended.');
  it('reads the acronym in brackets after a name as that organisation', () => {
    expect(kb.actors.find((a) => a.name === 'National Liberation Front')?.aliases).toContain('FLN');
    expect(kb.actors.find((a) => a.name === 'FLN')).toBeUndefined();
  });
  it('keeps "the government\'s" in the role', () => expect(rolesOf(kb, 'Otto Paredes')).toEqual(["government's peace commissioner"]));
});

describe('roles given with "is", "was" or "became"', () => {
  const kb = extract(
    ' date 2024-07-06 Karl Stenner has become prime minister after the vote. Tamara Holt is the company\'s chief executive. ' +
      'John Amory was not a member. Jane Doran is now the party leader. "Milo Berg is a special player," the coach said. Lena Vogt is expected to win. ' +
      'He named Rita Vance as chancellor.',
  );
  it('reads "named X as <role>"', () => expect(rolesOf(kb, 'Rita Vance')).toEqual(['chancellor']));
  it('reads the role after the verb, as far as its title words go', () => {
    expect(rolesOf(kb, 'Karl Stenner')).toEqual(['prime minister']);
    expect(rolesOf(kb, 'Tamara Holt')).toEqual(["company's chief executive"]);
    expect(rolesOf(kb, 'Jane Doran')).toEqual(['party leader']);
  });
  it('takes no role from a denial, from quoted praise or from a verb that is not one', () => {
    expect(rolesOf(kb, 'John Amory')).toEqual([]);
    expect(rolesOf(kb, 'Milo Berg')).toEqual([]);
    expect(rolesOf(kb, 'Lena Vogt')).toEqual([]);
  });
});
