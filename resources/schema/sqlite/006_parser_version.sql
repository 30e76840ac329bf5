-- Schema version 6: every page remembers which parser read it, so that a better parser can
-- read the stored pages again in place (fangzhi-cli reparse); pages keep the lines of a
-- digital edition that are not articles (page labels, date lines, site furniture); articles
-- keep how sure their segmentation was, their byline, and whether their title was printed.
-- Pages stored before this version were read by parser 1. page_lines is JSON:
-- {"labels":[…],"dateLines":[…],"furniture":[…]}. (No comments inside ALTER TABLE: SQLite
-- copies the column's text, comment and all, into the table's definition.)
ALTER TABLE pages ADD COLUMN parser_version INTEGER NOT NULL DEFAULT 1
;
ALTER TABLE pages ADD COLUMN page_lines TEXT NOT NULL DEFAULT '{}'
;
CREATE INDEX pages_parser_version ON pages (parser_version)
;
-- title_derived: no headline was printed, the title is the first clause; confidence: of the
-- segmentation, 0 to 1.
ALTER TABLE articles ADD COLUMN byline TEXT
;
ALTER TABLE articles ADD COLUMN title_derived INTEGER NOT NULL DEFAULT 0
;
ALTER TABLE articles ADD COLUMN confidence REAL
;
-- 'date line' when the article's own date line (a digital edition's) dates it; NULL when the
-- page's date does.
ALTER TABLE articles ADD COLUMN date_source TEXT
;
-- Reading a page again may move an article to another region or association while it keeps
-- its id: the running totals follow.
CREATE TRIGGER article_recounted AFTER UPDATE OF region, association, section, newspaper ON articles
WHEN coalesce(OLD.region, -1) != coalesce(NEW.region, -1)
  OR OLD.association IS NOT NEW.association OR OLD.section IS NOT NEW.section
  OR OLD.newspaper IS NOT NEW.newspaper
BEGIN
    UPDATE region_totals SET articles = articles - 1 WHERE region = coalesce(OLD.region, -1);
    INSERT INTO region_totals VALUES (coalesce(NEW.region, -1), 1)
        ON CONFLICT (region) DO UPDATE SET articles = articles + 1;
    UPDATE field_values SET articles = articles - 1
        WHERE (field = 'association' AND value = OLD.association)
           OR (field = 'section' AND value = OLD.section)
           OR (field = 'newspaper' AND value = OLD.newspaper);
    INSERT INTO field_values SELECT f, v, 1 FROM (
            SELECT 'association' AS f, NEW.association AS v UNION ALL
            SELECT 'section', NEW.section UNION ALL
            SELECT 'newspaper', NEW.newspaper)
        WHERE v IS NOT NULL
        ON CONFLICT (field, value) DO UPDATE SET articles = articles + 1;
END
