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

  meeting: 'meeting', meetings: 'meeting', 'met with': 'meeting', met: 'meeting', 'will meet': 'meeting',
  'to meet': 'meeting', 'meets with': 'meeting',

  'press conference': 'press_conference', 'news conference': 'press_conference',
  'press briefing': 'press_conference', 'news briefing': 'press_conference',

  summit: 'summit', 'summit meeting': 'summit',

  'in a statement': 'statement', 'issued a statement': 'statement', statement: 'statement',
  'press release': 'statement', readout: 'statement', 'told reporters': 'statement', 'told journalists': 'statement',
  'briefing reporters': 'statement', 'briefed reporters': 'statement', 'spoke to reporters': 'statement',
  'said in a statement': 'statement', 'told a news conference': 'press_conference', 'told a press conference': 'press_conference',

  deployed: 'deployment', deploying: 'deployment', deployment: 'deployment', deployments: 'deployment',
  dispatched: 'deployment', massed: 'deployment', 'build-up': 'deployment', buildup: 'deployment',
  'sent troops': 'deployment', 'moved troops': 'deployment',
};

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

/** Kinds whose participants are the parties meeting, rather than one speaker. */
export const GATHERING_KINDS: ReadonlySet<EventKind> = new Set(['call', 'meeting', 'talks', 'summit']);

/** Kinds that take a date from the previous sentence when their own sentence has none. */
export const CONTEXT_DATED_KINDS: ReadonlySet<EventKind> = new Set(['call', 'meeting', 'talks', 'summit', 'press_conference']);

/** Definite words that make an undated trigger point back to an event already reported ("the call"). */
export const DEFINITE_CUES: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'their', 'his', 'her', 'its']);

/** Prepositions that introduce the place an event happened ("in Geneva", "at the Kremlin"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at']);
