-- Schema version 7: the articles that name a place are found from the place (a place link in the
-- reader lists the articles mentioning it, within its subtree of codes).
CREATE INDEX article_places_code ON article_places (code, article_id)
;
