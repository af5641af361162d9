// Reporting verbs: the cues that tie words to a speaker ("said", "told reporters", "added", "warned").
// Each base form is expanded to its inflections below; irregular forms are listed in full.

const REGULAR = `add state declare announce explain note insist warn urge stress emphasize emphasise reiterate vow promise argue
claim acknowledge admit confirm deny suggest comment remark describe condemn criticize criticise hail praise accuse reply
respond point continue recall predict caution assert maintain concede complain threaten pledge demand tweet post observe
believe contend counter affirm reaffirm underscore underline highlight question wonder mention repeat complain lament
charge allege estimate caution recount recommend propose acknowledge announce quip joke report add declare indicate
signal stress voice express dismiss reject rebuff slam blast denounce welcome applaud boast counter predict pledge call label
convey articulate disclose reveal opine inform communicate relay elaborate assure`;

const IRREGULAR = `say said says saying tell told tells telling write wrote writes writing written speak spoke speaks speaking
spoken think thought thinks ask asked asks asking`;

function inflect(base: string): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const y = base.endsWith('y') && !/[aeiou]y$/.test(base);
  const past = y ? `${base.slice(0, -1)}ied` : base.endsWith('e') ? `${base}d` : `${base}ed`;
  const third = y ? `${base.slice(0, -1)}ies` : /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`;
  const ing = `${stem}ing`;
  const doubled = /^(?:[^aeiou]*[aeiou][^aeiouwxy])$/.test(base) ? [`${base}${base.slice(-1)}ed`, `${base}${base.slice(-1)}ing`] : [];
  return [base, past, third, ing, ...doubled];
}

export const REPORTING_VERBS = new Set<string>([
  ...REGULAR.split(/\s+/).filter(Boolean).flatMap(inflect),
  ...IRREGULAR.split(/\s+/).filter(Boolean),
]);

/** Reporting verbs in -s that are never nouns; the others ("estimates", "claims", "reports") may be. */
export const UNAMBIGUOUS_S_FORMS = new Set(['says', 'tells', 'asks', 'writes', 'adds', 'insists', 'warns', 'notes', 'argues', 'stresses']);

/** "Wall Street estimates,": a reporting verb in -s that may be a noun (`lower`), with no word after it, is the noun. */
export function isNounLikeVerb(lower: string, followedByWord: boolean): boolean {
  return lower.endsWith('s') && !UNAMBIGUOUS_S_FORMS.has(lower) && !followedByWord;
}

/** Verbs whose -ing or participle form hangs on the sentence's subject ("…, adding that …"). */
export function isParticiple(verb: string): boolean {
  return verb.endsWith('ing');
}

/** Words that may sit between a speaker and the verb: "Putin also said", "Biden later told". */
export const CUE_ADVERBS = new Set(
  `also later again then further previously earlier separately repeatedly reportedly recently once still
  had has have has had was is would will could may might`.split(/\s+/).filter(Boolean),
);

/** What may follow a trailing cue without making it a new clause: "…,” Putin said on Thursday." */
export const ADJUNCT_STARTERS = new Set(
  `on in at during after before to from while when as with without according earlier later last this yesterday today
  tonight tomorrow monday tuesday wednesday thursday friday saturday sunday reporters journalists told adding noting
  stressing warning via through`.split(/\s+/).filter(Boolean),
);

/** Pronouns that can stand for a speaker, with what they can refer to. */
// no prototype: `'constructor' in SPEAKER_PRONOUNS` must be false
export const SPEAKER_PRONOUNS: Record<string, 'male' | 'female' | 'plural' | 'neuter'> = Object.assign(Object.create(null), {
  he: 'male', she: 'female', they: 'plural', it: 'neuter', He: 'male', She: 'female', They: 'plural', It: 'neuter',
});
