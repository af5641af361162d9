-- Story facts the extractor added to the KB: date phrases, figures and events, each with sources in articles (so
-- they are retracted per article like every other fact). Actor and topic timelines are not stored: they follow
-- from events and quotes (extract/13-timeline.ts attachTimelines), and the D1 store derives them per page.

-- 1 when the stored KB carries story facts (a KB built before they existed has none, and sheets then fall back).
ALTER TABLE store_meta ADD COLUMN story_facts INTEGER NOT NULL DEFAULT 0;

CREATE TABLE date_facts (
  id INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  phrase TEXT NOT NULL,
  resolved TEXT, -- JSON: "YYYY-MM-DD" or {"from", "to"}
  precision TEXT NOT NULL,
  modifier TEXT,
  retracted_at TEXT
);
CREATE INDEX date_facts_by_article ON date_facts (article_id);

CREATE TABLE figures (
  id TEXT PRIMARY KEY,
  value REAL NOT NULL,
  unit TEXT,
  counts TEXT,
  describes TEXT,
  qualifiers TEXT NOT NULL, -- JSON array
  key TEXT NOT NULL,
  corroboration INTEGER NOT NULL DEFAULT 1,
  retracted_at TEXT,
  retraction_note TEXT
);
CREATE INDEX figures_by_key ON figures (key);

CREATE TABLE figure_sources (
  id INTEGER PRIMARY KEY,
  figure_id TEXT NOT NULL,
  article_id TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  phrase TEXT NOT NULL,
  qualifier TEXT,
  speaker TEXT,
  date TEXT,
  outlet_key TEXT NOT NULL,
  retracted_at TEXT
);
CREATE INDEX figure_sources_by_figure ON figure_sources (figure_id);
CREATE INDEX figure_sources_by_article ON figure_sources (article_id);

CREATE TABLE figure_conflicts (
  id INTEGER PRIMARY KEY,
  figure_id TEXT NOT NULL,
  other_id TEXT NOT NULL,
  UNIQUE (figure_id, other_id)
);

CREATE TABLE events (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  date TEXT, -- JSON: "YYYY-MM-DD" or {"from", "to"}
  date_precision TEXT,
  status TEXT NOT NULL,
  participants TEXT NOT NULL, -- JSON array of actor ids, most reported first
  place TEXT,
  description TEXT NOT NULL,
  corroboration INTEGER NOT NULL DEFAULT 1,
  -- kind|sortable date: where an ingested report looks for the same happening
  match_key TEXT,
  retracted_at TEXT,
  retraction_note TEXT
);
CREATE INDEX events_by_match_key ON events (match_key);

CREATE TABLE event_sources (
  id INTEGER PRIMARY KEY,
  event_id TEXT NOT NULL,
  article_id TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  date_evidence_start INTEGER,
  date_evidence_end INTEGER,
  date TEXT,
  outlet_key TEXT NOT NULL,
  retracted_at TEXT
);
CREATE INDEX event_sources_by_event ON event_sources (event_id);
CREATE INDEX event_sources_by_article ON event_sources (article_id);
