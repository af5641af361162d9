// The knowledge base: the one contract between the build side (extract) and the Worker (render, HTTP).
// Every fact carries provenance: an article id plus character offsets into that article's `text`,
// so `articles[i].text.slice(start, end)` gives the evidence back exactly.

/** A span of evidence inside one article. */
export interface Span {
  article: string;
  start: number;
  end: number;
}

export interface Article {
  /** Stable id: a hash of the normalised text, so the same article under two names is one article. */
  id: string;
  /** File name the article was read from (the first one, when duplicates were folded). */
  file: string;
  /** Every file that held this same article. */
  files: string[];
  title: string | null;
  /** ISO date YYYY-MM-DD, or null when the article gives none. */
  date: string | null;
  /** The outlet, from metadata or from what the text itself says ("(Bloomberg) --"). */
  source: string | null;
  /** Where `source` came from, so a reader knows whether it was stated or inferred. */
  sourceEvidence: 'metadata' | 'dateline' | 'credit' | null;
  url: string | null;
  /** The article body that all offsets index into. */
  text: string;
  wordCount: number;
  /** Where each narration sentence starts (quotations do not break sentences); filled by the extractor. */
  sentenceStarts?: number[];
}

export type ActorKind = 'person' | 'organization' | 'place';

export interface Role {
  title: string;
  articles: string[];
  /** Where the role was stated, one span per article at least. */
  evidence: Span[];
}

/** Why two spellings were folded into one actor: kept so a sheet can show it. */
export interface Merge {
  from: string;
  into: string;
  reason: string;
  evidence: Span[];
}

export interface Actor {
  /** URL slug. */
  id: string;
  kind: ActorKind;
  name: string;
  aliases: string[];
  roles: Role[];
  mentions: Span[];
  merges: Merge[];
  /** Gender inferred from honorifics, pronouns or first names; used for pronoun resolution. */
  gender: 'male' | 'female' | null;
  /** Events they took part in and quotes they gave, in order of date (always filled by the extractor). */
  timeline?: TimelineEntry[];
  /** Other actors tied to this one, strongest ties first (always filled by the extractor). */
  related?: Relation[];
  /** What the actor's sheet shows, ranked and counted (always filled by the extractor; src/kb/sheetFacts.ts). */
  sheet?: ActorSheetFacts;
}

/** How widely a subject was reported: over the articles it appears in. */
export interface Coverage {
  /** Distinct named outlets. */
  outlets: number;
  /** Articles that name no outlet (each counts as a source of its own). */
  unnamedOutletArticles: number;
  /** Oldest and newest article date; null when no article is dated. */
  from: string | null;
  to: string | null;
}

/** One way an actor's name is written, read from its mention spans. */
export interface Spelling {
  /** As the articles write it, runs of whitespace collapsed. */
  spelling: string;
  count: number;
  /** The outlets that write it so, sorted. */
  outlets: string[];
  /** The first mention written so. */
  first: Span;
  /** True when a merge folded this spelling into the actor. */
  merged: boolean;
}

/** One day of a subject's activity chart: mentions, quotes or topic sentences reported that day, and its events. */
export interface ActivityDay {
  /** YYYY-MM-DD, or YYYY-MM / YYYY for a timeline entry dated no closer. */
  date: string;
  count: number;
  events: number;
}

/** An actor's facts as its sheet lists them: quote ids best-backed first, roles best-supported first, counts. */
export interface ActorSheetFacts {
  /** Direct and partial quotes the actor spoke: more outlets, direct before partial, reported earlier first. */
  keyQuotes: string[];
  /** Indirect (reported) speech, in the same order. */
  statements: string[];
  /** Quotes whose words other outlets give to someone else, in the same order. */
  disputed: string[];
  /** Places in `roles`, stated in more articles first. */
  roles: number[];
  /** Over the articles the actor appears in (mentions, roles, merges, quotes spoken). */
  coverage: Coverage;
  /** Spellings over the first 200 mentions, most used first (at most 12). */
  spellings: Spelling[];
  /** Mentions (by article date) and the quotes and events of its timeline, per day, oldest first. */
  activity: ActivityDay[];
}

/** A speaker's quotes on a topic: a named actor, or an unnamed source as the text names it. */
export interface SpeakerGroup {
  speaker: string | null;
  /** How the text names an unnamed speaker ("a senior administration official"); null for an actor. */
  label: string | null;
  /** Quote ids, best-backed first. */
  quotes: string[];
}

/** A topic's facts as its sheet lists them. */
export interface TopicSheetFacts {
  /** The topic's quotes, best-backed first. */
  quotes: string[];
  /** The topic's actors, in the most of its articles first (ties by name), with that count. */
  actors: Array<{ actor: string; articles: number }>;
  /** Who said what: speakers with the most quotes first (ties: whose best quote ranks higher). */
  speakers: SpeakerGroup[];
  /** The sentences most central to the topic across outlets (none when an editor wrote the summary). */
  summary: Span[];
  /** Over the topic's articles. */
  coverage: Coverage;
  /** The topic's sentences (by article date) and the events of its timeline, per day, oldest first. */
  activity: ActivityDay[];
}

/**
 * How two actors are tied: they took part in one event, one spoke about the other (named inside their quote),
 * both were quoted in one article, or both were named in one sentence.
 */
export type RelationKind = 'met' | 'spokeAbout' | 'quotedTogether' | 'sameSentence';

export interface Relation {
  actor: string;
  kind: RelationKind;
  count: number;
  /** The first place the tie shows. */
  evidence: Span;
}

export type QuoteKind = 'direct' | 'partial' | 'indirect';

/** One outlet's report of a quote: its wording there is the slice its offsets give. */
export interface QuoteSource extends Span {
  /** The speaker this source attributes the words to (may differ across outlets: a conflict). */
  speaker: string | null;
  speakerLabel: string | null;
  /** Where the attribution cue (the "said X") stands in the same article, when there is one. */
  cue: { start: number; end: number } | null;
  /** When the words were said: a day named in the sentence ("Biden said Dec. 8"), else the article's date. */
  date: string | null;
}

export interface Quote {
  id: string;
  text: string;
  kind: QuoteKind;
  /** Actor id, or null for an unnamed or unknown speaker. */
  speaker: string | null;
  /** How the text names the speaker: "a senior administration official", "Putin". */
  speakerLabel: string | null;
  sources: QuoteSource[];
  /** Distinct outlets (or articles, where the outlet is unknown) that report the words. */
  corroboration: number;
  /** True when sources attribute the same words to different speakers. */
  conflict: boolean;
  /** The other quotes holding the same words with a different speaker: the 24 most reported when there are more. */
  conflictsWith: string[];
  /** Earliest date any outlet reported the words (a source's date, else its article's); always filled by the extractor. */
  firstReported?: string | null;
}

/** YYYY-MM-DD, YYYY-MM or YYYY; a span joins two of these. */
export type ResolvedDate = string | { from: string; to: string };
export type DatePrecision = 'day' | 'month' | 'year' | 'span';

/** A date expression as written, resolved against its article's date. */
export interface DateFact extends Span {
  phrase: string;
  resolved: ResolvedDate | null;
  precision: DatePrecision;
  modifier: 'early' | 'mid' | 'late' | null;
}

/** One outlet's report of a figure. */
export interface FigureSource extends Span {
  phrase: string;
  qualifier: string | null;
  /** Who cited it, when the figure stands inside someone's words. */
  speaker: string | null;
  date: string | null;
}

/** A quantity of one thing, as one or several outlets report it. */
export interface Figure {
  id: string;
  value: number;
  unit: string | null;
  /** What is counted, singular: "troop", "battalion tactical group". */
  counts: string | null;
  /** What a measure describes: "phone call" in "a 50-minute phone call". */
  describes: string | null;
  qualifiers: string[];
  /** Figures with the same key count the same thing; different values under one key conflict. */
  key: string;
  sources: FigureSource[];
  corroboration: number;
  conflictsWith: string[];
}

export type EventKind = 'call' | 'meeting' | 'talks' | 'press_conference' | 'summit' | 'statement' | 'sanctions' | 'deployment';

/** One outlet's report of an event: the describing sentence, and the words that name the event. */
export interface EventSource extends Span {
  trigger: { start: number; end: number };
  /** Where the date came from in this report, when a date phrase gave it. */
  dateEvidence: { start: number; end: number } | null;
  date: string | null;
}

export interface StoryEvent {
  id: string;
  kind: EventKind;
  date: ResolvedDate | null;
  datePrecision: DatePrecision | null;
  status: 'reported' | 'planned';
  /** Actor ids, most reported first. */
  participants: string[];
  place: string | null;
  /** The first report's describing sentence. */
  description: string;
  sources: EventSource[];
  corroboration: number;
}

/** One line of a timeline: an event or a dated quote, in order of resolved date. */
export interface TimelineEntry {
  /** Sortable start of the resolved date (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
  kind: 'event' | 'quote';
  ref: string;
}

export interface Topic {
  id: string;
  title: string;
  terms: string[];
  /** Editor's summary (markdown body of content/topics/<id>.md), if any. */
  summary: string | null;
  curated: boolean;
  articles: string[];
  actors: string[];
  quotes: string[];
  /** Sentences that mention the topic's terms. */
  sentences: Span[];
  // The extractor always fills the fields below; stores that hand out a subset of the KB may leave them out.
  figures?: string[];
  events?: string[];
  timeline?: TimelineEntry[];
  /** What the topic's sheet shows, ranked and counted (src/kb/sheetFacts.ts). */
  sheet?: TopicSheetFacts;
}

export interface KnowledgeBase {
  version: 1;
  generatedAt: string;
  articles: Article[];
  actors: Actor[];
  quotes: Quote[];
  topics: Topic[];
  // Always filled by the extractor; a store serving one page's subset of the KB may leave them out.
  dates?: DateFact[];
  figures?: Figure[];
  events?: StoryEvent[];
  /** Problems met while reading or extracting; nothing is dropped silently. */
  problems: Problem[];
}

export interface Problem {
  file: string;
  severity: 'error' | 'warning';
  reason: string;
}
