#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace fangzhi::bench {

struct GeneratedPage
{
    QByteArray bytes; // UTF-8
    int articles = 0; // how many articles the page was built from
};

// Builds seed-sized pages from the structure of the sample pages: banner and section label,
// articles and whole roundups drawn from the seeds in random order with their numbers changed,
// and a sponsor box. With places moved, every article group's places are swapped for divisions
// drawn from the whole gazetteer (a prefecture and its own counties), so an archive of such
// pages covers all of China. Deterministic for a given random seed.
class PageGenerator
{
public:
    explicit PageGenerator(const QString &seedsDir, quint32 randomSeed = 2026);

    [[nodiscard]] GeneratedPage next(bool movePlaces = false);
    [[nodiscard]] qsizetype unitCount() const { return m_units.size(); }

private:
    struct Place
    {
        qsizetype start, length;
        int code;
    };
    struct Unit
    {
        QString text; // the unit's lines as printed, paragraphs separated by blank lines
        int articles = 0;
        QList<Place> places; // resolved names in the text, for moving them elsewhere
    };
    [[nodiscard]] QString moved(const Unit &unit);
    QList<Unit> m_units;
    QList<int> m_provinces, m_prefectures, m_counties;
    QStringList m_sections;
    QString m_sponsorBox;
    quint32 m_state;

    quint32 random();
};

} // namespace fangzhi::bench
