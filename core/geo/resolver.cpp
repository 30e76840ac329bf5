#include "resolver.h"

#include "text/chars.h"

#include "place_names.h"

#include <QHash>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::geo {
namespace {

// A name followed by one of these is a street or road named after a place: 北海市重庆路.
bool followedByStreetWord(QStringView text, qsizetype end)
{
    const QStringView rest = text.sliced(end);
    for (const auto w : {u"路", u"街", u"巷", u"弄", u"大道", u"胡同", u"大街"})
        if (rest.startsWith(QStringView(w)))
            return true;
    return false;
}

bool followedByAssociation(QStringView text, qsizetype end)
{
    const QStringView rest = text.sliced(end);
    return rest.startsWith(u"科协") || rest.startsWith(u"科学技术协会");
}

// Words that follow a place's name and nothing else: "赵县县委", "望谟科协", "滑县人民政府".
bool followedByPlaceWord(QStringView text, qsizetype end)
{
    const QStringView rest = text.sliced(end);
    for (const auto w :
         {u"科协", u"科学技术协会", u"县委", u"县政府", u"人民政府", u"政府", u"委员会"})
        if (rest.startsWith(QStringView(w)))
            return true;
    return false;
}

// A name opening a clause (the text, or after punctuation or a space) or after 在, 到, 赴, 来自,
// 走进 stands where places stand; inside a word ("示范县", "惠民兴县") it does not.
bool standsAsAPlace(QStringView text, qsizetype start, qsizetype end)
{
    if (followedByPlaceWord(text, end))
        return true;
    if (start == 0)
        return true;
    const QChar before = text[start - 1];
    if (!fangzhi::text::isHan(before) && !before.isLetterOrNumber())
        return true;
    const QStringView head = text.first(start);
    for (const auto w : {u"在", u"到", u"赴", u"来自", u"走进", u"位于"})
        if (head.endsWith(QStringView(w)))
            return true;
    return false;
}

int kindBonus(NameKind kind, Level level)
{
    switch (kind) {
    case NameKind::Full:
        return 3;
    case NameKind::Suffixed:
    case NameKind::OldName:
        return 2;
    case NameKind::Bare:
        return 2 - int(level) +
               1; // a bare name most often means the larger division: 西安 is 西安市
    default:
        return 0;
    }
}

} // namespace

Resolver::Resolver(const Gazetteer &gazetteer) : m_gazetteer(gazetteer)
{
    QSet<QString> realNames;
    const auto addReal = [&](const QString &name, const Candidate &c) {
        realNames.insert(name);
        addName(name, c);
    };
    for (const Division &d : gazetteer.divisions()) {
        addReal(d.name, {d.code, NameKind::Full});
        const NameForms forms = nameForms(d.name, d.level);
        for (const QString &s : forms.suffixed)
            addReal(s, {d.code, NameKind::Suffixed});
        for (const QString &b : forms.bare)
            addReal(b, {d.code, NameKind::Bare});
    }
    for (const OldName &o : gazetteer.oldNames())
        addReal(o.name, {o.currentCode, NameKind::OldName});
    for (const QString &national : {u"中国科协"_s, u"中国科学技术协会"_s})
        addReal(national, {NationCode, NameKind::National});
    for (const QChar level : {u'省', u'市', u'县', u'区', u'州'})
        for (const QString &suffix : {u"科协"_s, u"科学技术协会"_s})
            addReal(level + suffix, {0, NameKind::LevelAssociation});
    for (const Township &t : gazetteer.townships())
        if (t.name.size() >= 3 && !realNames.contains(t.name))
            addName(t.name, {t.county, NameKind::Township});

    // One misread character in a full or suffixed name of three characters or more.
    for (const Division &d : gazetteer.divisions()) {
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
        if (c.code == candidate.code && c.kind == candidate.kind)
            return;
    list.append(candidate);
}

// Names that are ordinary words as often as places: a county's bare name (资源, 合作, 新建),
// a two-character full name (兴县 in 惠民兴县), a township, an OCR slip. They count only where
// the text or the page names the same prefecture, or the parent stands right before them.
bool Resolver::isClue(NameKind kind, int code, qsizetype length) const
{
    if (kind == NameKind::Township || kind == NameKind::OcrSlip)
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

QList<Mention> Resolver::mentions(QStringView text, const ResolveContext &context) const
{
    QList<Mention> out;
    for (const auto &m : m_automaton.findLongest(text)) {
        const qsizetype end = m.start + m.length;
        const QList<Candidate> &candidates = m_candidates[std::size_t(m.name)];
        const NameKind kind = candidates.first().kind;
        if (kind != NameKind::LevelAssociation && kind != NameKind::National &&
            followedByStreetWord(text, end))
            continue;
        Mention mention;
        mention.start = m.start;
        mention.length = m.length;
        mention.kind = kind;
        mention.nameId = m.name;
        mention.association = kind == NameKind::LevelAssociation || kind == NameKind::National ||
                              followedByAssociation(text, end);
        // 全省科协系统, 全市科协: every association of the level, not one of them.
        if (kind == NameKind::LevelAssociation && m.start > 0 && text[m.start - 1] == u'全')
            mention.association = false;
        for (const Candidate &c : candidates)
            if (!mention.candidates.contains(c.code))
                mention.candidates.append(c.code);
        // A unique name stands on its own unless it is only a clue; the rest need context. A
        // clue stands on its own too where it stands as places do, in the paper's province: a
        // two-character county opening a clause ("赵县科技活动周启动"), a bare county name
        // followed by what follows only places ("望谟科协").
        if (mention.candidates.size() == 1 && kind != NameKind::LevelAssociation) {
            const int code = mention.candidates.first();
            const bool inHome =
                !context.homeProvince ||
                m_gazetteer.ancestorAt(code, Level::Province) == context.homeProvince;
            const bool standsAlone =
                inHome && ((kind == NameKind::Full && standsAsAPlace(text, m.start, end)) ||
                           (kind == NameKind::Bare && followedByPlaceWord(text, end)));
            if (!isClue(kind, code, m.length) || standsAlone)
                mention.code = code;
        }
        out.append(mention);
    }
    resolveAmbiguous(out, text, context);
    resolveLevelAssociations(out, text, context);
    return out;
}

// Scores every candidate of the names still open by what else the text and page say, and takes
// a candidate only when it is the single best: 朝阳区 alone stays open, 吉林省朝阳区 does not.
void Resolver::resolveAmbiguous(QList<Mention> &mentions, QStringView text,
                                const ResolveContext &context) const
{
    for (int round = 0; round < 2; ++round) {
        QHash<int, int> groupCount;    // resolved mentions per prefecture (or municipality)
        QHash<int, int> provinceCount; // and per province
        for (const Mention &m : std::as_const(mentions)) {
            if (m.resolved() && m.code != NationCode) {
                ++groupCount[groupOf(m.code)];
                ++provinceCount[m_gazetteer.ancestorAt(m.code, Level::Province)];
            }
        }
        QHash<int, int> nearbyGroup, nearbyProvince;
        for (const int n : context.nearby) {
            ++nearbyGroup[groupOf(n)];
            ++nearbyProvince[m_gazetteer.ancestorAt(n, Level::Province)];
        }

        for (qsizetype i = 0; i < mentions.size(); ++i) {
            Mention &m = mentions[i];
            if (m.resolved() || m.kind == NameKind::LevelAssociation)
                continue;
            const Mention *previous =
                i > 0 && mentions[i - 1].resolved() &&
                        m.start - (mentions[i - 1].start + mentions[i - 1].length) <= 2
                    ? &mentions[i - 1]
                    : nullptr;
            int best = -1, bestScore = INT_MIN, secondScore = INT_MIN, bestLocal = 0;
            NameKind bestKind = m.kind;
            for (const Candidate &candidate : m_candidates[std::size_t(m.nameId)]) {
                const int code = candidate.code;
                const Division *d = m_gazetteer.find(code);
                if (!d)
                    continue;
                const int group = groupOf(code);
                const int province = m_gazetteer.ancestorAt(code, Level::Province);
                // Local context: the same prefecture named in this text or elsewhere on the page.
                int local = 10 * std::min(groupCount.value(group), 5) +
                            5 * std::min(nearbyGroup.value(group), 5);
                if (previous && previous->code != code &&
                    m_gazetteer.contains(previous->code, code))
                    local += 100; // the parent named just before: 成都市新都区, 资阳安岳
                int score = local + kindBonus(candidate.kind, d->level);
                score += 5 * std::min(provinceCount.value(province), 5) +
                         std::min(nearbyProvince.value(province), 5);
                if (context.homeProvince && province == context.homeProvince)
                    score += 15;
                // A former name shared with a current one (铜仁市): the page's date decides.
                if (candidate.kind == NameKind::OldName && context.date.isValid()) {
                    for (const OldName &o : m_gazetteer.oldNames())
                        if (o.currentCode == code && text.sliced(m.start, m.length) == o.name)
                            score += context.date.year() < o.until ? 20 : -20;
                }
                if (score > bestScore) {
                    secondScore = bestScore;
                    bestScore = score;
                    best = code;
                    bestLocal = local;
                    bestKind = candidate.kind;
                } else if (score > secondScore) {
                    secondScore = score;
                }
            }
            if (best < 0 || bestScore == secondScore)
                continue;
            if (isClue(bestKind, best, m.length) && bestLocal < 10)
                continue;
            m.code = best;
        }
    }
}

// 省科协, 市科协, 县科协: the association of the province, prefecture or county the text is about.
void Resolver::resolveLevelAssociations(QList<Mention> &mentions, QStringView text,
                                        const ResolveContext &context) const
{
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        Mention &m = mentions[i];
        if (m.kind != NameKind::LevelAssociation)
            continue;
        const QChar level = text[m.start];
        if (level == u'省') {
            int province = context.homeProvince;
            for (qsizetype j = 0; !province && j < mentions.size(); ++j)
                if (mentions[j].resolved() && mentions[j].kind != NameKind::LevelAssociation &&
                    mentions[j].code)
                    province = m_gazetteer.ancestorAt(mentions[j].code, Level::Province);
            m.code = province ? province : -1;
            continue;
        }
        // The nearest place of that level named before it, else after it.
        const auto fits = [&](const Mention &o) {
            if (!o.resolved() || o.kind == NameKind::LevelAssociation || o.code == NationCode)
                return false;
            const Division *d = m_gazetteer.find(o.code);
            if (level == u'市')
                return d->level == Level::Prefecture
                           ? d->name.endsWith(u'市')
                           : d->level == Level::County && d->name.endsWith(u'市');
            if (level == u'州')
                return d->level == Level::Prefecture && d->name.endsWith(u'州');
            return d->level == Level::County && d->name.endsWith(level);
        };
        for (qsizetype j = i - 1; j >= 0 && !m.resolved(); --j)
            if (fits(mentions[j]))
                m.code = mentions[j].code;
        for (qsizetype j = i + 1; j < mentions.size() && !m.resolved(); ++j)
            if (fits(mentions[j]))
                m.code = mentions[j].code;
    }
}

namespace {

// What follows an association's name when the text means one of its officials, departments or
// events rather than the association acting: "科普部副部长…", "党组书记…", "年会".
bool namesAnOfficialOrEvent(QStringView rest)
{
    for (const QStringView w :
         {u"科普部", u"党组",   u"主席", u"副主席", u"书记",       u"副书记",  u"部长",
          u"处长",   u"巡视员", u"领导", u"一行",   u"调研组",     u"考察组",  u"专家",
          u"机关",   u"办公厅", u"年会", u"学会部", u"组织人事部", u"科技社团"})
        if (rest.startsWith(w))
            return true;
    return false;
}

} // namespace

int Resolver::subject(const QList<Mention> &mentions, QStringView text) const
{
    // A national or provincial body named after a lower place ("秦都区被中国科协授予…",
    // "剑阁讯 由中国科协科普部指导…", "…县科协…省科协副主席出席") is passing by: the place is what
    // the text is about. Named first, it acts.
    const auto lowest = [&] {
        int level = -1;
        for (const Mention &m : mentions)
            if (const Division *d = m.resolved() ? m_gazetteer.find(m.code) : nullptr)
                level = std::max(level, int(d->level));
        return level;
    }();
    const auto passing = [&](qsizetype i) {
        const Division *d = m_gazetteer.find(mentions[i].code);
        const int level = mentions[i].code == NationCode ? -1 : d ? int(d->level) : -1;
        if (level > int(Level::Province) || level >= lowest)
            return false;
        const qsizetype after = mentions[i].start + mentions[i].length;
        if (after < text.size() && namesAnOfficialOrEvent(text.sliced(after)))
            return true;
        for (qsizetype j = 0; j < i; ++j)
            if (mentions[j].resolved())
                return true;
        return false;
    };
    for (qsizetype i = 0; i < mentions.size(); ++i)
        if (mentions[i].resolved() && mentions[i].association && !passing(i))
            return mentions[i].code;
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        if (!mentions[i].resolved() || passing(i))
            continue;
        int code = mentions[i].code;
        for (qsizetype j = i + 1; j < mentions.size(); ++j) {
            const Mention &next = mentions[j];
            if (!next.resolved() ||
                next.start - (mentions[j - 1].start + mentions[j - 1].length) > 2)
                break;
            if (!m_gazetteer.contains(code, next.code) || next.code == code)
                break;
            code = next.code;
        }
        return code;
    }
    return -1;
}

} // namespace fangzhi::geo
