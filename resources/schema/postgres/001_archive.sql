-- Schema version 1 of a Fangzhi archive on PostgreSQL: the same pages, articles and places as an
-- SQLite archive (resources/schema/sqlite, at its version 6), with PostgreSQL's own types. The
-- search is a tsvector per article, made by Fangzhi from the same tokens as the SQLite index
-- (single Han characters, pairs, Latin words, place pinyin and initials, region and year scope),
-- with a GIN index: stock PostgreSQL cannot segment Chinese itself.
-- Statements end with a line holding ";" alone.
CREATE TABLE fangzhi_schema (
    version INTEGER NOT NULL
)
;
INSERT INTO fangzhi_schema VALUES (1)
;
CREATE TABLE pages (
    id             BIGSERIAL PRIMARY KEY,
    source         TEXT NOT NULL UNIQUE,   -- the file as imported (absolute path)
    file_name      TEXT NOT NULL,
    content_hash   TEXT NOT NULL,          -- SHA-256 of the page's decoded text
    encoding       TEXT NOT NULL,
    newspaper      TEXT,
    page_label     TEXT,
    edition        TEXT,
    date           DATE,                   -- the best estimate
    date_precision TEXT CHECK (date_precision IN ('day', 'month', 'year')),
    date_source    TEXT CHECK (date_source IN ('manifest', 'file name', 'inferred')),
    date_evidence  TEXT,
    section        TEXT,
    home_province  INTEGER,
    sponsors       TEXT NOT NULL DEFAULT '[]',  -- JSON array of the sponsor box's entries
    original_text  TEXT NOT NULL,
    imported_at    TIMESTAMPTZ NOT NULL,
    parser_version INTEGER NOT NULL DEFAULT 1,
    page_lines     TEXT NOT NULL DEFAULT '{}'
)
;
CREATE INDEX pages_content_hash ON pages (content_hash)
;
CREATE INDEX pages_parser_version ON pages (parser_version)
;
CREATE TABLE articles (
    id            BIGSERIAL PRIMARY KEY,
    page_id       BIGINT NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    kicker        TEXT,
    title         TEXT NOT NULL,
    subtitle      TEXT,
    place_line    TEXT,
    lead          TEXT,
    body          TEXT NOT NULL,
    paragraphs    TEXT NOT NULL,           -- JSON array, as printed
    credit        TEXT,
    captions      TEXT NOT NULL DEFAULT '[]',
    section       TEXT,
    region        INTEGER,                 -- GB/T 2260 code of the subject region
    association   TEXT,
    search_places TEXT,
    date          DATE,
    newspaper     TEXT,
    byline        TEXT,
    title_derived BOOLEAN NOT NULL DEFAULT FALSE,
    confidence    REAL,
    date_source   TEXT
)
;
CREATE INDEX articles_page ON articles (page_id)
;
CREATE INDEX articles_region ON articles (region, date)
;
CREATE INDEX articles_date ON articles (date, region)
;
CREATE INDEX articles_newest ON articles (date DESC NULLS LAST, id DESC)
;
CREATE INDEX articles_association ON articles (association, region)
;
CREATE INDEX articles_section ON articles (section, region)
;
CREATE INDEX articles_newspaper ON articles (newspaper, region)
;
-- What a search reads, apart from the articles' wide rows: a search's matches are counted, placed
-- and ranked from these narrow rows (the vectors themselves are stored out of line), never from
-- the articles' text.
CREATE TABLE article_search (
    id           BIGINT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    region       INTEGER,                  -- as in articles
    date         DATE,                     -- as in articles
    search       TSVECTOR NOT NULL,        -- Fangzhi's tokens, title words weighted A, scope as '#r510000'
    title_search TSVECTOR NOT NULL         -- the title's tokens alone: read to rank the matches
)
;
CREATE INDEX article_search_words ON article_search USING GIN (search)
;
CREATE TABLE article_places (
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    code       INTEGER NOT NULL,
    position   INTEGER NOT NULL,
    PRIMARY KEY (article_id, code)
)
;
CREATE TABLE divisions (
    code        INTEGER PRIMARY KEY,
    parent      INTEGER NOT NULL,
    level       INTEGER NOT NULL,
    name        TEXT NOT NULL,
    pinyin      TEXT NOT NULL,
    association TEXT NOT NULL
)
;
-- Running totals kept by triggers, as in the SQLite archive (004_totals.sql): the reader's
-- region tree and filters are read from them, not counted from the articles. Each change adds a
-- row of its own (+1 or -1), so that importers on several desks never wait on, or deadlock over,
-- the same total; fangzhi_compact_totals() sums them up now and then. A total is the sum of its rows.
CREATE TABLE region_totals (
    region   INTEGER NOT NULL,             -- -1 for articles with no region
    articles BIGINT NOT NULL
)
;
CREATE TABLE field_values (
    field    TEXT NOT NULL,                -- 'association', 'section' or 'newspaper'
    value    TEXT NOT NULL,
    articles BIGINT NOT NULL
)
;
CREATE TABLE archive_totals (name TEXT NOT NULL, value BIGINT NOT NULL)
;
CREATE FUNCTION fangzhi_count_article(a articles, delta INTEGER) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO region_totals VALUES (coalesce(a.region, -1), delta);
    INSERT INTO field_values
        SELECT f, v, delta FROM (VALUES ('association', a.association), ('section', a.section),
                                        ('newspaper', a.newspaper)) AS fields (f, v)
        WHERE v IS NOT NULL;
END
$$
;
CREATE FUNCTION fangzhi_article_totals() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        PERFORM fangzhi_count_article(OLD, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM fangzhi_count_article(NEW, 1);
    END IF;
    RETURN NULL;
END
$$
;
CREATE TRIGGER article_counted AFTER INSERT OR DELETE ON articles
    FOR EACH ROW EXECUTE FUNCTION fangzhi_article_totals()
;
CREATE TRIGGER article_recounted AFTER UPDATE OF region, association, section, newspaper ON articles
    FOR EACH ROW
    WHEN (OLD.region IS DISTINCT FROM NEW.region OR OLD.association IS DISTINCT FROM NEW.association
          OR OLD.section IS DISTINCT FROM NEW.section OR OLD.newspaper IS DISTINCT FROM NEW.newspaper)
    EXECUTE FUNCTION fangzhi_article_totals()
;
CREATE FUNCTION fangzhi_page_totals() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO archive_totals VALUES ('pages', CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END);
    RETURN NULL;
END
$$
;
CREATE TRIGGER page_counted AFTER INSERT OR DELETE ON pages
    FOR EACH ROW EXECUTE FUNCTION fangzhi_page_totals()
;
-- The totals' rows summed into one per total, by one program at a time (the others go on).
CREATE FUNCTION fangzhi_compact_totals() RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    IF NOT pg_try_advisory_xact_lock(7378272894363648) THEN
        RETURN;
    END IF;
    WITH gone AS (DELETE FROM region_totals RETURNING *)
        INSERT INTO region_totals SELECT region, sum(articles) FROM gone GROUP BY region HAVING sum(articles) <> 0;
    WITH gone AS (DELETE FROM field_values RETURNING *)
        INSERT INTO field_values SELECT field, value, sum(articles) FROM gone GROUP BY field, value
        HAVING sum(articles) <> 0;
    WITH gone AS (DELETE FROM archive_totals RETURNING *)
        INSERT INTO archive_totals SELECT name, sum(value) FROM gone GROUP BY name;
END
$$
;
-- Readers listening on fangzhi_archive hear of every change to the pages once it is committed.
CREATE FUNCTION fangzhi_announce_change() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('fangzhi_archive', '');
    RETURN NULL;
END
$$
;
CREATE TRIGGER pages_changed AFTER INSERT OR UPDATE OR DELETE ON pages
    FOR EACH STATEMENT EXECUTE FUNCTION fangzhi_announce_change()
