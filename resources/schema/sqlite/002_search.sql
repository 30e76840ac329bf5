-- Schema version 2: full-text search over titles, bodies and the pinyin of places.
-- The "fangzhi" tokenizer is registered by the application (core/store/sqlite_tokenizer.h);
-- the index keeps no copy of the text: it reads it from article_search_source.
-- Pages are stored one transaction each; the index catches up in batches (many pages a
-- transaction keep it compact and fast to build) up to the article id in search_progress.
CREATE VIEW article_search_source AS
    SELECT id,
           coalesce(kicker, '') || ' ' || title || ' ' || coalesce(subtitle, '') AS title,
           coalesce(place_line, '') || char(10) || body AS body,
           coalesce(search_places, '') AS places
    FROM articles
;
CREATE VIRTUAL TABLE article_search USING fts5 (
    title, body, places,
    content = 'article_search_source', content_rowid = 'id',
    tokenize = 'fangzhi'
)

;
CREATE TABLE search_progress (name TEXT PRIMARY KEY, value INTEGER NOT NULL)
;
INSERT INTO search_progress VALUES ('indexed up to', 0)
