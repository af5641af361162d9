-- The knowledge base in D1: one table per KB fact, rows in KB order (rowid), every fact keyed by the article that
-- supports it so a correction or retraction touches only that article's rows. Nothing is deleted: a withdrawn fact
-- keeps its row with `retracted_at` set, so sheets can show what was retracted and when.

-- One row: a version bumped by every write (it keys the page cache) and the counts the index and layout show.
CREATE TABLE store_meta (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL DEFAULT 0,
  generated_at TEXT NOT NULL DEFAULT '1970-01-01T00:00:00.000Z',
  articles INTEGER NOT NULL DEFAULT 0,
  quotes INTEGER NOT NULL DEFAULT 0,
  topics INTEGER NOT NULL DEFAULT 0,
  people INTEGER NOT NULL DEFAULT 0,
  organizations INTEGER NOT NULL DEFAULT 0,
  places INTEGER NOT NULL DEFAULT 0
);
INSERT INTO store_meta (id) VALUES (1);

CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  file TEXT NOT NULL,
  files TEXT NOT NULL, -- JSON array
  title TEXT,
  date TEXT,
  source TEXT,
  source_evidence TEXT,
  url TEXT,
  text TEXT NOT NULL,
  word_count INTEGER NOT NULL,
  -- hash of the normalised body: the same article posted twice is one article
  content_key TEXT,
  -- date (0000-00-00 when undated) + title: "the newest N articles" reads N index entries
  sort_key TEXT NOT NULL,
  retracted_at TEXT,
  retraction_note TEXT
);
CREATE UNIQUE INDEX articles_by_content ON articles (content_key);
CREATE INDEX articles_newest ON articles (sort_key) WHERE retracted_at IS NULL;

-- Every change to an article after it was loaded; the primary key turns two concurrent corrections into one winner.
CREATE TABLE article_revisions (
  article_id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  action TEXT NOT NULL, -- ingest | replace | retract
  at TEXT NOT NULL,
  PRIMARY KEY (article_id, revision)
) WITHOUT ROWID;

CREATE TABLE actors (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  -- kind:name, how organisations and places are matched across articles
  name_key TEXT NOT NULL,
  gender TEXT,
  mention_count INTEGER NOT NULL DEFAULT 0,
  article_count INTEGER NOT NULL DEFAULT 0,
  retracted_at TEXT,
  retraction_note TEXT
);
CREATE INDEX actors_by_name_key ON actors (name_key);
CREATE INDEX actors_ranked ON actors (kind, article_count DESC, mention_count DESC, name) WHERE retracted_at IS NULL;

CREATE TABLE actor_aliases (
  id INTEGER PRIMARY KEY,
  actor_id TEXT NOT NULL,
  alias TEXT NOT NULL,
  UNIQUE (actor_id, alias)
);

-- Sounds of a person's surname (personBlockKeys): candidates for samePerson without comparing every pair.
CREATE TABLE person_keys (
  key TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  PRIMARY KEY (key, actor_id)
) WITHOUT ROWID;

-- First three letters of each word of a name, alias, title or term: candidates for "did you mean".
CREATE TABLE search_terms (
  prefix TEXT NOT NULL,
  kind TEXT NOT NULL, -- actor | topic
  ref_id TEXT NOT NULL,
  PRIMARY KEY (prefix, kind, ref_id)
) WITHOUT ROWID;

-- Which articles each actor appears in (mentions, roles, merges, quotes spoken): the window of a sheet.
CREATE TABLE actor_articles (
  actor_id TEXT NOT NULL,
  article_id TEXT NOT NULL,
  sort_key TEXT NOT NULL,
  retracted_at TEXT,
  PRIMARY KEY (actor_id, article_id)
) WITHOUT ROWID;
CREATE INDEX actor_articles_newest ON actor_articles (actor_id, sort_key) WHERE retracted_at IS NULL;
CREATE INDEX actor_articles_by_article ON actor_articles (article_id);
CREATE INDEX actor_articles_withdrawn ON actor_articles (actor_id) WHERE retracted_at IS NOT NULL;

CREATE TABLE mentions (
  id INTEGER PRIMARY KEY,
  actor_id TEXT NOT NULL,
  article_id TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  retracted_at TEXT
);
CREATE INDEX mentions_by_article ON mentions (article_id);

CREATE TABLE roles (
  id INTEGER PRIMARY KEY,
  actor_id TEXT NOT NULL,
  title_key TEXT NOT NULL,
  title TEXT NOT NULL,
  UNIQUE (actor_id, title_key)
);

-- A role's articles (span NULL) and its evidence spans, in KB order.
CREATE TABLE role_support (
  id INTEGER PRIMARY KEY,
  role_id INTEGER NOT NULL,
  article_id TEXT NOT NULL,
  span_start INTEGER,
  span_end INTEGER,
  retracted_at TEXT
);
CREATE INDEX role_support_by_article ON role_support (article_id);
CREATE INDEX role_support_by_role ON role_support (role_id);
CREATE INDEX role_support_withdrawn ON role_support (role_id) WHERE retracted_at IS NOT NULL;

CREATE TABLE merges (
  id INTEGER PRIMARY KEY,
  actor_id TEXT NOT NULL,
  from_name TEXT NOT NULL,
  into_name TEXT NOT NULL,
  reason TEXT NOT NULL,
  evidence TEXT NOT NULL, -- JSON array of spans
  article_id TEXT NOT NULL, -- the article of the first evidence span
  retracted_at TEXT
);
CREATE INDEX merges_by_article ON merges (article_id);
CREATE INDEX merges_by_actor ON merges (actor_id);

CREATE TABLE quotes (
  id TEXT PRIMARY KEY,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  speaker TEXT,
  speaker_label TEXT,
  corroboration INTEGER NOT NULL DEFAULT 1,
  conflict INTEGER NOT NULL DEFAULT 0,
  -- short quotes match only word for word and speaker for speaker: "speaker|words"
  match_key TEXT,
  retracted_at TEXT,
  retraction_note TEXT
);
CREATE INDEX quotes_by_speaker ON quotes (speaker);
CREATE INDEX quotes_withdrawn ON quotes (speaker) WHERE retracted_at IS NOT NULL;
CREATE INDEX quotes_by_match_key ON quotes (match_key) WHERE match_key IS NOT NULL;

CREATE TABLE quote_sources (
  id INTEGER PRIMARY KEY,
  quote_id TEXT NOT NULL,
  article_id TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  speaker TEXT,
  speaker_label TEXT,
  cue_start INTEGER,
  cue_end INTEGER,
  date TEXT,
  -- lower-cased outlet, or article:<id> when unknown: corroboration counts distinct keys
  outlet_key TEXT NOT NULL,
  retracted_at TEXT
);
CREATE INDEX quote_sources_by_quote ON quote_sources (quote_id);
CREATE INDEX quote_sources_by_article ON quote_sources (article_id);

CREATE TABLE quote_conflicts (
  id INTEGER PRIMARY KEY,
  quote_id TEXT NOT NULL,
  other_id TEXT NOT NULL,
  UNIQUE (quote_id, other_id)
);

-- Hashed three-word shingles of long quotes: candidates for `similar` when a new article reports the same words.
CREATE TABLE quote_shingles (
  shingle TEXT NOT NULL,
  quote_id TEXT NOT NULL,
  PRIMARY KEY (shingle, quote_id)
) WITHOUT ROWID;

CREATE TABLE topics (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  terms TEXT NOT NULL, -- JSON array
  summary TEXT,
  curated INTEGER NOT NULL,
  article_count INTEGER NOT NULL DEFAULT 0,
  actor_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX topics_ranked ON topics (article_count DESC, title);

CREATE TABLE topic_articles (
  id INTEGER PRIMARY KEY,
  topic_id TEXT NOT NULL,
  article_id TEXT NOT NULL,
  sort_key TEXT NOT NULL,
  retracted_at TEXT,
  UNIQUE (topic_id, article_id)
);
CREATE INDEX topic_articles_newest ON topic_articles (topic_id, sort_key) WHERE retracted_at IS NULL;
CREATE INDEX topic_articles_by_article ON topic_articles (article_id);
CREATE INDEX topic_articles_withdrawn ON topic_articles (topic_id) WHERE retracted_at IS NOT NULL;

CREATE TABLE topic_actors (
  id INTEGER PRIMARY KEY,
  topic_id TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  -- the write that made the link, so a write can count the links it added
  created_by TEXT,
  UNIQUE (topic_id, actor_id)
);
CREATE INDEX topic_actors_by_actor ON topic_actors (actor_id);
CREATE INDEX topic_actors_by_writer ON topic_actors (created_by);

CREATE TABLE topic_quotes (
  id INTEGER PRIMARY KEY,
  topic_id TEXT NOT NULL,
  quote_id TEXT NOT NULL,
  UNIQUE (topic_id, quote_id)
);
CREATE INDEX topic_quotes_by_quote ON topic_quotes (quote_id);

CREATE TABLE topic_sentences (
  id INTEGER PRIMARY KEY,
  topic_id TEXT NOT NULL,
  article_id TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  retracted_at TEXT
);
CREATE INDEX topic_sentences_by_article ON topic_sentences (article_id);
