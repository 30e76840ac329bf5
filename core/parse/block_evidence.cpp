#include "block_evidence.h"

#include "text/chars.h"

#include <QList>

using namespace Qt::Literals::StringLiterals;
using fangzhi::text::charCount;
using fangzhi::text::isHan;

namespace fangzhi::parse {
namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool startsWithAny(QStringView s, std::initializer_list<QStringView> words)
{
    for (const QStringView w : words)
        if (s.startsWith(w))
            return true;
    return false;
}

bool endsWithAny(QStringView s, std::initializer_list<QStringView> words)
{
    for (const QStringView w : words)
        if (s.endsWith(w))
            return true;
    return false;
}

bool containsAny(QStringView s, std::initializer_list<QStringView> words)
{
    for (const QStringView w : words)
        if (s.contains(w))
            return true;
    return false;
}

// Marks some papers set before a lead or byline: "■本报记者", "○本报讯".
QStringView stripMarks(QStringView s)
{
    while (!s.isEmpty() &&
           (s.front() == u'■' || s.front() == u'●' || s.front() == u'○' || s.front() == u'◆' ||
            s.front() == u'▲' || s.front() == u'□' || s.front() == u'★' || s.front() == u' '))
        s = s.sliced(1);
    return s;
}

// Reads "\d+" at i, returning the index after it (i when there is none).
qsizetype digitsAt(QStringView s, qsizetype i)
{
    while (i < s.size() && isDigit(s[i]))
        ++i;
    return i;
}

// The end of a bracketed part opening at i ("(记者 X)"), or i when there is none.
qsizetype bracketAt(QStringView s, qsizetype i)
{
    while (i < s.size() && s[i] == u' ')
        ++i;
    if (i >= s.size() || s[i] != u'(')
        return i;
    const qsizetype close = s.indexOf(u')', i);
    return close > 0 && close - i <= 40 ? close + 1 : i;
}

bool isReporterBracket(QStringView s)
{
    return s.startsWith(u"(记者") || s.startsWith(u"(本报记者") || s.startsWith(u"(通讯员") ||
           s.startsWith(u"(特约记者");
}

// Words other than a paper's name that end in 讯: 通讯, 资讯, 简讯 …
bool isNewsWord(QChar before)
{
    static const QString words = u"通资简快喜短传视音闻审死提质电"_s;
    return words.contains(before);
}

// Where a "…讯" or "…X月X日电" dateline ends in s (after the marker), or -1.
qsizetype datelineEnd(QStringView s)
{
    const qsizetype limit = std::min<qsizetype>(s.size(), 28);
    bool month = false;
    for (qsizetype i = 0; i < limit; ++i) {
        const QChar c = s[i];
        if (c == u'月')
            month = true;
        if (c == u'讯' && i >= 1 && !isNewsWord(s[i - 1])) {
            const QStringView prefix = s.first(i);
            const bool paperLike = prefix.contains(u'报') || prefix.contains(u'网') ||
                                   prefix.contains(u'社') || prefix.contains(u'台') || month ||
                                   charCount(prefix) <= 4;
            const QChar next = i + 1 < s.size() ? s[i + 1] : QChar(u' ');
            const bool nextFits = next == u' ' || next == u'(' || next == u':' || isDigit(next) ||
                                  (isHan(next) && !QStringView(u"员息录号问").contains(next));
            return paperLike && nextFits ? i + 1 : -1;
        }
        if (c == u'电' && month && i >= 1 && s[i - 1] == u'日')
            return i + 1;
        const bool fits = isHan(c) || isDigit(c) || (c >= u'A' && c <= u'Z') ||
                          (c >= u'a' && c <= u'z') || c == u'-' || c == u'·';
        if (!fits)
            return -1;
    }
    return -1;
}

// "2018年02月06日", "2018-09-20", with an optional weekday and time after it.
bool isBareDate(QStringView s)
{
    qsizetype i = digitsAt(s, 0);
    if (i != 4)
        return false;
    if (i < s.size() && s[i] == u'年') {
        qsizetype j = digitsAt(s, i + 1);
        if (j == i + 1 || j >= s.size() || s[j] != u'月')
            return false;
        i = digitsAt(s, j + 1);
        if (i == j + 1 || i >= s.size() || s[i] != u'日')
            return false;
        ++i;
    } else if (i < s.size() && (s[i] == u'-' || s[i] == u'/' || s[i] == u'.')) {
        const QChar sep = s[i];
        qsizetype j = digitsAt(s, i + 1);
        if (j == i + 1 || j >= s.size() || s[j] != sep)
            return false;
        i = digitsAt(s, j + 1);
        if (i == j + 1)
            return false;
    } else {
        return false;
    }
    QStringView rest = s.sliced(i).trimmed();
    for (const QStringView weekday : {u"星期", u"礼拜", u"周"}) {
        if (rest.startsWith(weekday) && rest.size() > weekday.size() &&
            QStringView(u"一二三四五六日天").contains(rest[weekday.size()])) {
            rest = rest.sliced(weekday.size() + 1).trimmed();
            break;
        }
    }
    for (const QChar c : rest)
        if (!isDigit(c) && c != u':' && c != u' ')
            return false;
    return true;
}

} // namespace

// A person's name ("王某", "欧阳·某") or an organisation's, as credits and bylines list them.
bool isNameOrOrganisation(QStringView token)
{
    if (isOrganisationName(token))
        return true;
    if (token.isEmpty() || charCount(token) > 4)
        return false;
    for (const QChar c : token)
        if (!isHan(c) && c != u'·')
            return false;
    return true;
}

QString datelineAt(QStringView prose)
{
    const QStringView s = stripMarks(prose);
    const qsizetype offset = prose.size() - s.size();
    if (isReporterBracket(s)) {
        const qsizetype end = bracketAt(s, 0);
        return end > 0 ? prose.first(offset + end).toString() : QString();
    }
    const qsizetype end = datelineEnd(s);
    if (end < 0)
        return {};
    qsizetype after = end;
    if (const qsizetype b = bracketAt(s, end); b > end)
        after = b;
    return prose.first(offset + after).trimmed().toString();
}

bool isPageLabel(QStringView line)
{
    const QStringView s = line.trimmed();
    if (charCount(s) > 40 || s.contains(u'。'))
        return false;
    if (startsWithAny(s, {u"版面:", u"版次:", u"版名:", u"版面:", u"版次:"}))
        return true;
    qsizetype i = 0;
    if (s.startsWith(u'第'))
        i = 1;
    const qsizetype letters = i;
    while (i < s.size() && ((s[i] >= u'A' && s[i] <= u'Z') || isDigit(s[i])))
        ++i;
    if (i > letters && i < s.size() && s[i] == u'版')
        return i + 1 == s.size() || s[i + 1] == u' ' || s[i + 1] == u':' || s[i + 1] == u'|' ||
               isHan(s[i + 1]);
    // A periodical's issue line: "科普周刊 第12期 基层动态".
    const qsizetype issue = s.indexOf(u'第');
    if (issue >= 0) {
        const qsizetype d = digitsAt(s, issue + 1);
        return d > issue + 1 && d < s.size() && s[d] == u'期' && !s.contains(u',');
    }
    return false;
}

QString pageLabelNumber(QStringView line)
{
    const qsizetype ban = line.indexOf(u'版', line.startsWith(u"版") ? 1 : 0);
    if (ban <= 0)
        return {};
    qsizetype start = ban;
    while (start > 0 &&
           ((line[start - 1] >= u'A' && line[start - 1] <= u'Z') || isDigit(line[start - 1])))
        --start;
    return line.sliced(start, ban - start).toString();
}

QString pageLabelSection(QStringView line)
{
    QStringView s = line.trimmed();
    const qsizetype at = std::max(s.lastIndexOf(u'版'), s.lastIndexOf(u'期'));
    if (at >= 0)
        s = s.sliced(at + 1);
    while (!s.isEmpty() && (s.front() == u':' || s.front() == u' ' || s.front() == u'|'))
        s = s.sliced(1);
    return s.trimmed().toString();
}

bool isDateLine(QStringView line)
{
    QStringView s = line.trimmed();
    if (charCount(s) > 36)
        return false;
    for (const QStringView label : {u"发布日期", u"出版日期", u"发布时间", u"日期", u"时间"}) {
        if (s.startsWith(label)) {
            s = s.sliced(label.size());
            if (!s.isEmpty() && (s.front() == u':' || s.front() == u' '))
                s = s.sliced(1).trimmed();
            break;
        }
    }
    return isBareDate(s);
}

QDate dateOfDateLine(QStringView line)
{
    int numbers[3] = {0, 0, 0};
    int n = 0;
    for (qsizetype i = 0; i < line.size() && n < 3;) {
        if (isDigit(line[i])) {
            const qsizetype end = digitsAt(line, i);
            numbers[n++] = line.sliced(i, end - i).toInt();
            i = end;
        } else {
            ++i;
        }
    }
    return n == 3 ? QDate(numbers[0], numbers[1], numbers[2]) : QDate();
}

bool isFurniture(QStringView line)
{
    if (charCount(line) > 60 || line.contains(u'。'))
        return false;
    // Each cue opens with one of these characters: most lines hold none of them.
    bool cue = false;
    for (const QChar c : line)
        cue = cue || QStringView(u"【字打关返分收上下").contains(c);
    return cue &&
           containsAny(line, {u"【字号", u"字号:", u"字号 大", u"打印本页", u"打印此页", u"【打印",
                              u"关闭窗口", u"【关闭", u"返回目录", u"返回顶部", u"返回首页",
                              u"分享到", u"收藏本页", u"上一篇", u"下一篇", u"【我要纠错"});
}

bool isOrganisationName(QStringView text)
{
    const QStringView s = text.trimmed();
    if (s.isEmpty() || charCount(s) > 24)
        return false;
    for (const QChar c : s)
        if (!isHan(c) && c != u'·' && c != u'(' && c != u')')
            return false;
    return endsWithAny(s, {u"科协", u"协会", u"学会", u"局",     u"委",    u"办", u"处",
                           u"科",   u"部",   u"厅",   u"中心",   u"站",    u"馆", u"院",
                           u"所",   u"学校", u"政府", u"组",     u"队",    u"社", u"台",
                           u"集团", u"公司", u"供稿", u"联合会", u"委员会"});
}

bool isBylineLine(QStringView line)
{
    const QStringView s = stripMarks(line.trimmed());
    if (s.isEmpty() || charCount(s) > 40 || s.contains(u'。') || s.endsWith(u'摄'))
        return false;
    if (startsWithAny(s, {u"原标题:", u"原标题:"}))
        return true;
    if (s.contains(u',') || s.contains(u'!') || s.contains(u'?'))
        return false;
    if (!containsAny(
            s, {u"记者", u"通讯员", u"作者", u"文/", u"文图", u"报道", u"供稿", u"来源", u"撰"}))
        return false;
    if (startsWithAny(s, {u"作者:", u"作者:", u"文/", u"文图/", u"撰文:", u"撰稿:", u"来源:"}))
        return true;
    bool named = false;
    const auto tokens = s.split(u' ', Qt::SkipEmptyParts);
    for (QStringView t : tokens) {
        for (const QStringView role : {u"本报记者", u"特约记者", u"见习记者", u"记者", u"通讯员",
                                       u"作者", u"文/图", u"文图"}) {
            // "本报记者 X", "四川日报记者", "记者:X"; not "科技工作者座谈会".
            const qsizetype at = t.indexOf(role);
            if (role == u"作者" ? at == 0
                                : at == 0 || (at > 0 && at + role.size() == t.size()) ||
                                      (at > 0 && charCount(t.sliced(at + role.size())) <= 4)) {
                named = true;
                t = t.sliced(at + role.size());
                if (t.startsWith(u':') || t.startsWith(u':'))
                    t = t.sliced(1);
                break;
            }
        }
        if (t.endsWith(u"报道")) {
            named = true;
            t = t.first(t.size() - 2);
            if (charCount(t) > 4) // "钱某 南充报道": a place before 报道
                return false;
            continue;
        }
        if (t == u"供稿" || (t.endsWith(u"供稿") && isOrganisationName(t.first(t.size() - 2)))) {
            named = true; // "广元市科协供稿", "青川县科学技术协会 王某 供稿"
            continue;
        }
        if (!t.isEmpty() && !isNameOrOrganisation(t)) // "本报记者" alone leaves nothing
            return false;
    }
    return named;
}

bool hasCaptionCue(QStringView line)
{
    QStringView s = line.trimmed();
    if (s.startsWith(u'(') && s.endsWith(u')'))
        s = s.sliced(1, s.size() - 2);
    if (startsWithAny(s, {u"图为", u"图:", u"上图", u"下图", u"左图", u"右图", u"图片:"}) ||
        containsAny(s, {u"供图", u"图片由", u"摄影:", u"(摄"}) ||
        endsWithAny(s, {u"现场", u" 摄", u"提供)", u"摄)"}))
        return true;
    // A photo shows people doing something, where: "在东河镇集市向群众发放科普资料",
    // "县科协主席王某、…等为群众讲解", "群众参加现场义诊".
    if (s.contains(u' ') || s.contains(u',') || charCount(s) < 7)
        return false;
    const bool scene = s.startsWith(u'在') && !s.startsWith(u"在于");
    const bool people =
        containsAny(s, {u"群众", u"市民", u"居民", u"村民", u"学生", u"小朋友", u"孩子们",
                        u"志愿者", u"主席", u"书记", u"县长", u"市长", u"局长", u"主任"});
    const bool showing = containsAny(s, {u"参观", u"发放", u"参加", u"体验", u"聆听", u"观看",
                                         u"浏览", u"讲解", u"现场", u"为群众", u"向群众", u"合影"});
    return scene || (people && showing);
}

bool isBracketedCredit(QStringView inner)
{
    const QStringView s = inner.trimmed();
    if (s.isEmpty() || hasCaptionCue(s))
        return false;
    if (containsAny(s, {u"供稿", u"记者", u"通讯员", u"来源", u"组稿", u"撰稿", u"编辑", u"作者",
                        u"文/", u"整理", u"排名", u"撰文"}))
        return true;
    if (isOrganisationName(s))
        return true;
    // Names and organisations: "(王某)", "(李某 赵某)", "(苍溪县科学技术协会 钱某)".
    const auto tokens = s.split(u' ', Qt::SkipEmptyParts);
    for (const QStringView t : tokens)
        if (!isNameOrOrganisation(t))
            return false;
    return !tokens.isEmpty();
}

bool opensWithDate(QStringView prose)
{
    QStringView s = stripMarks(prose);
    if (startsWithAny(s, {u"近日", u"日前", u"近期", u"昨日", u"昨天", u"今天", u"今日", u"本周",
                          u"上周", u"连日来"}))
        return true;
    qsizetype i = digitsAt(s, 0);
    if (i == 0 || i >= s.size())
        return false;
    if (s[i] == u'年')
        return i == 4;
    if (s[i] == u'月')
        return i <= 2;
    return false; // "25日上午": a day alone refers to a month named before
}

bool opensAsContinuation(QStringView prose)
{
    const QStringView s = stripMarks(prose);
    // A day without its month ("25日上午,"): dated against the paragraph before.
    if (const qsizetype d = digitsAt(s, 0); d > 0 && d <= 2 && d < s.size() && s[d] == u'日')
        return true;
    return startsWithAny(
        s, {u"会上",   u"会议",       u"据悉",   u"据了解",   u"据介绍",   u"据统计",   u"同时",
            u"此外",   u"另外",       u"活动中", u"活动期间", u"活动现场", u"活动当天", u"现场",
            u"当天",   u"当日",       u"其间",   u"期间",     u"随后",     u"之后",     u"此后",
            u"最后",   u"接着",       u"其中",   u"下一步",   u"今后",     u"对此",     u"为此",
            u"因此",   u"但",         u"而",     u"并",       u"还",       u"一是",     u"二是",
            u"三是",   u"四是",       u"首先",   u"其次",     u"再次",     u"与此同时", u"他",
            u"她",     u"大家",       u"该",     u"这",       u"此次",     u"本次",     u"本届",
            u"仪式上", u"启动仪式上", u"“",      u"\""});
}

bool opensWithItemMarker(QStringView prose)
{
    const QStringView s = prose.trimmed();
    if (s.startsWith(u'◆') || s.startsWith(u'●') || s.startsWith(u'▲') || s.startsWith(u'■'))
        return true;
    if (const qsizetype d = digitsAt(s, 0); d > 0 && d <= 2 && d < s.size())
        return s[d] == u'.' || s[d] == u'、' || s[d] == u')';
    static const QString numerals = u"一二三四五六七八九十"_s;
    qsizetype k = 0;
    while (k < s.size() && k < 3 && numerals.contains(s[k]))
        ++k;
    return k > 0 && k < s.size() && s[k] == u'、';
}

bool refersBack(QStringView prose)
{
    QStringView s = stripMarks(prose);
    // Skip a dating clause: "3月2日上午,县科协…".
    if (opensWithDate(s)) {
        const qsizetype comma = s.indexOf(u',');
        if (comma > 0 && comma < 16)
            s = s.sliced(comma + 1);
    }
    return startsWithAny(s, {u"县科协", u"市科协", u"区科协", u"旗科协", u"州科协", u"该", u"我县",
                             u"我市", u"我区", u"全县", u"全市", u"全区", u"县", u"市里", u"区里"});
}

bool opensWithSubjectColon(QStringView line)
{
    const qsizetype colon = line.indexOf(u':');
    if (colon < 2 || colon > 12)
        return false;
    const QStringView subject = line.first(colon);
    for (const QChar c : subject)
        if (!isHan(c))
            return false;
    static const QString levels = u"省市州县区旗盟镇乡村"_s;
    // "苍溪:", "剑阁科协:": a short name (a place without its level word) or a full one.
    return colon <= 4 || subject.endsWith(u"科协") || subject.endsWith(u"协会") ||
           subject.endsWith(u"学会") || levels.contains(subject.back());
}

bool isReportageSubtitle(QStringView text)
{
    return endsWithAny(text.trimmed(),
                       {u"纪实", u"侧记", u"小记", u"综述", u"掠影", u"速写", u"写真", u"纪事",
                        u"见闻", u"巡礼", u"扫描", u"素描", u"简报"});
}

} // namespace fangzhi::parse
