#pragma once

#include "store/search_query.h"

#include <QString>
#include <QVariantList>

namespace fangzhi::store::postgres {

// An article as the search reads it: the same four parts as the SQLite index's columns
// (article_search_source): title, body, the pinyin of its places, its region and year scope.
struct SearchableArticle
{
    QString title, body, places, scope;
};

// The article's tsvector, as text for a `CAST(? AS tsvector)`: the tokens of index_tokens.h
// with their positions, weighted by part (title A, places B, scope C, body D). Parts are kept
// apart by a gap, so that no phrase runs from one into the next. PostgreSQL keeps positions up
// to 16,383: tokens beyond it all stand there (a phrase that far into a long article is then
// found wherever its pairs are).
[[nodiscard]] QString searchVector(const SearchableArticle &article);
// The search vector of an article from its column values (store/article_rows.h articleValues).
[[nodiscard]] QString searchVectorFor(const QVariantList &articleValues);

// The tsquery of a search, as text for a `CAST(? AS tsquery)`, built from tokens only, so that
// nothing typed reaches its syntax: each included term's pieces ANDed (a run of Chinese as the
// phrase of its pairs, <->), the terms ANDed, the excluded ones left out with !( … | … ), and the
// filter's scope terms ("r510000", "y2024", stored as "#r510000"; scopeAnyOf: any of those) ANDed. Empty when the
// search holds nothing to search for.
[[nodiscard]] QString searchTsQuery(const SearchQuery &query, const QStringList &scope = {},
                                    const QStringList &scopeAnyOf = {});
// The tsquery of the excluded terms alone (any of them), for a search of exclusions only.
[[nodiscard]] QString exclusionTsQuery(const SearchQuery &query);
// The tsquery of any included term, for an article's title vector: the ranking puts the articles
// with one in their title (kicker, headline, subtitle) first, as the SQLite archive's does.
[[nodiscard]] QString titleTsQuery(const SearchQuery &query);
// The title's own small vector, read to rank the matches without reading their whole vectors.
[[nodiscard]] QString titleVector(const QString &title);
[[nodiscard]] QString titleVectorFor(const QVariantList &articleValues);

} // namespace fangzhi::store::postgres
