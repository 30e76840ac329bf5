#include "article_span.h"

#include <QList>

namespace fangzhi::text {
namespace {

// The page's text without spaces and line breaks, and where each of its characters stood.
struct Squeezed
{
    QString text;
    QList<qsizetype> at;

    explicit Squeezed(const QString &page)
    {
        text.reserve(page.size());
        at.reserve(page.size());
        for (qsizetype i = 0; i < page.size(); ++i)
            if (!page[i].isSpace()) {
                text.append(page[i]);
                at.append(i);
            }
    }
};

QString squeezed(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s)
        if (!c.isSpace())
            out.append(c);
    return out;
}

constexpr qsizetype Anchor = 12; // characters of the body's opening and close compared

} // namespace

TextSpan spanOfArticle(const QString &pageText, const QString &title, bool titlePrinted, const QString &body,
                       const QString &credit)
{
    const Squeezed page(pageText);
    const QString words = squeezed(body);
    if (words.isEmpty() || page.text.isEmpty())
        return {};
    const qsizetype anchor = std::min(Anchor, words.size());
    const qsizetype opening = page.text.indexOf(QStringView(words).left(anchor));
    if (opening < 0)
        return {};
    qsizetype close = page.text.indexOf(QStringView(words).right(anchor), opening);
    close = close < 0 ? opening + anchor : close + anchor;
    // The credit printed right after the text belongs to the article: "（新津区科协）".
    if (const QString signedBy = squeezed(credit); !signedBy.isEmpty())
        if (const qsizetype at = page.text.indexOf(signedBy, close); at >= 0 && at - close <= 2)
            close = std::min(page.text.size(), at + signedBy.size() + (at > close ? 1 : 0));
    qsizetype start = opening;
    // The headline printed just above the body (within a few lines: a byline, a date line).
    if (const QString headline = squeezed(title); titlePrinted && !headline.isEmpty()) {
        const qsizetype above = page.text.lastIndexOf(headline, opening);
        if (above >= 0 && opening - above <= headline.size() + 120)
            start = above;
    }
    return {page.at[start], page.at[close - 1] + 1};
}

} // namespace fangzhi::text
