// What decides a name in context: the other places of the text and page, the level's own
// division for 市科协 and 我省, and which of the places named the text is about.
#include "place_evidence.h"
#include "resolver.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::geo {
namespace {

int kindBonus(NameKind kind, Level level)
{
    switch (kind) {
    case NameKind::Full:
        return 3;
    case NameKind::Suffixed:
        return 2;
    case NameKind::Bare:
        return 3 - int(level); // a bare name most often means the larger division: 西安 is 西安市
    default:
        return 0;
    }
}

bool isMunicipality(int province)
{
    return province == 110000 || province == 120000 || province == 310000 || province == 500000;
}

// 区科协 and 我区 in an autonomous region's paper: the region itself.
bool isAutonomousRegion(int province)
{
    return province == 150000 || province == 450000 || province == 540000 || province == 640000 ||
           province == 650000;
}

} // namespace

// Scores every candidate of the names still open by what else the text and page say, and takes
// a candidate only when it is the single best: 朝阳区 alone stays open, 吉林省朝阳区 does not.
void Resolver::resolveAmbiguous(QList<Mention> &mentions, QStringView text,
                                const ResolveContext &context) const
{
    for (int round = 0; round < 2; ++round) {
        QHash<int, int> groupCount;    // resolved mentions per prefecture (or municipality)
        QHash<int, int> provinceCount; // and per province
        for (const Mention &m : std::as_const(mentions)) {
            if (m.resolved() && m.code != NationCode && !m.media) {
                ++groupCount[groupOf(m.code)];
                ++provinceCount[provinceOf(m.code)];
            }
        }
        QHash<int, int> nearbyGroup, nearbyProvince;
        for (const int n : context.nearby) {
            ++nearbyGroup[groupOf(n)];
            ++nearbyProvince[provinceOf(n)];
        }

        for (qsizetype i = 0; i < mentions.size(); ++i) {
            Mention &m = mentions[i];
            if (m.resolved() || m.kind == NameKind::LevelAssociation ||
                m.kind == NameKind::LevelReference)
                continue;
            const auto adjacent = [&](qsizetype j) {
                const Mention &a = mentions[std::min(i, j)], &b = mentions[std::max(i, j)];
                return b.start - (a.start + a.length) <= 2;
            };
            // The parent named just before (成都市新都区, 资阳安岳), or a township of it right
            // after (临泽蓼泉镇).
            const Mention *previous =
                i > 0 && mentions[i - 1].resolved() && adjacent(i - 1) ? &mentions[i - 1] : nullptr;
            const Mention *next = i + 1 < mentions.size() && adjacent(i + 1) &&
                                          mentions[i + 1].kind == NameKind::Township
                                      ? &mentions[i + 1]
                                      : nullptr;
            int best = -1, bestScore = INT_MIN, secondScore = INT_MIN, bestLocal = 0;
            NameKind bestKind = m.kind;
            for (const Candidate &candidate : inTime(m.nameId, context)) {
                const int code = candidate.code;
                const Division *d = m_gazetteer.find(code);
                if (!d || candidate.kind == NameKind::LevelReference)
                    continue;
                const int group = groupOf(code);
                const int province = provinceOf(code);
                // Local context: the same prefecture named in this text or elsewhere on the page.
                int local = 10 * std::min(groupCount.value(group), 5) +
                            5 * std::min(nearbyGroup.value(group), 5);
                if (previous && previous->code != code && m_gazetteer.contains(previous->code, code))
                    local += 100;
                if (next && m_candidates[std::size_t(next->nameId)].size() <= 50) {
                    for (const Candidate &t : m_candidates[std::size_t(next->nameId)])
                        if (t.code != code && m_gazetteer.contains(code, t.code))
                            local = std::max(local, 100);
                }
                int score = local + kindBonus(candidate.kind, d->level);
                score += 5 * std::min(provinceCount.value(province), 5) +
                         std::min(nearbyProvince.value(province), 5);
                if (context.homeProvince && province == context.homeProvince)
                    score += 15;
                if (score > bestScore) {
                    if (best != code)
                        secondScore = bestScore;
                    bestScore = score;
                    best = code;
                    bestLocal = local;
                    bestKind = candidate.kind;
                } else if (score > secondScore && code != best) {
                    secondScore = score;
                }
            }
            if (best < 0 || bestScore == secondScore)
                continue;
            // A clue needs its own prefecture nearby, or to be the home province's only one
            // standing where places stand.
            if (isClue(bestKind, best, m.length) && bestLocal < 10) {
                const Candidate alone{best, bestKind, 0, 0};
                if (!context.homeProvince || secondScore >= bestScore - 15 ||
                    !standsAlone(alone, m, text, context, false))
                    continue;
            }
            m.code = best;
        }
    }
}

// The division of the level named by 省科协, 市科协, 我省, 本市, 全州…: the nearest place of that
// level the text names (before, else after); else the one holding the places it names; else
// the paper's own (a municipality's 市, an autonomous region's 区, any paper's 省).
int Resolver::levelReference(const QList<Mention> &mentions, qsizetype i, QChar level,
                             const ResolveContext &context) const
{
    const auto place = [&](const Mention &o) {
        return o.resolved() && o.code != NationCode && !o.media &&
               o.kind != NameKind::LevelAssociation && o.kind != NameKind::LevelReference;
    };
    int firstProvince = 0;
    for (const Mention &o : mentions)
        if (!firstProvince && place(o))
            firstProvince = provinceOf(o.code);
    const int home = context.homeProvince ? context.homeProvince : firstProvince;
    if (level == u'省')
        return home ? home : -1;
    if ((level == u'市' && isMunicipality(home)) || (level == u'区' && isAutonomousRegion(home)))
        return home;
    const auto fits = [&](const Division *d) {
        if (level == u'市')
            return d->name.endsWith(u'市') && d->level != Level::Province;
        if (level == u'州' || level == u'盟')
            return d->level == Level::Prefecture && d->name.endsWith(level);
        return d->level == Level::County && d->name.endsWith(level);
    };
    for (qsizetype j = i - 1; j >= 0; --j)
        if (place(mentions[j]) && fits(m_gazetteer.find(mentions[j].code)))
            return mentions[j].code;
    for (qsizetype j = i + 1; j < mentions.size(); ++j)
        if (place(mentions[j]) && fits(m_gazetteer.find(mentions[j].code)))
            return mentions[j].code;
    if (level == u'市' || level == u'州' || level == u'盟') {
        for (const Mention &o : mentions) {
            if (!place(o))
                continue;
            const int prefecture = m_gazetteer.ancestorAt(o.code, Level::Prefecture);
            if (const Division *d = prefecture ? m_gazetteer.find(prefecture) : nullptr; d && fits(d))
                return prefecture;
        }
    }
    return -1;
}

void Resolver::resolveLevelReferences(QList<Mention> &mentions, QStringView text,
                                      const ResolveContext &context) const
{
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        Mention &m = mentions[i];
        if (m.kind == NameKind::LevelAssociation)
            m.code = levelReference(mentions, i, text[m.start], context);
        else if (m.kind == NameKind::LevelReference)
            m.code = levelReference(mentions, i, text[m.start + 1], context);
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
          u"机关",   u"办公厅", u"年会", u"学会部", u"组织人事部", u"科技社团", u"授予",
          u"命名",   u"表彰",   u"评为", u"认定"})
        if (rest.startsWith(w))
            return true;
    return false;
}

} // namespace

int Resolver::subject(const QList<Mention> &mentions, QStringView text) const
{
    // A national or provincial body named after a lower place ("秦都区被中国科协授予…",
    // "剑阁讯 由中国科协科普部指导…", "…县科协…省科协副主席出席") is passing by: the place is what
    // the text is about. Named first, it acts. A paper's or site's name is no subject.
    const auto lowest = [&] {
        int level = -1;
        for (const Mention &m : mentions)
            if (const Division *d = m.resolved() && !m.media ? m_gazetteer.find(m.code) : nullptr)
                level = std::max(level, int(d->level));
        return level;
    }();
    const auto passing = [&](qsizetype i) {
        if (mentions[i].media)
            return true;
        const Division *d = m_gazetteer.find(mentions[i].code);
        const int level = mentions[i].code == NationCode ? -1 : d ? int(d->level) : -1;
        if (level > int(Level::Province) || level >= lowest)
            return false;
        const qsizetype after = mentions[i].start + mentions[i].length;
        if (after < text.size() && namesAnOfficialOrEvent(text.sliced(after)))
            return true;
        for (qsizetype j = 0; j < i; ++j)
            if (mentions[j].resolved() && !mentions[j].media)
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
