#include "gazetteer.h"

#include "place_names.h"

#include <QFile>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::geo {
namespace {

// Calls row(fields) for every line of a tab-separated file that is not a comment.
template<typename Row>
bool readTsv(const QString &path, QString *error, Row row)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    qsizetype start = 0;
    QList<QByteArrayView> fields;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        const QByteArrayView line(data.constData() + start, end - start);
        start = end + 1;
        if (line.isEmpty() || line.front() == '#')
            continue;
        fields.clear();
        qsizetype from = 0;
        for (qsizetype tab; (tab = line.indexOf('\t', from)) >= 0; from = tab + 1)
            fields.append(line.sliced(from, tab - from));
        fields.append(line.sliced(from));
        row(fields);
    }
    return true;
}

int toInt(QByteArrayView v)
{
    int n = 0;
    for (const char c : v)
        n = n * 10 + (c - '0');
    return n;
}

const Division &nation()
{
    static const Division d{NationCode, NationCode, Level::Nation, u"全国"_s, u"quán guó"_s,
                            u"全国"_s, associationName({}, Level::Nation), 0, 0, {}};
    return d;
}

} // namespace

const Gazetteer &Gazetteer::bundled()
{
    static const Gazetteer g = load(u":/gazetteer"_s);
    return g;
}

Gazetteer Gazetteer::load(const QString &dir)
{
    Gazetteer g;
    bool ok = readTsv(dir + u"/divisions.tsv"_s, &g.m_error, [&](const QList<QByteArrayView> &f) {
        if (f.size() < 5)
            return;
        Division d;
        d.code = toInt(f[0]);
        d.parent = toInt(f[1]);
        d.level = Level(toInt(f[2]));
        d.name = QString::fromUtf8(f[3]);
        d.pinyin = QString::fromUtf8(f[4]);
        d.shortName = commonShortName(d.name, d.level);
        d.association = associationName(d.name, d.level);
        g.m_index.insert(d.code, g.m_divisions.size());
        g.m_children[d.parent].append(d.code);
        g.m_divisions.append(std::move(d));
    });
    ok = ok && readTsv(dir + u"/townships.tsv"_s, &g.m_error, [&](const QList<QByteArrayView> &f) {
        if (f.size() >= 2)
            g.m_townships.append({QString::fromUtf8(f[1]), toInt(f[0])});
    });
    // Each code's eras, and a division for every code no longer in use, from its last era.
    QHash<int, Division> retired;
    ok = ok && readTsv(dir + u"/history.tsv"_s, &g.m_error, [&](const QList<QByteArrayView> &f) {
        if (f.size() < 8)
            return;
        NameEra e{QString::fromUtf8(f[3]), toInt(f[0]), Level(toInt(f[2])), toInt(f[4]), toInt(f[5]), {}};
        for (const QByteArray &s : f[6].toByteArray().split(';'))
            if (!s.isEmpty())
                e.successors.append(toInt(s));
        if (!g.m_index.contains(e.code) && !e.inUse()) {
            Division &d = retired[e.code];
            if (e.from >= d.from) // its last name; short forms once all are read
                d = Division{e.code, toInt(f[1]), e.level, e.name, QString::fromUtf8(f[7]),
                             {}, {}, e.from, e.until, e.successors};
        }
        g.m_eras.append(std::move(e));
    });
    ok = ok && readTsv(dir + u"/abbreviations.tsv"_s, &g.m_error, [&](const QList<QByteArrayView> &f) {
        if (f.size() >= 2)
            g.m_abbreviations.append({QString::fromUtf8(f[0]), toInt(f[1])});
    });
    ok = ok && readTsv(dir + u"/everyday_words.tsv"_s, &g.m_error, [&](const QList<QByteArrayView> &f) {
        g.m_everydayWords.append(QString::fromUtf8(f[0]));
    });
    for (const NameEra &e : std::as_const(g.m_eras)) {
        const auto it = g.m_index.constFind(e.code);
        if (it != g.m_index.cend() && e.inUse() && e.name == g.m_divisions[*it].name)
            g.m_divisions[*it].from = e.from;
    }
    if (!retired.isEmpty()) {
        for (Division &d : retired) {
            d.shortName = commonShortName(d.name, d.level);
            d.association = associationName(d.name, d.level);
            g.m_divisions.append(std::move(d));
        }
        std::sort(g.m_divisions.begin(), g.m_divisions.end(),
                  [](const Division &a, const Division &b) { return a.code < b.code; });
        g.m_index.clear();
        g.m_children.clear();
        for (qsizetype i = 0; i < g.m_divisions.size(); ++i) {
            g.m_index.insert(g.m_divisions[i].code, i);
            g.m_children[g.m_divisions[i].parent].append(g.m_divisions[i].code);
        }
    }
    if (!ok)
        g.m_divisions.clear();
    return g;
}

const Division *Gazetteer::find(int code) const
{
    if (code == NationCode)
        return &nation();
    const auto it = m_index.constFind(code);
    return it == m_index.cend() ? nullptr : &m_divisions[*it];
}

QString Gazetteer::associationLabel(int code) const
{
    const Division *d = find(code);
    if (!d)
        return {};
    const Division *parent = d->level == Level::Province ? nullptr : find(d->parent);
    return parent ? d->association + u" ("_s + parent->name + u')' : d->association;
}

QString Gazetteer::nameIn(int code, int year) const
{
    // history.tsv comes ordered by code.
    auto e = std::lower_bound(m_eras.cbegin(), m_eras.cend(), code,
                              [](const NameEra &era, int c) { return era.code < c; });
    for (; e != m_eras.cend() && e->code == code; ++e)
        if (e->validIn(year))
            return e->name;
    const Division *d = find(code);
    return d ? d->name : QString();
}

QList<int> Gazetteer::pathCodes(int code) const
{
    QList<int> path;
    for (const Division *d = find(code); d && d->level != Level::Nation; d = find(d->parent))
        path.prepend(d->code);
    return path;
}

QStringList Gazetteer::pathNames(int code) const
{
    if (code == NationCode)
        return {nation().name};
    QStringList names;
    for (const int c : pathCodes(code))
        names.append(find(c)->name);
    return names;
}

int Gazetteer::ancestorAt(int code, Level level) const
{
    for (const Division *d = find(code); d; d = d->level == Level::Nation ? nullptr : find(d->parent))
        if (d->level == level)
            return d->code;
    return 0;
}

bool Gazetteer::contains(int ancestor, int code) const
{
    if (ancestor == NationCode)
        return true;
    for (const Division *d = find(code); d && d->level != Level::Nation; d = find(d->parent))
        if (d->code == ancestor)
            return true;
    return false;
}

} // namespace fangzhi::geo
