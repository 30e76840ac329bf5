-- Schema version 3: the search index also holds each article's scope, so that a search within
-- a region or years is answered by the index alone instead of filtering every hit.
-- The scope column holds "r" + the code of the article's region, of its prefecture range and of
-- its province range (GB/T 2260: r510000 r511700 r511722), and "y" + the year of its date.
-- Searches name them as scope : "r511700"; typed words never reach that column.
-- The index is built anew from the articles when the archive is next opened.
-- Also gone: the index of article_places by code, which no query reads and every import paid for.
DROP TABLE article_search
;
DROP VIEW article_search_source
;
CREATE VIEW article_search_source AS
    SELECT id,
           coalesce(kicker, '') || ' ' || title || ' ' || coalesce(subtitle, '') AS title,
           coalesce(place_line, '') || char(10) || body AS body,
           coalesce(search_places, '') AS places,
           CASE WHEN region IS NULL THEN '' ELSE
               'r' || (region / 10000 * 10000) || ' r' || (region / 100 * 100) || ' r' || region END
           || CASE WHEN date IS NULL THEN '' ELSE ' y' || substr(date, 1, 4) END AS scope
    FROM articles
;
CREATE VIRTUAL TABLE article_search USING fts5 (
    title, body, places, scope,
    content = 'article_search_source', content_rowid = 'id',
    tokenize = 'fangzhi'
)
;
UPDATE search_progress SET value = 0 WHERE name = 'indexed up to'
;
DROP INDEX IF EXISTS article_places_code
