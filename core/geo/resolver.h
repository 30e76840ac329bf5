#pragma once

#include "gazetteer.h"
#include "name_automaton.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringView>

namespace fangzhi::geo {

// How a name in text came to be recognised.
enum class NameKind : uint8_t {
    Full,             // 凉山彝族自治州
    Suffixed,         // 凉山州, 马边县
    Bare,             // 凉山, 达州
    WordLike,         // 日照, 朝阳, 长治: a bare name that is an everyday word, a place only
                      // where the parent stands before it or the text asks for a city
    Township,         // 丰裕镇: a clue to its county
    OcrSlip,          // 荣经县 for 荥经县, accepted only near its own prefecture
    LevelAssociation, // 省科协, 市科协, 县科协: the level's association, division from context
    National,         // 中国科协
    LevelReference,   // 我省, 本市, 全州, 我县: the paper's own division of that level
    EverydayWord,     // 大同小异, 示范县: a word holding a place name, read as the word; never
                      // a mention
};

// A place named in a text, resolved to a division when the context allows.
struct Mention
{
    qsizetype start = 0;
    qsizetype length = 0;
    NameKind kind = NameKind::Full;
    int code = -1;            // the division, or -1 when the text leaves it ambiguous
    bool association = false; // the association of that division is meant: 达州市科协, 省科协
    QList<int> candidates;    // every division the name could be
    int nameId = -1;          // the name as the resolver knows it
    bool former = false;      // a name the division no longer bears, or no longer exists under
    bool media = false;       // part of a paper's or site's name: 每日甘肃网, 大同日报

    [[nodiscard]] bool resolved() const { return code >= 0; }
};

// What decides between divisions that share a name.
struct ResolveContext
{
    int homeProvince = 0; // the paper's home province: 510000
    QDate date;           // the page's date: picks the meaning of names that changed
    QList<int> nearby;    // divisions resolved elsewhere on the same page
    int paperPlace = 0;   // the division the paper is named after: 大同日报 -> 大同市
    // nearby counted by prefecture and by province: made once for a page by
    // Resolver::countNearby, else counted from nearby at each call
    QHash<int, int> nearbyGroups, nearbyProvinces;
};

class Resolver
{
public:
    explicit Resolver(const Gazetteer &gazetteer);
    static const Resolver &bundled(); // over Gazetteer::bundled(), built on first use

    [[nodiscard]] const Gazetteer &gazetteer() const { return m_gazetteer; }

    // Every place and association the text names, in order, found in one pass.
    [[nodiscard]] QList<Mention> mentions(QStringView text, const ResolveContext &context) const;

    // The division a text is about: the association it names first, else the place it opens
    // with, followed down while the next name lies inside it ("成都市新都区" -> 新都区); -1 if
    // none. A national or provincial association named after a lower place is passing by, not
    // acting; so is one whose official or event the text names ("中国科协科普部副部长…",
    // "中国科协年会") beside a lower place. text is what the mentions were found in.
    [[nodiscard]] int subject(const QList<Mention> &mentions, QStringView text = {}) const;

    // Counts context.nearby by prefecture and province once, for all the articles of a page.
    void countNearby(ResolveContext &context) const;

    // The division a paper's or site's name is made of (大同日报, 桃源县政府网, 黄海晨刊 (日照)),
    // read with the home province; 0 if it names none.
    [[nodiscard]] int paperPlace(QStringView newspaper, int homeProvince) const;

    [[nodiscard]] qsizetype nameCount() const { return m_automaton.nameCount(); }

private:
    // One meaning of a name, with the years it had it (until 0: still has it).
    struct Candidate
    {
        int code = 0;
        NameKind kind = NameKind::Full;
        int16_t from = 0;
        int16_t until = 0;
    };

    void addName(const QString &name, const Candidate &candidate);
    // The meanings a name had at the context's date (without a date: the current ones), or
    // those nearest to it when it had none then.
    [[nodiscard]] QList<Candidate> inTime(int nameId, const ResolveContext &context) const;
    [[nodiscard]] bool standsAlone(const Candidate &c, const Mention &m, QStringView text,
                                   const ResolveContext &context, bool uniqueInCountry) const;
    void resolveAmbiguous(QList<Mention> &mentions, QStringView text,
                          const ResolveContext &context) const;
    void resolveLevelReferences(QList<Mention> &mentions, QStringView text,
                                const ResolveContext &context) const;
    void resolveLevels(QList<Mention> &mentions, QStringView text, const ResolveContext &context) const;
    [[nodiscard]] bool isClue(NameKind kind, int code, qsizetype length) const;
    [[nodiscard]] int groupOf(int code) const;
    [[nodiscard]] int provinceOf(int code) const;

    const Gazetteer &m_gazetteer;
    NameAutomaton m_automaton;
    std::vector<QList<Candidate>> m_candidates; // by automaton name index
};

} // namespace fangzhi::geo
