// Event triggers: the nouns and verb phrases that name a call, a meeting, talks, a press conference,
// a summit, a statement, sanctions or a deployment, and the words that qualify them.
import type { EventKind } from '../types.ts';

/** Trigger phrase (lower case, single spaces) → kind. The longest phrase at a position wins. */
export const EVENT_TRIGGERS: Readonly<Record<string, EventKind>> = {
  'phone call': 'call', 'telephone call': 'call', 'video call': 'call', 'virtual call': 'call', 'video link': 'call',
  'phone conversation': 'call', 'telephone conversation': 'call', 'phone discussion': 'call', 'phone talks': 'call',
  'video conference': 'call', videoconference: 'call', 'spoke by phone': 'call', 'spoke by telephone': 'call',
  'spoke with': 'call', 'speaks with': 'call', 'talked with': 'call', 'talked by phone': 'call', call: 'call',
  'phone calls': 'call',

  'held talks': 'talks', 'hold talks': 'talks', 'holds talks': 'talks', 'holding talks': 'talks', talks: 'talks',
  negotiations: 'talks', 'peace talks': 'talks', 'security talks': 'talks',

  // Plural meetings between sides are a round of talks ("in-person meetings … on January 10").
  meeting: 'meeting', meetings: 'talks', 'met with': 'meeting', met: 'meeting', 'will meet': 'meeting',
  'to meet': 'meeting', 'meets with': 'meeting',

  'press conference': 'press_conference', 'news conference': 'press_conference',
  'press briefing': 'press_conference', 'news briefing': 'press_conference',

  summit: 'summit', 'summit meeting': 'summit',

  'in a statement': 'statement', 'issued a statement': 'statement', statement: 'statement',
  'press release': 'statement', readout: 'statement', 'told reporters': 'statement', 'told journalists': 'statement',
  'briefing reporters': 'statement', 'briefed reporters': 'statement', 'spoke to reporters': 'statement',
  'said in a statement': 'statement', 'told a news conference': 'press_conference', 'told a press conference': 'press_conference',

  deployed: 'deployment', deploying: 'deployment', dispatched: 'deployment', massed: 'deployment',
  'sent troops': 'deployment', 'moved troops': 'deployment', stationed: 'deployment',
};

/** Deployment verbs count only as a finite verb: after an auxiliary or right after the actor doing it. */
export const DEPLOYMENT_AUXILIARIES: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'been', 'was', 'were', 'is', 'are', 'be', 'being', 'also', 'already', 'reportedly',
]);

/** Speech verbs that, with a date of their own ("Biden said Dec. 8", "Psaki rebuffed … on Thursday"), report a statement. */
export const DATED_SPEECH_VERBS: readonly string[] = [
  'said', 'told', 'stated', 'announced', 'declared', 'rebuffed', 'warned', 'added', 'insisted', 'stressed', 'urged',
  'reiterated', 'wrote', 'tweeted', 'accused', 'denied', 'rejected', 'dismissed', 'criticized', 'criticised',
];

/** How many words may separate a speech verb from its date ("rebuffed Putin’s comments on Thursday"). */
export const SPEECH_DATE_REACH_WORDS = 5;

/** Documents whose publication is a statement ("published a series of demands", "a draft proposal posted online"). */
export const DOCUMENT_NOUNS: readonly string[] = [
  'demands', 'proposal', 'proposals', 'draft', 'statement', 'report', 'plan', 'letter', 'treaty', 'list',
  'declaration', 'communique', 'communiqué', 'ultimatum', 'memo', 'memorandum', 'white paper', 'guidelines',
];

export const PUBLISH_VERBS: readonly string[] = ['published', 'released', 'posted', 'unveiled', 'issued', 'circulated'];

/** Verbs that, a few words before "sanctions", report sanctions actually taken, lifted or waived. */
export const SANCTION_VERBS: readonly string[] = [
  'imposed', 'imposes', 'imposing', 'announced', 'announces', 'unveiled', 'unveils', 'slapped', 'levied',
  'suspended', 'suspending', 'lifted', 'lifting', 'waived', 'waiving', 'eased', 'easing', 'expanded', 'extended',
  'tightened', 'approved', 'adopted',
];

/** Words before a bare "call" that make it a noun ("Thursday's call", "their call"), not a verb or a demand. */
export const CALL_NOUN_CUES: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'their', 'his', 'her', 'its', 'this', 'that', 'second', 'first', 'latest', 'last', 'previous',
  'recent', 'earlier', 'hour-long', 'lengthy', 'brief', 'direct', 'surprise',
]);

/** Words right after a bare "call" that make it a demand ("a call for calm", "a call to arms"). */
export const CALL_DEMAND_FOLLOWERS: ReadonlySet<string> = new Set(['for', 'to', 'on', 'from']);

/** Words that put sanctions or a deployment in a conditional or a threat, not a report. */
export const HYPOTHETICAL_CUES: ReadonlySet<string> = new Set([
  'if', 'would', 'could', 'might', 'may', 'unless', 'whether', 'threatened', 'threatens', 'threaten', 'any',
  'should', 'hesitate', 'consider', 'considering', 'weighing',
]);

/** Gathering nouns whose undated mentions in a dated article are usually generic ("those negotiations"). */
export const GENERIC_WHEN_UNDATED: ReadonlySet<EventKind> = new Set(['talks', 'meeting']);

/** Kinds a same-day statement by one of their participants is part of (Putin "said Thursday" at his press conference). */
export const ABSORBING_KINDS: ReadonlySet<EventKind> = new Set(['press_conference', 'call', 'meeting', 'talks', 'summit']);

/** Words that end the clause an event's participants are read from. */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'while', 'whereas']);

/** Kinds whose participants are the parties meeting, rather than one speaker. */
export const GATHERING_KINDS: ReadonlySet<EventKind> = new Set(['call', 'meeting', 'talks', 'summit']);

/** Kinds that take a date from the previous sentence when their own sentence has none. */
export const CONTEXT_DATED_KINDS: ReadonlySet<EventKind> = new Set(['call', 'meeting', 'talks', 'summit', 'press_conference']);

/** Definite words that make a trigger point back to an event already reported ("the call", "their call"). */
export const DEFINITE_CUES: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'their', 'his', 'her', 'its', 'our']);

/** Indefinite words that introduce a new event ("a virtual call", "another meeting"). */
export const INDEFINITE_CUES: ReadonlySet<string> = new Set(['a', 'an', 'another']);

/** Words that may stand between a determiner and its event noun ("the Geneva talks", "a 50-minute phone call"). */
export const DETERMINER_REACH_WORDS = 3;

/** Kinds compared with each other when merging: a meeting and talks on the same day between the same sides are one. */
export const MERGE_BLOCKS: Readonly<Record<EventKind, string>> = {
  call: 'call', meeting: 'talks', talks: 'talks', press_conference: 'press_conference', summit: 'summit',
  statement: 'statement', sanctions: 'sanctions', deployment: 'deployment',
};

/** Prepositions that introduce the place an event happened ("in Geneva", "at the Kremlin"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at']);

/** First words of triggers that are verb phrases or prepositional phrases, which take no determiner of their own. */
export const VERB_TRIGGER_STARTS: ReadonlySet<string> = new Set([
  'said', 'told', 'briefing', 'briefed', 'spoke', 'speaks', 'talked', 'held', 'hold', 'holds', 'holding', 'met',
  'meets', 'will', 'to', 'issued', 'in', 'sent', 'moved', 'deployed', 'deploying', 'dispatched', 'massed', 'stationed',
  ...DATED_SPEECH_VERBS, ...SANCTION_VERBS, ...PUBLISH_VERBS,
]);

/** Speech verbs right after a person make them the teller, not a party ("Psaki said after a call between …"). */
export const SPEAKER_VERBS: ReadonlySet<string> = new Set([...DATED_SPEECH_VERBS, 'says', 'tells', 'according']);

/** How many days before its article's date an undated report may have happened ("Psaki said" in a Dec 31 story). */
export const UNDATED_RECENCY_DAYS = 3;

/** Where, from its clause start, an organisation or country must stand to be the subject of a gathering. */
export const SUBJECT_REACH_CHARS = 40;
