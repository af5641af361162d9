// Words for unnamed sources ("a senior administration official", "sources close to intelligence")
// and the small grammar words that tell a subject from an object.

export const SOURCE_HEADS = new Set(
  `official officials source sources spokesperson spokespersons spokesman spokesmen spokeswoman spokeswomen diplomat
  diplomats aide aides adviser advisers advisor advisors insider insiders officer officers representative representatives
  negotiator negotiators statement statements analyst analysts economist economists expert experts witness witnesses
  eyewitness eyewitnesses resident residents survivor survivors teenager teenagers student students protester protesters`.split(/\s+/).filter(Boolean),
);

export const SOURCE_MODIFIERS = new Set(
  `senior top high-ranking high ranking administration government military defense defence intelligence security
  diplomatic unnamed anonymous former current white house state department local regional federal foreign ministry
  kremlin other western european police army navy pentagon embassy campaign party administration's government's
  u.s. us american russian ukrainian british chinese french german israeli iranian eu nato un white-house presidential
  palace cabinet trade treasury health energy finance economic political parliamentary congressional`.split(/\s+/).filter(Boolean),
);

export const PREPOSITIONS = new Set(
  `of with to for against on in at from by about toward towards near after before than between among under over into
  onto across through per via like upon within without behind beyond despite amid`.split(/\s+/).filter(Boolean),
);

/** "the company said", "the ministry said": a definite noun standing for the organisation named before it. */
export const ORGANISATION_NOUNS = new Set(
  `company firm ministry agency group bank department government administration council party campaign organization
  organisation union alliance commission committee court regulator watchdog office embassy army military police
  authority authorities operator airline carrier retailer manufacturer lender insurer broadcaster newspaper network
  club team league federation foundation charity institute university hospital school mission delegation consulate`.split(/\s+/).filter(Boolean),
);

/** Nouns that, right after a name, make the name a modifier: "the Biden administration", "a Putin aide". */
export const NOUNS_AFTER_NAME = new Set(
  `administration government regime campaign team camp allies officials family cabinet statement comments remarks
  call demands doctrine era presidency government's presidency's supporters critics office spokesman spokeswoman
  spokesperson aide aides adviser advisers advisor advisors allies loyalists forces troops visit speech policy policies
  plan plans proposal proposals`.split(/\s+/).filter(Boolean),
);

/**
 * Who speaks or acts for someone else ("a spokesman for …", "a lawyer for …") or is kin of someone ("the widow of …"):
 * what follows "for", "to" or "of" is another person.
 */
export const SPEAKS_FOR = new Set(
  `spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen representative representatives lawyer lawyers
  attorney attorneys adviser advisers advisor advisors aide aides mother father son daughter wife husband brother sister
  widow widower uncle aunt cousin grandmother grandfather`.split(/\s+/).filter(Boolean),
);

/** Source words for a private person: "the teenager said" may be someone the article named before. */
export const PERSON_SOURCES = new Set(
  `witness eyewitness resident survivor teenager student protester`.split(/\s+/).filter(Boolean),
);
