// What decides a name in context: the other places of the text and page, the level's own
// division for 市科协 and 我省, and which of the places named the text is about.
#include "place_evidence.h"
#include "resolver.h"

#include <QHash>

#include <algorithm>

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

void Resolver::countNearby(ResolveContext &context) const
{
    context.nearbyGroups.clear();
    context.nearbyProvinces.clear();
    for (const int n : std::as_const(context.nearby)) {
        ++context.nearbyGroups[groupOf(n)];
        ++context.nearbyProvinces[provinceOf(n)];
    }
}

// Scores every candidate of the names still open by what else the text and page say, and takes
// a candidate only when it is the single best: 朝阳区 alone stays open, 吉林省朝阳区 does not.
void Resolver::resolveAmbiguous(QList<Mention> &mentions, QStringView text,
                                const ResolveContext &context) const
{
    // The page's places by prefecture and province: counted once for the page by placePage, or
    // here for a text resolved on its own.
    ResolveContext counted;
    if (context.nearbyGroups.isEmpty() && !context.nearby.isEmpty()) {
        counted.nearby = context.nearby;
        countNearby(counted);
    }
    const ResolveContext &page = counted.nearby.isEmpty() ? context : counted;
    const QHash<int, int> &nearbyGroup = page.nearbyGroups;
    const QHash<int, int> &nearbyProvince = page.nearbyProvinces;
    for (int round = 0; round < 2; ++round) {
        QHash<int, int> groupCount;    // resolved mentions per prefecture (or municipality)
        QHash<int, int> provinceCount; // and per province
        for (const Mention &m : std::as_const(mentions)) {
            if (m.resolved() && m.code != NationCode && !m.media) {
                ++groupCount[groupOf(m.code)];
                ++provinceCount[provinceOf(m.code)];
            }
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
            bool bestFormer = false;
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
                if (previous && previous->code != code &&
                    m_gazetteer.contains(previous->code, code))
                    local += 100;
                // The county or city the paper is named after, or inside it (大理日报: 大理).
                if (context.paperPlace &&
                    m_gazetteer.find(context.paperPlace)->level > Level::Province &&
                    m_gazetteer.contains(context.paperPlace, code))
                    local += 50;
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
                    bestFormer = candidate.until != 0;
                } else if (score > secondScore && code != best) {
                    secondScore = score;
                }
            }
            if (best < 0 || bestScore == secondScore)
                continue;
            // A clue needs its own prefecture nearby, or to be the home province's only one
            // standing where places stand.
            if (bestKind == NameKind::WordLike && bestLocal < 100)
                continue;
            if (isClue(bestKind, best, m.length) && bestLocal < 10) {
                const Candidate alone{best, bestKind, 0, 0};
                if (!context.homeProvince || (secondScore > INT_MIN && bestScore - secondScore < 15) ||
                    !standsAlone(alone, m, text, context, false))
                    continue;
            }
            m.code = best;
            m.former = bestFormer;
        }
    }
}

namespace {

// What follows an association's name when the text means one of its officials, departments or
// events, or a visit, rather than the association acting where it is: "科普部副部长…",
// "党组书记…", "年会", "考察…", "到…调研".
bool namesAnOfficialOrEvent(QStringView rest)
{
    for (const QStringView w :
         {u"科普部", u"党组",   u"主席", u"副主席", u"书记",       u"副书记",   u"部长",
          u"处长",   u"巡视员", u"领导", u"一行",   u"调研组",     u"考察组",   u"专家",
          u"机关",   u"办公厅", u"年会", u"学会部", u"组织人事部", u"科技社团", u"授予",
          u"命名",   u"表彰",   u"评为", u"认定",   u"考察",       u"调研",     u"视察",
          u"检查",   u"督导",   u"走访", u"莅临",   u"到",         u"赴",       u"来"})
        if (rest.startsWith(w))
            return true;
    return false;
}

// What the text says right after a name and the association it is part of: "党组书记…" after
// "襄阳市科协", "考察…" after "山西省科协".
QStringView afterName(QStringView text, const Mention &m)
{
    qsizetype end = m.start + m.length;
    for (const QStringView w : {QStringView(u"科学技术协会"), QStringView(u"科协")}) {
        if (text.sliced(end).startsWith(w)) {
            end += w.size();
            break;
        }
    }
    return text.sliced(end);
}

} // namespace

void Resolver::resolveLevelReferences(QList<Mention> &mentions, QStringView text,
                                      const ResolveContext &context) const
{
    // A text that speaks of its city (市科协, 我市) and names, as a word might, the one city of
    // the home province it could be: 日照 in "标志着日照打破…".
    const bool asksForACity =
        std::any_of(mentions.cbegin(), mentions.cend(), [&](const Mention &m) {
            return (m.kind == NameKind::LevelAssociation && text[m.start] == u'市') ||
                   (m.kind == NameKind::LevelReference && text[m.start + 1] == u'市');
        });
    for (Mention &m : mentions) {
        if (!asksForACity || m.resolved() || !context.homeProvince ||
            (m.kind != NameKind::WordLike && m.kind != NameKind::Bare))
            continue;
        QList<int> cities;
        for (const Candidate &c : inTime(m.nameId, context)) {
            const Division *d = m_gazetteer.find(c.code);
            if (d && d->level == Level::Prefecture && d->name.endsWith(u'市') &&
                provinceOf(c.code) == context.homeProvince && !cities.contains(c.code))
                cities.append(c.code);
        }
        if (cities.size() == 1)
            m.code = cities.first();
    }
    resolveLevels(mentions, text, context);
}

// The division of the level named by 省科协, 市科协, 我省, 本市, 全州…: the nearest place of that
// level the text names (before, else after); else the one holding the places it names; else
// the paper's own (a municipality's 市, an autonomous region's 区, any paper's 省). In passes
// over the mentions, so that a text of thousands of them takes no longer than it is long.
void Resolver::resolveLevels(QList<Mention> &mentions, QStringView text, const ResolveContext &context) const
{
    const qsizetype n = mentions.size();
    const auto levelOf = [&](const Mention &m) {
        return m.kind == NameKind::LevelAssociation ? text[m.start]
               : m.kind == NameKind::LevelReference ? text[m.start + 1]
                                                    : QChar();
    };
    QString asked; // the levels referred to
    for (const Mention &m : std::as_const(mentions))
        if (const QChar level = levelOf(m); !level.isNull() && !asked.contains(level))
            asked += level;
    if (asked.isEmpty())
        return;
    // Places, not visitors: "襄阳市科协党组书记…出席" says nothing of whose 我市 it is.
    std::vector<const Division *> place(std::size_t(n), nullptr);
    int firstProvince = 0;
    for (qsizetype j = 0; j < n; ++j) {
        const Mention &o = mentions[j];
        if (o.resolved() && o.code != NationCode && !o.media && levelOf(o).isNull() &&
            !(o.association && namesAnOfficialOrEvent(afterName(text, o)))) {
            place[std::size_t(j)] = m_gazetteer.find(o.code);
            if (!firstProvince)
                firstProvince = provinceOf(o.code);
        }
    }
    const int home = context.homeProvince ? context.homeProvince : firstProvince;
    for (const QChar level : std::as_const(asked)) {
        const auto fits = [&](const Division *d) {
            if (level == u'市')
                return d->name.endsWith(u'市') && d->level != Level::Province;
            if (level == u'州' || level == u'盟')
                return d->level == Level::Prefecture && d->name.endsWith(level);
            return d->level == Level::County && d->name.endsWith(level);
        };
        // Whatever no place of the text answers: the prefecture holding the places named, the
        // paper's own place, the paper's province.
        int fallback = -1;
        if (level == u'省' || (level == u'市' && isMunicipality(home)) ||
            (level == u'区' && isAutonomousRegion(home))) {
            fallback = home ? home : -1;
        } else {
            for (qsizetype j = 0; fallback < 0 && j < n; ++j) {
                const int prefecture = place[std::size_t(j)] && (level == u'市' || level == u'州' || level == u'盟')
                                           ? m_gazetteer.ancestorAt(mentions[j].code, Level::Prefecture)
                                           : 0;
                if (const Division *d = prefecture ? m_gazetteer.find(prefecture) : nullptr; d && fits(d))
                    fallback = prefecture;
            }
            for (int code = context.paperPlace; fallback < 0 && code > 0; code = m_gazetteer.find(code)->parent)
                if (fits(m_gazetteer.find(code)))
                    fallback = code;
        }
        const bool ownDivision = level == u'省' || fallback == home;
        std::vector<int> after(std::size_t(n) + 1, -1); // the nearest fitting place from j on
        for (qsizetype j = n - 1; j >= 0; --j) {
            const Division *d = place[std::size_t(j)];
            after[std::size_t(j)] = d && fits(d) ? d->code : after[std::size_t(j) + 1];
        }
        int before = -1;
        for (qsizetype j = 0; j < n; ++j) {
            Mention &m = mentions[j];
            if (levelOf(m) == level) {
                const int near = before >= 0 ? before : after[std::size_t(j) + 1];
                m.code = ownDivision || near < 0 ? fallback : near;
            }
            if (const Division *d = place[std::size_t(j)]; d && fits(d))
                before = d->code;
        }
    }
}

int Resolver::subject(const QList<Mention> &mentions, QStringView text) const
{
    // A body above the lowest place named is passing by when named after such a place
    // ("秦都区被中国科协授予…", "…县科协…省科协副主席出席"), when its officials, events or visits
    // are meant ("襄阳市科协党组书记", "山西省科协考察永宁县…"), or when it is another province's:
    // the place is what the text is about. Named first and acting, it is the subject. A paper's
    // or site's name is never one.
    int lowest = -1;
    QList<int> provinces; // of the places named, below province level
    for (const Mention &m : mentions) {
        const Division *d = m.resolved() && !m.media ? m_gazetteer.find(m.code) : nullptr;
        if (!d)
            continue;
        lowest = std::max(lowest, int(d->level));
        if (d->level > Level::Province && !m.association)
            provinces.append(provinceOf(m.code));
    }
    qsizetype firstPlace = mentions.size(); // the first mention resolved, a medium's name aside
    for (qsizetype j = 0; j < mentions.size() && firstPlace == mentions.size(); ++j)
        if (mentions[j].resolved() && !mentions[j].media)
            firstPlace = j;
    const auto passing = [&](qsizetype i) {
        const Mention &m = mentions[i];
        if (m.media)
            return true;
        const Division *d = m_gazetteer.find(m.code);
        const int level = m.code == NationCode ? -1 : d ? int(d->level) : -1;
        if (level >= lowest)
            return false;
        if (namesAnOfficialOrEvent(afterName(text, m)))
            return true;
        if (level == int(Level::Province) && !provinces.isEmpty() && !provinces.contains(m.code))
            return true;
        return firstPlace < i;
    };
    for (qsizetype i = 0; i < mentions.size(); ++i)
        if (mentions[i].resolved() && mentions[i].association && !passing(i))
            return mentions[i].code;
    // The first place, followed down while the names go down: "成都市新都区".
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
