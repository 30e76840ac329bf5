#include "resolver.h"

#include "text/chars.h"

#include "place_evidence.h"
#include "place_names.h"

#include <QHash>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::geo {
namespace {

bool followedByAssociation(QStringView text, qsizetype end)
{
    const QStringView rest = text.sliced(end);
    return rest.startsWith(u"科协") || rest.startsWith(u"科学技术协会");
}

bool isReference(NameKind kind)
{
    return kind == NameKind::LevelAssociation || kind == NameKind::National ||
           kind == NameKind::LevelReference;
}

// How sure a kind of name is of being that division, best first.
int kindRank(NameKind kind)
{
    switch (kind) {
    case NameKind::Full:
        return 4;
    case NameKind::Suffixed:
        return 3;
    case NameKind::Bare:
        return 2;
    case NameKind::Township:
        return 1;
    default:
        return 0;
    }
}

} // namespace

Resolver::Resolver(const Gazetteer &gazetteer) : m_gazetteer(gazetteer)
{
    // The paper's own province, city, county: 我省, 本市, 全州 (before 全州县's bare name, which
    // needs a place's evidence to win).
    for (const QString &own : {u"我"_s, u"本"_s, u"全"_s})
        for (const QChar level : {u'省', u'市', u'县', u'区', u'州', u'旗', u'盟'})
            addName(own + level, {0, NameKind::LevelReference});
    QSet<QString> realNames;
    const auto addReal = [&](const QString &name, const Candidate &c) {
        realNames.insert(name);
        addName(name, c);
    };
    for (const Division &d : gazetteer.divisions()) {
        if (!d.inUse())
            continue;
        const Candidate era{d.code, NameKind::Full, int16_t(d.from), 0};
        addReal(d.name, era);
        const NameForms forms = nameForms(d.name, d.level);
        for (const QString &s : forms.suffixed + ruleMadeShortForms(d.name))
            addReal(s, {d.code, NameKind::Suffixed, era.from, 0});
        for (const QString &b : forms.bare)
            addReal(b, {d.code, NameKind::Bare, era.from, 0});
        for (const QString &w : forms.wordLike)
            addName(w, {d.code, NameKind::WordLike, era.from, 0});
    }
    for (const auto &[form, code] : gazetteer.abbreviations())
        if (const Division *d = gazetteer.find(code))
            addReal(form, {code, NameKind::Suffixed, int16_t(d->from), int16_t(d->until)});
    // Every other name a code has borne since 1981, in each of its forms.
    for (const NameEra &e : gazetteer.eras()) {
        const Division *d = gazetteer.find(e.code);
        if (e.inUse() && d && d->name == e.name)
            continue;
        const Candidate era{e.code, NameKind::Full, int16_t(e.from), int16_t(e.until)};
        addReal(e.name, era);
        const NameForms forms = nameForms(e.name, e.level);
        for (const QString &s : forms.suffixed)
            addReal(s, {e.code, NameKind::Suffixed, era.from, era.until});
        for (const QString &b : forms.bare)
            addReal(b, {e.code, NameKind::Bare, era.from, era.until});
    }
    for (const QString &word : gazetteer.everydayWords())
        if (!realNames.contains(word))
            addName(word, {0, NameKind::EverydayWord});
    for (const QString &national : {u"中国科协"_s, u"中国科学技术协会"_s})
        addReal(national, {NationCode, NameKind::National});
    for (const QChar level : {u'省', u'市', u'县', u'区', u'州', u'旗', u'盟'})
        for (const QString &suffix : {u"科协"_s, u"科学技术协会"_s, u"老科协"_s})
            addReal(level + suffix, {0, NameKind::LevelAssociation});
    for (const Township &t : gazetteer.townships())
        if (t.name.size() >= 3 && !realNames.contains(t.name))
            addName(t.name, {t.county, NameKind::Township});

    // One misread character in a full or suffixed name of three characters or more.
    for (const Division &d : gazetteer.divisions()) {
        if (!d.inUse())
            continue;
        QStringList names{d.name};
        names += nameForms(d.name, d.level).suffixed;
        for (const QString &name : std::as_const(names)) {
            if (name.size() < 3)
                continue;
            for (qsizetype i = 0; i < name.size(); ++i) {
                for (const auto &[printed, misread] : ocrLookAlikes()) {
                    if (name[i] != printed)
                        continue;
                    QString slip = name;
                    slip[i] = misread;
                    if (!realNames.contains(slip))
                        addName(slip, {d.code, NameKind::OcrSlip});
                }
            }
        }
    }
    m_automaton.build();
}

const Resolver &Resolver::bundled()
{
    static const Resolver r(Gazetteer::bundled());
    return r;
}

void Resolver::addName(const QString &name, const Candidate &candidate)
{
    const int id = m_automaton.add(name);
    if (std::size_t(id) >= m_candidates.size())
        m_candidates.resize(std::size_t(id) + 1);
    QList<Candidate> &list = m_candidates[std::size_t(id)];
    for (const Candidate &c : std::as_const(list))
        if (c.code == candidate.code && c.kind == candidate.kind && c.from == candidate.from)
            return;
    list.append(candidate);
}

// Names that are ordinary words as often as places: a county's bare name (资源, 合作, 新建),
// a two-character full name (兴县 in 惠民兴县), a township, an OCR slip. They need evidence: the
// text or the page naming the same prefecture, the parent right before them, or standing where
// places stand.
bool Resolver::isClue(NameKind kind, int code, qsizetype length) const
{
    if (kind == NameKind::Township || kind == NameKind::OcrSlip || kind == NameKind::WordLike)
        return true;
    const Division *d = m_gazetteer.find(code);
    if (!d || d->level != Level::County)
        return false;
    return kind == NameKind::Bare || (kind == NameKind::Full && length <= 2);
}

int Resolver::groupOf(int code) const
{
    const int prefecture = m_gazetteer.ancestorAt(code, Level::Prefecture);
    return prefecture ? prefecture : m_gazetteer.ancestorAt(code, Level::Province);
}

int Resolver::provinceOf(int code) const
{
    return m_gazetteer.ancestorAt(code, Level::Province);
}

QList<Resolver::Candidate> Resolver::inTime(int nameId, const ResolveContext &context) const
{
    const QList<Candidate> &all = m_candidates[std::size_t(nameId)];
    QList<Candidate> live;
    if (!context.date.isValid()) { // the current meaning; else the latest former one
        bool current = false;
        int latest = 0;
        for (const Candidate &c : all) {
            current = current || c.until == 0;
            latest = std::max(latest, int(c.until));
        }
        for (const Candidate &c : all)
            if (current ? c.until == 0 : c.until == latest)
                live.append(c);
        return live;
    }
    const int year = context.date.year();
    const auto distance = [year](const Candidate &c) {
        return year < c.from ? c.from - year : c.until && year >= c.until ? year - c.until + 1 : 0;
    };
    int nearest = INT_MAX;
    for (const Candidate &c : all)
        nearest = std::min(nearest, distance(c));
    // Out of its years only a name written out in full still means the division: 汉沽区 in
    // 2025 is the former district, 汉沽 is part of other names.
    for (const Candidate &c : all)
        if (distance(c) == nearest &&
            (nearest == 0 || (c.kind != NameKind::Bare && c.kind != NameKind::WordLike)))
            live.append(c);
    return live;
}

// A name that is only a clue stands on its own where it stands as places do, with nothing
// around it saying it is a word, in the paper's province (or, without one, unique in the
// country): a two-character county opening a clause ("赵县科技活动周启动"), a bare county name
// before what only places have ("望谟科协"), a township of the home province ("到宋埠镇调研").
bool Resolver::standsAlone(const Candidate &c, const Mention &m, QStringView text,
                           const ResolveContext &context, bool uniqueInCountry) const
{
    const qsizetype end = m.start + m.length;
    const bool inHome = context.homeProvince && provinceOf(c.code) == context.homeProvince;
    switch (c.kind) {
    case NameKind::Township:
        return inHome;
    case NameKind::Full: { // outside the home province, not a name many places had (矿区, 城区)
        const bool generic = isCommonWord(text.sliced(m.start, m.length).toString());
        return (inHome || (uniqueInCountry && !generic)) && standsAsAPlace(text, m.start, end);
    }
    case NameKind::Bare:
        if (followedByPlaceWord(text, end))
            return inHome || uniqueInCountry;
        return inHome && precededByPlaceVerb(text, m.start) && !crossedByAWord(text, m.start, end);
    default:
        return false;
    }
}

QList<Mention> Resolver::mentions(QStringView text, const ResolveContext &context) const
{
    QList<Mention> out;
    for (const auto &m : m_automaton.findLongest(text)) {
        const qsizetype end = m.start + m.length;
        const QList<Candidate> &all = m_candidates[std::size_t(m.name)];
        NameKind kind = all.first().kind;
        if (kind == NameKind::EverydayWord)
            continue;
        // 全州 is the whole prefecture unless it stands as 全州县 does, in 广西.
        if (kind == NameKind::LevelReference && all.size() > 1 &&
            followedByPlaceWord(text, end) && context.homeProvince == provinceOf(all[1].code))
            kind = NameKind::Bare;
        if (!isReference(kind) && followedByStreetWord(text, end))
            continue;
        // A short name inside an ordinary word or a person's name is no place: 示范县, 理事长沙龙,
        // 副市长吴桂林.
        if (!isReference(kind) && m.length <= 2 &&
            (crossedByAWord(text, m.start, end) || isAGivenName(text, m.start, end)))
            continue;
        Mention mention;
        mention.start = m.start;
        mention.length = m.length;
        mention.kind = kind;
        mention.nameId = m.name;
        mention.media = !isReference(kind) && followedByMediaWord(text, end);
        mention.association = kind == NameKind::LevelAssociation || kind == NameKind::National ||
                              (!isReference(kind) && followedByAssociation(text, end));
        // 全省科协系统, 全市科协: every association of the level, not one of them.
        if (kind == NameKind::LevelAssociation && m.start > 0 && text[m.start - 1] == u'全')
            mention.association = false;
        // 省老科协: the province's retired scientists, filed under it but not its association.
        if (kind == NameKind::LevelAssociation && text[m.start + 1] == u'老')
            mention.association = false;
        for (const Candidate &c : all)
            if (c.kind != NameKind::LevelReference && !mention.candidates.contains(c.code))
                mention.candidates.append(c.code);
        if (isReference(kind)) {
            if (kind == NameKind::National)
                mention.code = NationCode;
            out.append(mention);
            continue;
        }
        // The meaning the name had then; a clue only where it stands as places do.
        QList<Candidate> live = inTime(m.name, context);
        if (kind == NameKind::Township && context.homeProvince) {
            QList<Candidate> home;
            for (const Candidate &c : std::as_const(live))
                if (provinceOf(c.code) == context.homeProvince)
                    home.append(c);
            if (!home.isEmpty())
                live = home;
        }
        const Candidate *best = nullptr;
        bool oneCode = true;
        for (const Candidate &c : std::as_const(live)) {
            if (c.kind == NameKind::LevelReference)
                continue;
            if (best && best->code != c.code)
                oneCode = false;
            if (!best || kindRank(c.kind) > kindRank(best->kind))
                best = &c;
        }
        if (best && oneCode) {
            mention.kind = best->kind;
            mention.former = best->until != 0;
            if (!isClue(best->kind, best->code, m.length) ||
                standsAlone(*best, mention, text, context, /*uniqueInCountry=*/true))
                mention.code = best->code;
        }
        out.append(mention);
    }
    resolveAmbiguous(out, text, context);
    resolveLevelReferences(out, text, context);
    return out;
}


} // namespace fangzhi::geo

namespace fangzhi::geo {

int Resolver::paperPlace(QStringView newspaper, int homeProvince) const
{
    ResolveContext context;
    context.homeProvince = homeProvince;
    const QList<Mention> named = mentions(newspaper, context);
    for (const Mention &m : named)
        if (m.resolved() && m.code != NationCode && !isReference(m.kind))
            return m.code;
    // A paper is named after its place: its name needs no more evidence than being the home
    // province's only one (黄海晨刊 (日照)), or the country's.
    for (const Mention &m : named) {
        QList<int> codes;
        for (const Candidate &c : m_candidates[std::size_t(m.nameId)])
            if (!isReference(c.kind) && (!homeProvince || provinceOf(c.code) == homeProvince) &&
                !codes.contains(c.code))
                codes.append(c.code);
        if (codes.size() == 1)
            return codes.first();
    }
    return 0;
}

} // namespace fangzhi::geo
