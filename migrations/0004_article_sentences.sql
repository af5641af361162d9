-- Where each narration sentence of an article starts (the KB's Article.sentenceStarts, JSON): pages derive the
-- relations between actors (extract/14-relations.ts) from the sentences of the articles they show.
ALTER TABLE articles ADD COLUMN sentence_starts TEXT;
