// Tests generated from the gazetteer itself, over the whole country and every year since 1981:
// every current county-level division in each form it takes, every name retired since 1981 at
// a date inside its years, and the same names without a home province. Prints each figure and
// the first misses.
#include "geo/place_names.h"
#include "geo/resolver.h"

#include <QFile>
#include <QHash>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fangzhi::geo;

namespace {

const Resolver &resolver()
{
    return Resolver::bundled();
}

int subjectOf(const QString &text, int home, QDate date = {})
{
    ResolveContext context;
    context.homeProvince = home;
    context.date = date;
    return resolver().subject(resolver().mentions(text, context), text);
}

struct Tally
{
    int total = 0, right = 0, wrong = 0;
    QStringList misses;

    void add(int got, int expected, const QString &text)
    {
        ++total;
        if (got == expected)
            ++right;
        else if (got >= 0)
            ++wrong;
        if (got != expected && misses.size() < 25)
            misses << u"%1 -> %2 (expected %3)"_s.arg(text, codeText(got), codeText(expected));
    }
    [[nodiscard]] double percent() const { return total ? 100.0 * right / total : 100.0; }
    void print(const char *what) const
    {
        qInfo("%s: %d/%d right (%.2f%%), %d wrong", what, right, total, percent(), wrong);
        for (const QString &m : misses)
            qInfo("  %s", qPrintable(m));
    }
};

} // namespace

class TestPlacesNationwide : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyCountyInEachOfItsForms();
    void everyRetiredNameAtItsDate();
    void ordinarySentencesNameNoPlace();
};

void TestPlacesNationwide::everyCountyInEachOfItsForms()
{
    const Gazetteer &g = resolver().gazetteer();
    // A bare form another current division of the province also takes (承德 for 承德市 and 承德县,
    // 桥西 for two districts) is ambiguous by nature: counted aside, never a wrong place.
    QHash<std::pair<int, QString>, int> formsInProvince;
    for (const Division &d : g.divisions()) {
        if (!d.inUse())
            continue;
        const int province = g.ancestorAt(d.code, Level::Province);
        const NameForms forms = nameForms(d.name, d.level);
        for (const QString &form :
             QStringList{d.name} + forms.suffixed + forms.bare + forms.wordLike)
            ++formsInProvince[{province, form}];
    }
    Tally full, suffixed, bare, sharedBare;
    for (const Division &d : g.divisions()) {
        if (!d.inUse() || d.level != Level::County)
            continue;
        const int home = g.ancestorAt(d.code, Level::Province);
        // The full name where places stand in a lead, and before its association.
        for (const QString &text : {u"近日,%1举办科技活动周启动仪式"_s, u"%1科协召开全委会议"_s})
            full.add(subjectOf(text.arg(d.name), home), d.code, text.arg(d.name));
        const NameForms forms = nameForms(d.name, d.level);
        for (const QString &s : forms.suffixed + ruleMadeShortForms(d.name)) {
            const QString text = u"%1科协组织开展全国科普日活动"_s.arg(s);
            suffixed.add(subjectOf(text, home), d.code, text);
        }
        // The bare name before what only places have, and after a verb of going.
        for (const QString &b : forms.bare) {
            Tally &tally = formsInProvince.value({home, b}) > 1 ? sharedBare : bare;
            for (const QString &text :
                 {u"%1科协组织开展全国科普日活动"_s, u"省里的专家走进%1,开展科技服务"_s})
                tally.add(subjectOf(text.arg(b), home), d.code, text.arg(b));
        }
    }
    full.print("full names");
    suffixed.print("short names with their level word");
    bare.print("bare names");
    sharedBare.print("bare names another division of the province shares");
    QVERIFY(full.total > 5000);
    QVERIFY(bare.total > 3000);
    QVERIFY(full.percent() >= 99.0);
    QVERIFY(suffixed.percent() >= 99.0);
    QVERIFY(bare.percent() >= 99.0);
}

void TestPlacesNationwide::everyRetiredNameAtItsDate()
{
    const Gazetteer &g = resolver().gazetteer();
    Tally withHome, withoutHome;
    for (const NameEra &e : g.eras()) {
        if (e.inUse())
            continue;
        const QDate date((e.from + e.until - 1) / 2, 7, 1); // inside its years
        const int home = g.ancestorAt(e.code, Level::Province);
        const QString text = u"%1科协召开第三次代表大会"_s.arg(e.name);
        withHome.add(subjectOf(text, home, date), e.code, text + u" (%1)"_s.arg(date.year()));
        withoutHome.add(subjectOf(text, 0, date), e.code, text + u" (%1)"_s.arg(date.year()));
    }
    withHome.print("retired names, dated, with their province");
    withoutHome.print("retired names, dated, no province");
    QVERIFY(withHome.total > 3000);
    QVERIFY(withHome.percent() >= 95.0);
    QCOMPARE(withoutHome.wrong, 0); // ambiguous is allowed, a wrong place is not
}

// Sentences of our own around everyday words that hold a division's name (资源, 示范县, 理事长沙龙,
// 大同小异), read with no home province and with the home province of every division they could
// name: the hardest case for each.
void TestPlacesNationwide::ordinarySentencesNameNoPlace()
{
    QFile file(QStringLiteral(FANGZHI_FIXTURES_DIR) + u"/places/ordinary_sentences.list"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Gazetteer &g = resolver().gazetteer();
    int sentences = 0, clean = 0;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        ++sentences;
        QList<int> homes{0};
        for (const Mention &m : resolver().mentions(line, {}))
            for (const int c : m.candidates)
                if (c != NationCode && !homes.contains(g.ancestorAt(c, Level::Province)))
                    homes.append(g.ancestorAt(c, Level::Province));
        QStringList found;
        for (const int home : std::as_const(homes)) {
            ResolveContext context;
            context.homeProvince = home;
            for (const Mention &m : resolver().mentions(line, context))
                if (m.resolved() && m.kind != NameKind::LevelReference &&
                    m.kind != NameKind::LevelAssociation)
                    found << line.mid(m.start, m.length) + u" -> "_s + codeText(m.code);
        }
        if (found.isEmpty())
            ++clean;
        else
            qInfo("place found in \"%s\": %s", qPrintable(line), qPrintable(found.join(u", "_s)));
    }
    qInfo("ordinary sentences without a place: %d/%d (%.1f%%)", clean, sentences,
          100.0 * clean / sentences);
    QVERIFY(sentences >= 100);
    QVERIFY(100.0 * clean / sentences >= 99.0);
}

QTEST_GUILESS_MAIN(TestPlacesNationwide)
#include "tst_places_nationwide.moc"
