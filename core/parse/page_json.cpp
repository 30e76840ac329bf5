#include "page_json.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::parse {
namespace {

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QJsonObject articleToJson(const Article &a)
{
    QJsonArray captions;
    for (const Caption &c : a.captions)
        captions.append(
            QJsonObject{{u"text"_s, c.text}, {u"photoCredit"_s, stringOrNull(c.photoCredit)}});
    return QJsonObject{
        {u"title"_s, a.title},
        {u"titleDerived"_s, a.titleDerived},
        {u"confidence"_s, a.confidence},
        {u"byline"_s, stringOrNull(a.byline)},
        {u"dateLine"_s, stringOrNull(a.dateLine)},
        {u"date"_s, a.date.isValid() ? QJsonValue(a.date.toString(Qt::ISODate)) : QJsonValue()},
        {u"kicker"_s, stringOrNull(a.kicker)},
        {u"subtitle"_s, stringOrNull(a.subtitle)},
        {u"placeLine"_s, stringOrNull(a.placeLine)},
        {u"lead"_s, stringOrNull(a.lead)},
        {u"section"_s, stringOrNull(a.section)},
        {u"body"_s, a.body},
        {u"paragraphs"_s, QJsonArray::fromStringList(a.paragraphs)},
        {u"subheadings"_s, QJsonArray::fromStringList(a.subheadings)},
        {u"captions"_s, captions},
        {u"credit"_s, stringOrNull(a.credit)},
        {u"region"_s, a.regionCode.isEmpty()
                          ? QJsonValue(QJsonValue::Null)
                          : QJsonObject{{u"code"_s, a.regionCode},
                                        {u"path"_s, QJsonArray::fromStringList(a.regionPath)}}},
        {u"association"_s, stringOrNull(a.association)},
        {u"mentions"_s, QJsonArray::fromStringList(a.mentions)},
    };
}

QJsonObject pageToJson(const Page &page)
{
    QJsonArray articles;
    for (const Article &a : page.articles)
        articles.append(articleToJson(a));
    QJsonArray sections;
    for (const SectionLabel &s : page.sections)
        sections.append(QJsonObject{{u"name"_s, s.name}, {u"pinyin"_s, s.pinyin}});
    return QJsonObject{
        {u"file"_s, page.file},
        {u"encoding"_s, page.encoding},
        {u"section"_s, stringOrNull(page.section())},
        {u"sections"_s, sections},
        {u"banners"_s, QJsonArray::fromStringList(page.banners)},
        {u"sponsorHeading"_s, stringOrNull(page.sponsorHeading)},
        {u"sponsors"_s, QJsonArray::fromStringList(page.sponsors)},
        {u"pageLabels"_s, QJsonArray::fromStringList(page.pageLabels)},
        {u"dateLines"_s, QJsonArray::fromStringList(page.dateLines)},
        {u"furniture"_s, QJsonArray::fromStringList(page.furniture)},
        {u"date"_s,
         page.date.isValid() ? QJsonValue(page.date.toString(Qt::ISODate)) : QJsonValue()},
        {u"dateClues"_s, QJsonArray::fromStringList(page.dateClues)},
        {u"homeProvince"_s, stringOrNull(page.homeProvince)},
        {u"homeProvinceInferred"_s, page.homeProvinceInferred},
        {u"articles"_s, articles},
    };
}

} // namespace fangzhi::parse
