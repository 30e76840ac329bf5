#include "gazetteer.h"

#include "place_names.h"

#include <QFile>

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
                            u"全国"_s, associationName({}, Level::Nation)};
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
    ok = ok && readTsv(dir + u"/old_names.tsv"_s, &g.m_error, [&](const QList<QByteArrayView> &f) {
        if (f.size() >= 5)
            g.m_oldNames.append({QString::fromUtf8(f[0]), toInt(f[1]), toInt(f[2]), toInt(f[3]), toInt(f[4])});
    });
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
