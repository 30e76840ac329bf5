#include "search_vector.h"

#include "store/index_tokens.h"
#include "text/search_tokens.h"

#include <string>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::store::postgres {
namespace {

constexpr int MaxPosition = 16383; // PostgreSQL's
constexpr int PartGap = 2;

QString quoted(const QString &lexeme)
{
    QString q = lexeme;
    q.replace(u'\\', u"\\\\"_s).replace(u'\'', u"''"_s);
    return u'\'' + q + u'\'';
}

// The tokens of a query's text, in order: one character alone, the pairs of a run, words.
QStringList queryTokens(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QStringList tokens;
    forEachIndexToken(utf8.constData(), int(utf8.size()), TokenReading::Query,
                      [&](const char *t, int n, int, int, bool) {
                          tokens.append(QString::fromUtf8(t, n));
                          return true;
                      });
    return tokens;
}

// One term as tsquery: its pieces ANDed; a run of Chinese is the phrase of its pairs. No weights
// are asked for: typed text reaches neither the scope's lexemes (they begin with '#', which no
// token holds) nor, being Chinese, the places' pinyin; so the GIN index answers a one-token term
// alone, without reading the articles' vectors again. Empty when nothing in it is searchable.
QString termQuery(const QString &term)
{
    QStringList pieces;
    for (const text::TermPiece &piece : text::termPieces(term)) {
        QStringList phrase;
        for (const QString &token : queryTokens(piece.text))
            phrase.append(quoted(token));
        if (!phrase.isEmpty())
            pieces.append(phrase.size() == 1 ? phrase.first() : u'(' + phrase.join(u" <-> "_s) + u')');
    }
    return pieces.size() == 1 ? pieces.first() : pieces.isEmpty() ? QString() : u'(' + pieces.join(u" & "_s) + u')';
}

QString anyOf(const QStringList &terms)
{
    QStringList parts;
    for (const QString &t : terms)
        if (const QString q = termQuery(t); !q.isEmpty())
            parts.append(q);
    return parts.size() == 1 ? parts.first() : parts.isEmpty() ? QString() : u'(' + parts.join(u" | "_s) + u')';
}

} // namespace

// Built in UTF-8 from a sorted list of (token, position): an article holds about a thousand
// distinct tokens, and a map of strings to lists for them cost more than the parsing of its page.
QString searchVector(const SearchableArticle &article)
{
    struct Entry
    {
        std::string token;
        int position;
        char weight; // 'A', 'B', 'C', or 0 for the body (D, PostgreSQL's default)
    };
    std::vector<Entry> entries;
    int position = 0;
    for (const auto &part : {std::pair{&article.title, 'A'}, std::pair{&article.places, 'B'},
                             std::pair{&article.scope, 'C'}, std::pair{&article.body, char(0)}}) {
        position += PartGap;
        if (part.second == 'C') { // the scope's terms as they are, marked so that nothing typed reaches them
            for (const QString &term : part.first->split(u' ', Qt::SkipEmptyParts))
                entries.push_back({'#' + term.toStdString(), std::min(++position, MaxPosition), 'C'});
            continue;
        }
        const QByteArray utf8 = part.first->toUtf8();
        forEachIndexToken(utf8.constData(), int(utf8.size()), TokenReading::Document,
                          [&](const char *t, int n, int, int, bool colocated) {
                              if (!colocated)
                                  ++position;
                              entries.push_back({std::string(t, size_t(n)), std::min(position, MaxPosition), part.second});
                              return true;
                          });
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &x, const Entry &y) { return x.token < y.token; });
    QByteArray out;
    out.reserve(qsizetype(entries.size()) * 10);
    for (size_t i = 0; i < entries.size(); ++i) {
        const Entry &e = entries[i];
        const bool first = i == 0 || entries[i - 1].token != e.token;
        if (first) {
            if (i > 0)
                out += ' ';
            out += '\'';
            for (const char c : e.token) {
                if (c == '\'' || c == '\\')
                    out += c; // doubled: '' and \\ stand for themselves
                out += c;
            }
            out += "':";
        } else if (entries[i - 1].position == e.position && entries[i - 1].weight == e.weight) {
            continue; // the same place twice (tokens beyond the last position)
        } else {
            out += ',';
        }
        out += QByteArray::number(e.position);
        if (e.weight)
            out += e.weight;
    }
    return QString::fromUtf8(out);
}

QString searchTsQuery(const SearchQuery &query, const QStringList &scope, const QStringList &scopeAnyOf)
{
    QStringList parts;
    for (const QString &term : query.included)
        if (const QString q = termQuery(term); !q.isEmpty())
            parts.append(q);
    if (parts.isEmpty())
        return {};
    if (const QString excluded = anyOf(query.excluded); !excluded.isEmpty())
        parts.append(u'!' + excluded);
    for (const QString &s : scope)
        parts.append(quoted(u'#' + s));
    QStringList any;
    for (const QString &s : scopeAnyOf)
        any.append(quoted(u'#' + s));
    if (!any.isEmpty())
        parts.append(u'(' + any.join(u" | "_s) + u')');
    return parts.join(u" & "_s);
}

QString exclusionTsQuery(const SearchQuery &query)
{
    return anyOf(query.excluded);
}

QString titleTsQuery(const SearchQuery &query)
{
    return anyOf(query.included);
}

QString titleVector(const QString &title)
{
    return searchVector({title, {}, {}, {}});
}

} // namespace fangzhi::store::postgres
