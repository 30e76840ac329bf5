#pragma once

#include <QString>
#include <QStringList>

namespace fangzhi::store {

// What a user typed, made safe for FTS5: every term becomes quoted tokens the index knows,
// so quotes, operators, SQL and stray punctuation can never change the query's shape.
struct SearchQuery
{
    QStringList included;  // terms as typed (for snippets and highlighting)
    QStringList excluded;
    QString match;         // FTS5 expression for the included terms, AND-ed; empty if none
    QString excludeMatch;  // FTS5 expression matching any excluded term; empty if none
    QString refused;       // why the search cannot be run as typed (too long), in words

    [[nodiscard]] bool isEmpty() const { return match.isEmpty() && excludeMatch.isEmpty(); }
};

// The most terms, and characters, one search may have.
inline constexpr int MaxSearchTerms = 32;
inline constexpr int MaxSearchLength = 500;

// Terms separated by spaces are ANDed; "quoted text" is one term; -term excludes. A term typed
// twice counts once.
[[nodiscard]] SearchQuery parseSearchQuery(const QString &typed);

// A short piece of text around the first of the terms found, the hit wrapped in 【】.
[[nodiscard]] QString snippetAround(const QString &text, const QStringList &terms, int width = 60);

} // namespace fangzhi::store
