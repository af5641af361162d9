-- Conflicts in the order they were found, per fact: a page reads the first few of a quote's or figure's conflicts
-- without reading them all (see src/store/d1/fanout.ts).
CREATE INDEX quote_conflicts_in_order ON quote_conflicts (quote_id, id);
CREATE INDEX figure_conflicts_in_order ON figure_conflicts (figure_id, id);
