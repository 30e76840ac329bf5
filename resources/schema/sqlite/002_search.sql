-- Schema version 2: full-text search. The application writes the tokens (see
-- core/text/search_tokens.h); rowid is the article's id. Filled for existing articles by the
-- migration step that follows this file.
CREATE VIRTUAL TABLE article_search USING fts5 (
    title_uni, title_bi, body_uni, body_bi, places,
    tokenize = 'unicode61 remove_diacritics 0'
)
