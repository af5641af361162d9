// The real people named in content/articles (the seeds), with every spelling used there, so the generator can recast them.

export interface SeedPerson {
  /** Full-name spellings found in the seeds, longest first. */
  full: string[];
  /** The family name, also used alone ("Putin said"). */
  last: string;
  gender: 'male' | 'female';
}

export const SEED_PEOPLE: SeedPerson[] = [
  { full: ['Vladimir Putin'], last: 'Putin', gender: 'male' },
  { full: ['Joe Biden'], last: 'Biden', gender: 'male' },
  { full: ['Liz Truss'], last: 'Truss', gender: 'female' },
  { full: ['Jen Psaki', 'Jane Sackie'], last: 'Psaki', gender: 'female' },
  { full: ['Antony Blinken'], last: 'Blinken', gender: 'male' },
  { full: ['Jens Stoltenberg'], last: 'Stoltenberg', gender: 'male' },
  { full: ['Jake Sullivan'], last: 'Sullivan', gender: 'male' },
  { full: ['Andriy Yermak'], last: 'Yermak', gender: 'male' },
  { full: ['Yury Ushakov', 'Yuri Ushakov'], last: 'Ushakov', gender: 'male' },
  { full: ['Volodymyr Zelenskyy'], last: 'Zelenskyy', gender: 'male' },
  { full: ['Ned Price'], last: 'Price', gender: 'male' },
  { full: ['Teaganne Finn'], last: 'Finn', gender: 'female' },
  { full: ['Sally Bronston'], last: 'Bronston', gender: 'female' },
  { full: ['Donald Judd'], last: 'Judd', gender: 'male' },
];

/** Misspellings in the seeds that stand for a family name above. */
export const SEED_SURNAME_VARIANTS: Record<string, string> = { Sackie: 'Psaki' };
