#include "search_vector.h"

#include "store/index_tokens.h"
#include "text/search_tokens.h"

#include <QMap>

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

// One term as tsquery: its pieces ANDed; a run of Chinese is the phrase of its pairs, found in
// title or body; a Latin word also in the places' pinyin. Empty when nothing in it is searchable.
QString termQuery(const QString &term, bool titleOnly = false)
{
    QStringList pieces;
    for (const text::TermPiece &piece : text::termPieces(term)) {
        const QString weights = titleOnly ? u":A"_s : piece.kind == text::TermPiece::Word ? u":ABD"_s : u":AD"_s;
        QStringList phrase;
        for (const QString &token : queryTokens(piece.text))
            phrase.append(quoted(token) + weights);
        if (!phrase.isEmpty())
            pieces.append(phrase.size() == 1 ? phrase.first() : u'(' + phrase.join(u" <-> "_s) + u')');
    }
    return pieces.size() == 1 ? pieces.first() : pieces.isEmpty() ? QString() : u'(' + pieces.join(u" & "_s) + u')';
}

QString anyOf(const QStringList &terms, bool titleOnly = false)
{
    QStringList parts;
    for (const QString &t : terms)
        if (const QString q = termQuery(t, titleOnly); !q.isEmpty())
            parts.append(q);
    return parts.size() == 1 ? parts.first() : parts.isEmpty() ? QString() : u'(' + parts.join(u" | "_s) + u')';
}

} // namespace

QString searchVector(const SearchableArticle &article)
{
    QMap<QString, QStringList> positions; // lexeme -> "12A", "40"
    int position = 0;
    for (const auto &part : {std::pair{article.title, u"A"_s}, std::pair{article.places, u"B"_s},
                             std::pair{article.scope, u"C"_s}, std::pair{article.body, QString()}}) {
        const QString &weight = part.second;
        const QByteArray utf8 = part.first.toUtf8();
        position += PartGap;
        forEachIndexToken(utf8.constData(), int(utf8.size()), TokenReading::Document,
                          [&](const char *t, int n, int, int, bool colocated) {
                              if (!colocated)
                                  ++position;
                              QStringList &at = positions[QString::fromUtf8(t, n)];
                              const QString entry = QString::number(std::min(position, MaxPosition)) + weight;
                              if (at.isEmpty() || at.last() != entry)
                                  at.append(entry);
                              return true;
                          });
    }
    QStringList lexemes;
    lexemes.reserve(positions.size());
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        lexemes.append(quoted(it.key()) + u':' + it.value().join(u','));
    return lexemes.join(u' ');
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
        parts.append(quoted(s) + u":C"_s);
    QStringList any;
    for (const QString &s : scopeAnyOf)
        any.append(quoted(s) + u":C"_s);
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
    return anyOf(query.included, true);
}

} // namespace fangzhi::store::postgres
