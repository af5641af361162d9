// Nouns that name what a story is about — happenings, measures, disputes — so that topics can be found by the
// phrases built around them ("NATO expansion", "security guarantees", "Geneva talks"). Generic, not story-specific.

/** Head noun → the form topics are grouped under (synonyms share one). */
export const THEME_HEADS = new Map<string, string>();

const GROUPS = `
talks: talks negotiations discussions dialogue dialogues
conference: conference conferences
summit: summit summits
~call: call calls
~meeting: meeting meetings
sanctions: sanctions sanction embargo embargoes
invasion: invasion invasions incursion incursions
annexation: annexation
expansion: expansion enlargement
build-up: build-up buildup build-ups buildups
deployment: deployment deployments
pipeline: pipeline pipelines
ceasefire: ceasefire ceasefires truce
~agreement: agreement agreements accord accords deal deals treaty treaties pact
election: election elections vote referendum ballot
protest: protest protests demonstrations rally rallies
strike: strike strikes walkout
~attack: attack attacks assault offensive
~war: war conflict fighting
~crisis: crisis crises stand-off standoff
guarantees: guarantees guarantee assurances reassurances
~aid: aid assistance
tariffs: tariffs tariff
offer: offer offers proposal proposals bid
wages: wages wage pay salaries raise raises
automation: automation robots
jobs: jobs layoffs job-cuts redundancies unemployment
prices: prices price costs
shortage: shortage shortages
contract: contract contracts
inflation: inflation
rates: rates
budget: budget budgets
bill: bill bills legislation
reform: reform reforms
investigation: investigation investigations probe inquiry
trial: trial indictment lawsuit
merger: merger mergers acquisition takeover
earnings: earnings profits revenue
outbreak: outbreak pandemic epidemic
vaccine: vaccine vaccines vaccination
disaster: wildfire wildfires earthquake hurricane flood floods flooding drought
membership: membership accession
disinformation: disinformation propaganda
crackdown: crackdown
blockade: blockade
withdrawal: withdrawal pullout
evacuation: evacuation evacuations
escalation: escalation de-escalation
exchange: exchange swap
~security: security
~diplomacy: diplomacy
~tensions: tensions
~border: border borders frontier
~troops: troops forces
~weapons: weapons missiles arms
`;

/** Themes so broad that they rank below specific ones (marked ~ above). */
export const BROAD_THEMES = new Set<string>();

for (const line of GROUPS.trim().split('\n')) {
  const [raw = '', words = ''] = line.split(':');
  const key = raw.trim().replace(/^~/, '');
  if (raw.trim().startsWith('~')) BROAD_THEMES.add(key);
  for (const w of words.trim().split(/\s+/)) THEME_HEADS.set(w, key);
}

/** Words that never make a topic's modifier: they describe, they do not name. */
export const WEAK_MODIFIERS = new Set(
  `any new last such key more other same current recent possible further fresh latest first second previous next early
  late several many big large major main general direct additional potential similar certain significant massive strong
  serious severe its their his her our this that these those all some no each every both either huge clear concrete
  whole own only real full broad wide long short high low good bad great little few much most less least very
  unprecedented punitive large-scale existing repeated renewed fragile possible`.split(/\s+/).filter(Boolean),
);
