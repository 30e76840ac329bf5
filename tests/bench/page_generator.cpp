#include "page_generator.h"

#include "geo/resolver.h"
#include "parse/page_file.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::bench {

PageGenerator::PageGenerator(const QString &seedsDir, quint32 randomSeed) : m_state(randomSeed)
{
    const QStringList files = QDir(seedsDir).entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    const auto &g = geo::Gazetteer::bundled();
    for (const geo::Division &d : g.divisions())
        (d.level == geo::Level::Prefecture ? m_prefectures : d.level == geo::Level::County ? m_counties : m_provinces)
            .append(d.code);
    for (const QString &name : files) {
        const auto result = parse::readPageFile(QDir(seedsDir).filePath(name));
        if (!result.ok())
            continue;
        const parse::Page &page = *result.page;
        for (const auto &s : page.sections)
            m_sections.append(s.name + u" | "_s + s.pinyin);
        if (m_sponsorBox.isEmpty() && !page.sponsors.isEmpty())
            m_sponsorBox = page.sponsorHeading + u"\n\n"_s + page.sponsors.join(u"\n"_s);
        for (const parse::Article &a : page.articles) {
            QStringList lines;
            for (const int b : a.blocks)
                lines.append(page.blocks[b].text);
            // A roundup's later reports travel with its first one, so the headline stays on top.
            if (a.titleShared && !m_units.isEmpty()) {
                m_units.last().text += u"\n\n"_s + lines.join(u"\n\n"_s);
                ++m_units.last().articles;
            } else {
                m_units.append({lines.join(u"\n\n"_s), 1, {}});
            }
        }
    }
    geo::ResolveContext sichuan;
    sichuan.homeProvince = 510000;
    for (Unit &u : m_units)
        for (const geo::Mention &m : geo::Resolver::bundled().mentions(u.text, sichuan))
            if (m.resolved() && m.code != geo::NationCode && m.kind != geo::NameKind::LevelAssociation &&
                m.kind != geo::NameKind::OcrSlip)
                u.places.append({m.start, m.length, m.code});
}

QString PageGenerator::moved(const Unit &unit)
{
    const auto &g = geo::Gazetteer::bundled();
    if (unit.places.isEmpty())
        return unit.text;
    const int target = m_prefectures[random() % m_prefectures.size()];
    const QList<int> targetCounties = g.childrenOf(target);
    QHash<int, int> map;
    const auto pick = [&](int code) {
        if (map.contains(code))
            return map[code];
        const geo::Division *d = g.find(code);
        int to = code;
        if (d->level == geo::Level::Province)
            to = g.ancestorAt(target, geo::Level::Province);
        else if (d->level == geo::Level::Prefecture)
            to = map.isEmpty() || !map.values().contains(target) ? target : m_prefectures[random() % m_prefectures.size()];
        else
            to = !targetCounties.isEmpty() ? targetCounties[random() % targetCounties.size()]
                                           : m_counties[random() % m_counties.size()];
        map.insert(code, to);
        return to;
    };
    QString text = unit.text;
    for (qsizetype i = unit.places.size() - 1; i >= 0; --i) {
        const Place &p = unit.places[i];
        const geo::Division *from = g.find(p.code);
        const geo::Division *to = g.find(pick(p.code));
        const QString written = text.mid(p.start, p.length);
        text.replace(p.start, p.length, written == from->name ? to->name : to->shortName);
    }
    return text;
}

quint32 PageGenerator::random()
{
    // xorshift32: small, fast and the same on every machine.
    m_state ^= m_state << 13;
    m_state ^= m_state >> 17;
    m_state ^= m_state << 5;
    return m_state;
}

GeneratedPage PageGenerator::next(bool movePlaces)
{
    GeneratedPage page;
    QString text = u"学党史 悟思想 办实事 开新局\n\n"_s;
    if (!m_sections.isEmpty())
        text += m_sections[random() % m_sections.size()] + u"\n\n"_s;
    // The seeds hold 3,400 to 5,900 characters (10 to 17 KB); a unit is added while the page is
    // short of its target, so the pages come out the seeds' size on average.
    const qsizetype target = 2500 + random() % 3000;
    while (text.size() < target) {
        const Unit &unit = m_units[random() % m_units.size()];
        QString body = movePlaces ? moved(unit) : unit.text;
        for (QChar &c : body) // change the numbers so that no two pages are alike
            if (c >= u'0' && c <= u'9')
                c = QChar(u'0' + char16_t(random() % 10));
        text += body + u"\n\n"_s;
        page.articles += unit.articles;
    }
    text += m_sponsorBox + u'\n';
    page.bytes = text.toUtf8();
    return page;
}

} // namespace fangzhi::bench
