#include "page_invariants.h"

#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using fangzhi::parse::Article;
using fangzhi::parse::Page;

namespace fangzhi::test {
namespace {

// The letters and digits of s, sorted: two texts with the same content give the same key.
QString letters(const QString &s)
{
    QString out;
    for (const QChar c : s)
        if (c.isLetterOrNumber())
            out.append(c);
    std::sort(out.begin(), out.end());
    return out;
}

QString articleFieldText(const Article &a)
{
    QString s;
    if (!a.titleShared && !a.titleDerived)
        s += a.kicker + a.title + a.subtitle;
    s += a.byline + a.dateLine + a.placeLine + a.body;
    if (!a.creditShared)
        s += a.credit;
    for (const auto &c : a.captions)
        s += c.text + c.photoCredit;
    return s;
}

QString pageMetadataText(const Page &page)
{
    QString s = page.banners.join(QString()) + page.sponsorHeading + page.sponsors.join(QString()) +
                page.pageLabels.join(QString()) + page.dateLines.join(QString()) +
                page.furniture.join(QString());
    for (const auto &label : page.sections)
        s += label.name + label.pinyin;
    return s;
}

QString blocksText(const Page &page, const QList<int> &blocks)
{
    QString s;
    for (const int b : blocks)
        s += page.blocks[b].text;
    return s;
}

} // namespace

QString checkNoTextLost(const Page &page)
{
    QList<int> owners(page.blocks.size(), 0);
    const auto own = [&](const QList<int> &blocks) {
        for (const int b : blocks)
            if (b >= 0 && b < owners.size())
                ++owners[b];
    };
    own(page.metadataBlocks);
    for (const Article &a : page.articles)
        own(a.blocks);
    for (qsizetype b = 0; b < owners.size(); ++b)
        if (owners[b] != 1)
            return u"block %1 (line %2, \"%3\") has %4 owners"_s.arg(b)
                .arg(page.blocks[b].line)
                .arg(page.blocks[b].text.left(30))
                .arg(owners[b]);

    QString all;
    for (const auto &b : page.blocks)
        all += b.text;
    if (letters(all) != letters(page.text))
        return u"the blocks do not hold all of the page's text"_s;

    if (letters(pageMetadataText(page)) != letters(blocksText(page, page.metadataBlocks)))
        return u"page metadata does not match its blocks"_s;
    for (const Article &a : page.articles)
        if (letters(articleFieldText(a)) != letters(blocksText(page, a.blocks)))
            return u"article \"%1\" does not hold exactly the text of its blocks"_s.arg(
                describe(a));
    return {};
}

QString describe(const Article &a)
{
    QString s = a.kicker.isEmpty() ? a.title : a.kicker + u" / "_s + a.title;
    if (!a.subtitle.isEmpty())
        s += u" ——"_s + a.subtitle;
    if (!a.placeLine.isEmpty())
        s += u" · "_s + a.placeLine;
    return s;
}

} // namespace fangzhi::test
