// Plain data passed between the timeline stages: date mentions, figure mentions, figure groups, events.
// Offsets are character indexes into the text the extractor was given: text.slice(start, end) === phrase.

/** YYYY-MM-DD, YYYY-MM or YYYY; a span joins two of these. */
export type ResolvedDate = string | { from: string; to: string };

export type DatePrecision = 'day' | 'month' | 'year' | 'span';
export type DateModifier = 'early' | 'mid' | 'late';

/**
 * How a mention gets its value: `absolute` carries its own year ("Dec. 7, 2021", "2014"),
 * `relative` needs the article date ("Thursday", "last week", "January"),
 * `anaphoric` leans on an earlier mention ("the same year").
 */
export type DateAnchor = 'absolute' | 'relative' | 'anaphoric';

export interface DateMention {
  phrase: string;
  start: number;
  end: number;
  /** Null where nothing anchors the phrase (an undated article, a vague "recent days" is still resolved but flagged). */
  resolved: ResolvedDate | null;
  precision: DatePrecision;
  modifier?: DateModifier;
  anchor: DateAnchor;
  /** The bounds are our convention, not the text's ("in recent days", "the coming weeks"). */
  vague?: true;
}

export interface ExtractDatesOptions {
  /** Offset where the prose starts; matches before it (a metadata date stamp) are ignored. */
  bodyStart?: number;
}

export interface FigureMention {
  phrase: string;
  start: number;
  end: number;
  value: number;
  /** Canonical qualifier: "more than", "around", "up to", "tens of"… */
  qualifier: string | null;
  /** Measurement unit: "minute", "percent", "USD"… */
  unit: string | null;
  /** What is counted, singular and lower-case: "troop", "battalion tactical group", "minute". */
  counts: string | null;
  /** What a measure describes: "phone call" in "a 50-minute phone call". */
  describes: string | null;
  /** "the two sides": a count that refers back rather than reports. */
  referential?: true;
}

/** One figure as reported by one article, the input to cross-article grouping. */
export interface FigureReport {
  figure: FigureMention;
  article: string;
  outlet: string | null;
}

export interface FigureGroup {
  /** Normalised counts key (with the unit) shared by every member and by the groups it conflicts with. */
  key: string;
  counts: string;
  /** The value most members report (ties: the first reported). */
  value: number;
  qualifiers: string[];
  members: FigureReport[];
  /** Distinct outlets (article id where the outlet is unknown). */
  sources: string[];
  corroboration: number;
  /** True when another group (with the same `key`) counts the same thing with a clearly different value. */
  conflict: boolean;
}

export type EventKind =
  | 'call' | 'meeting' | 'talks' | 'press_conference' | 'summit' | 'statement' | 'sanctions' | 'deployment';

/** A sentence of the article: offsets into the article text, and its words. */
export interface EventSentence {
  start: number;
  end: number;
  text: string;
}

/** A named actor in the article text, from the entity stage. */
export interface ActorMention {
  actorId: string;
  kind: 'person' | 'organization' | 'place' | (string & {});
  start: number;
  end: number;
}

export interface ExtractEventsOptions {
  /** YYYY-MM-DD: present-tense events with no date of their own take it. */
  articleDate?: string | null;
}

/** How an event got its date, so a sheet can say how sure it is. */
export type EventDateSource = 'sentence' | 'context' | 'antecedent' | 'article';

/** One report of a happening in one article. */
export interface EventMention {
  kind: EventKind;
  /** The words that name the happening ("phone call", "held talks"). */
  trigger: { phrase: string; start: number; end: number };
  /** The sentence that describes it. */
  sentence: { start: number; end: number };
  date: ResolvedDate | null;
  datePrecision: DatePrecision | null;
  dateSource: EventDateSource | null;
  /** The date phrase the date came from, when there is one. */
  dateEvidence: { phrase: string; start: number; end: number } | null;
  /** Actor ids, in order of mention. */
  participants: string[];
  /** Actor id of the place it happened ("in Geneva"). */
  place: string | null;
  /** `planned` when the sentence looks ahead ("talks will be held on January 10"). */
  status: 'reported' | 'planned';
  /** "the call" points back to a known event, "a call" introduces one; null when no determiner is near. */
  determiner: 'definite' | 'indefinite' | null;
}

/** One event report as input to cross-article merging. */
export interface EventReport {
  event: EventMention;
  article: string;
  outlet: string | null;
  /** The reporting article's date (YYYY-MM-DD): an undated report is taken to be recent news. */
  articleDate?: string | null;
}

export interface MergedEvent {
  kind: EventKind;
  date: ResolvedDate | null;
  datePrecision: DatePrecision | null;
  /** Union of participants, most reported first. */
  participants: string[];
  place: string | null;
  status: 'reported' | 'planned';
  members: EventReport[];
  /** Distinct outlets (article id where the outlet is unknown). */
  sources: string[];
  corroboration: number;
}
