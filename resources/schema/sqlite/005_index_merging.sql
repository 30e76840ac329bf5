-- Schema version 5: how the search index is written. FTS5 keeps new entries in memory up to
-- 'hashsize' bytes, then writes them out as a segment, and merges segments 'automerge' at a time.
-- Its defaults (1 MB, 4) suit small tables: in an archive each entry was written out and merged
-- again about six times over. A batch of a thousand pages now goes out as one segment, and
-- segments are merged sixteen at a time; indexing takes about half the time it did.
-- Both settings live in the index itself: every connection that writes it uses them.
INSERT INTO article_search (article_search, rank) VALUES ('hashsize', 67108864)
;
INSERT INTO article_search (article_search, rank) VALUES ('automerge', 16)
