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
// and a sponsor box. Deterministic for a given random seed.
class PageGenerator
{
public:
    explicit PageGenerator(const QString &seedsDir, quint32 randomSeed = 2026);

    [[nodiscard]] GeneratedPage next();
    [[nodiscard]] qsizetype unitCount() const { return m_units.size(); }

private:
    struct Unit
    {
        QString text; // the unit's lines as printed, paragraphs separated by blank lines
        int articles = 0;
    };
    QList<Unit> m_units;
    QStringList m_sections;
    QString m_sponsorBox;
    quint32 m_state;

    quint32 random();
};

} // namespace fangzhi::bench
