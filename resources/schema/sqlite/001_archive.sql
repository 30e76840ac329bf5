-- Fangzhi archive, schema version 1: pages, their articles and the places they name.
-- Statements are separated by lines holding only ";".

CREATE TABLE pages (
    id            INTEGER PRIMARY KEY,
    source        TEXT NOT NULL UNIQUE,   -- the file as imported (absolute path)
    file_name     TEXT NOT NULL,
    content_hash  TEXT NOT NULL,          -- SHA-256 of the file's bytes
    encoding      TEXT NOT NULL,
    newspaper     TEXT,
    page_label    TEXT,                   -- from a manifest: "3", "A2"
    edition       TEXT,
    date          TEXT,                   -- YYYY-MM-DD, the best estimate
    date_precision TEXT CHECK (date_precision IN ('day', 'month', 'year')),
    date_source   TEXT CHECK (date_source IN ('manifest', 'file name', 'inferred')),
    date_evidence TEXT,                   -- how an inferred date was reached
    section       TEXT,
    home_province INTEGER,
    sponsors      TEXT NOT NULL DEFAULT '[]',   -- JSON array of the sponsor box's entries
    original_text TEXT NOT NULL,
    imported_at   TEXT NOT NULL
)
;
CREATE INDEX pages_content_hash ON pages (content_hash)
;
CREATE TABLE articles (
    id          INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: the search index is keyed by it
    page_id     INTEGER NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,       -- order on the page
    kicker      TEXT,
    title       TEXT NOT NULL,
    subtitle    TEXT,
    place_line  TEXT,
    lead        TEXT,
    body        TEXT NOT NULL,
    paragraphs  TEXT NOT NULL,          -- JSON array, as printed
    credit      TEXT,
    captions    TEXT NOT NULL DEFAULT '[]',
    section     TEXT,
    region      INTEGER,                -- GB/T 2260 code of the subject region
    association TEXT,
    search_places TEXT,                 -- pinyin of its places, for search: "dazhou dazhoushi dz"
    -- copied from the page so that every filter is one index away
    date        TEXT,
    newspaper   TEXT
)
;
CREATE INDEX articles_page ON articles (page_id)
;
CREATE INDEX articles_region ON articles (region, date)
;
CREATE INDEX articles_date ON articles (date, region)
;
CREATE INDEX articles_association ON articles (association, region)
;
CREATE INDEX articles_section ON articles (section, region)
;
CREATE INDEX articles_newspaper ON articles (newspaper, region)
;
CREATE TABLE article_places (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    code       INTEGER NOT NULL,
    position   INTEGER NOT NULL,        -- order of first mention
    PRIMARY KEY (article_id, code)
) WITHOUT ROWID
;
CREATE INDEX article_places_code ON article_places (code)
;
CREATE TABLE divisions (
    code   INTEGER PRIMARY KEY,
    parent INTEGER NOT NULL,
    level  INTEGER NOT NULL,
    name   TEXT NOT NULL,
    pinyin TEXT NOT NULL,
    association TEXT NOT NULL
)
