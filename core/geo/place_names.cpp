#include "place_names.h"

#include "text/search_tokens.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::geo {
namespace {

// The ethnic groups named in autonomous areas' names ("凉山彝族自治州", "木垒哈萨克自治县").
// Names of two or more characters also appear without 族 ("巴音郭楞蒙古自治州").
const QStringList &ethnicGroups()
{
    static const QStringList groups = {
        u"蒙古"_s, u"回"_s, u"藏"_s, u"维吾尔"_s, u"苗"_s, u"彝"_s, u"壮"_s, u"布依"_s, u"朝鲜"_s,
        u"满"_s, u"侗"_s, u"瑶"_s, u"白"_s, u"土家"_s, u"哈尼"_s, u"哈萨克"_s, u"傣"_s, u"黎"_s,
        u"傈僳"_s, u"佤"_s, u"畲"_s, u"拉祜"_s, u"水"_s, u"东乡"_s, u"纳西"_s, u"景颇"_s,
        u"柯尔克孜"_s, u"土"_s, u"达斡尔"_s, u"仫佬"_s, u"羌"_s, u"布朗"_s, u"撒拉"_s, u"毛南"_s,
        u"仡佬"_s, u"锡伯"_s, u"阿昌"_s, u"普米"_s, u"塔吉克"_s, u"怒"_s, u"乌孜别克"_s,
        u"俄罗斯"_s, u"鄂温克"_s, u"德昂"_s, u"保安"_s, u"裕固"_s, u"京"_s, u"塔塔尔"_s,
        u"独龙"_s, u"鄂伦春"_s, u"赫哲"_s, u"门巴"_s, u"珞巴"_s, u"基诺"_s};
    return groups;
}

// 凉山彝族 -> 凉山, 阿坝藏族羌族 -> 阿坝, 巴音郭楞蒙古 -> 巴音郭楞; never below two characters.
QString stripEthnicGroups(QString base)
{
    // Each group as written with 族, and without it where the name is two characters or more.
    static const QStringList forms = [] {
        QStringList all;
        for (const QString &g : ethnicGroups()) {
            all << g + u'族';
            if (g.size() >= 2)
                all << g;
        }
        return all;
    }();
    bool stripped = true;
    while (stripped) {
        stripped = false;
        for (const QString &form : forms) {
            if (base.endsWith(form) && base.size() - form.size() >= 2) {
                base.chop(form.size());
                stripped = true;
            }
        }
    }
    return base;
}

struct Parts
{
    QString base;    // 凉山, 达州, 马边
    QString suffix;  // the level word short forms keep: 州, 县, 旗; empty when the full name keeps it
    bool autonomous = false;
};

Parts split(const QString &full, Level level)
{
    for (const auto &[ending, suffix] : {std::pair{u"自治区"_s, QString()}, std::pair{u"自治州"_s, u"州"_s},
                                         std::pair{u"自治县"_s, u"县"_s}, std::pair{u"自治旗"_s, u"旗"_s}}) {
        if (full.endsWith(ending))
            return {stripEthnicGroups(full.chopped(ending.size())), suffix, true};
    }
    static const QStringList endings = {u"行政委员会"_s, u"地区"_s, u"林区"_s, u"特区"_s, u"新区"_s,
                                        u"省"_s, u"市"_s, u"县"_s, u"区"_s, u"旗"_s, u"盟"_s};
    for (const QString &e : endings)
        if (full.endsWith(e) && full.size() > e.size())
            return {full.chopped(e.size()), QString(), false};
    Q_UNUSED(level)
    return {full, QString(), false};
}

} // namespace

NameForms nameForms(const QString &fullName, Level level)
{
    NameForms forms;
    const Parts p = split(fullName, level);
    if (p.autonomous && !p.suffix.isEmpty())
        forms.suffixed.append(p.base + p.suffix);
    if (p.base.size() >= 2 && p.base != fullName)
        (isCommonWord(p.base) ? forms.wordLike : forms.bare).append(p.base);
    return forms;
}

QStringList ruleMadeShortForms(const QString &fullName)
{
    // 新巴尔虎右旗 -> 新右旗, 科尔沁右翼中旗 -> 科右中旗, 鄂托克前旗 -> 鄂前旗, 土默特左旗 -> 土左旗:
    // the first character, the wing, the position, 旗.
    static const QRegularExpression banner(u"^(.).+?([左右])?(?:翼)?([前中后])?旗$"_s);
    const QRegularExpressionMatch m = banner.match(fullName);
    if (!m.hasMatch() || (m.capturedLength(2) == 0 && m.capturedLength(3) == 0))
        return {};
    const QString form = m.captured(1) + m.captured(2) + m.captured(3) + u'旗';
    return form.size() < fullName.size() ? QStringList{form} : QStringList{};
}

QString commonShortName(const QString &fullName, Level level)
{
    const Parts p = split(fullName, level);
    if (!p.autonomous)
        return fullName;
    return p.suffix.isEmpty() ? p.base : p.base + p.suffix; // 广西; 凉山州, 马边县
}

QString associationName(const QString &fullName, Level level)
{
    if (level == Level::Nation)
        return u"中国科协"_s;
    return commonShortName(fullName, level) + u"科协"_s;
}

PinyinKeys pinyinKeys(const Division &d)
{
    const QStringList syllables = text::plainPinyin(d.pinyin).split(u' ', Qt::SkipEmptyParts);
    if (syllables.isEmpty())
        return {};
    // The base (达州 for 达州市, 凉山 for 凉山彝族自治州) always starts the full name.
    const QStringList bare = nameForms(d.name, d.level).bare;
    const qsizetype base = std::min(syllables.size(), bare.isEmpty() ? d.name.size() : bare.first().size());
    PinyinKeys keys;
    keys.full = syllables.join(QString());
    keys.base = syllables.first(base).join(QString());
    for (qsizetype i = 0; i < syllables.size(); ++i)
        keys.initials += syllables[i].left(1);
    keys.baseInitials = keys.initials.left(base);
    return keys;
}

const QList<std::pair<QChar, QChar>> &ocrLookAlikes()
{
    static const QList<std::pair<QChar, QChar>> pairs = {
        {u'荥', u'荣'}, {u'泸', u'沪'}, {u'沪', u'泸'}, {u'邛', u'印'}, {u'崃', u'峡'}, {u'犍', u'健'},
        {u'阆', u'阅'}, {u'涪', u'培'}, {u'汶', u'汉'}, {u'岷', u'泯'}, {u'邡', u'防'}, {u'筠', u'均'},
        {u'珙', u'拱'}, {u'蓥', u'莹'}, {u'亳', u'毫'}, {u'涿', u'琢'}, {u'睢', u'雎'}, {u'盱', u'盰'},
        {u'嵊', u'乘'}, {u'歙', u'翕'}, {u'郫', u'郸'}, {u'邑', u'色'}, {u'旌', u'族'},
        {u'蔺', u'兰'}, {u'屏', u'摒'}, {u'巴', u'已'}, {u'雅', u'稚'}, {u'眉', u'媚'}, {u'遂', u'逐'},
    };
    return pairs;
}

bool isCommonWord(const QString &bare)
{
    static const QSet<QString> words = {
        u"朝阳"_s, u"城关"_s, u"新华"_s, u"长安"_s, u"和平"_s, u"永安"_s, u"太平"_s, u"新城"_s,
        u"东方"_s, u"白云"_s, u"青山"_s, u"江北"_s, u"江南"_s, u"河东"_s, u"河西"_s, u"城中"_s,
        u"城东"_s, u"城西"_s, u"城北"_s, u"城南"_s, u"市中"_s, u"郊区"_s, u"矿区"_s, u"解放"_s,
        u"红旗"_s, u"胜利"_s, u"建设"_s, u"人民"_s, u"前进"_s, u"向阳"_s, u"东风"_s, u"光明"_s,
        u"团结"_s, u"友好"_s, u"新兴"_s, u"安宁"_s, u"吉利"_s, u"通道"_s, u"大方"_s, u"安定"_s,
        u"长寿"_s, u"平安"_s, u"永定"_s, u"文明"_s, u"和顺"_s, u"富民"_s, u"天山"_s, u"泰山"_s,
        u"南海"_s, u"东海"_s, u"中原"_s, u"中山"_s, u"城区"_s, u"新市"_s, u"开放"_s, u"振兴"_s,
        u"发展"_s, u"先锋"_s, u"和谐"_s, u"美丽"_s, u"清新"_s,
        u"高新"_s, u"新区"_s, u"滨海"_s, u"海港"_s, u"爱民"_s, u"兴业"_s, u"龙华"_s, u"鼓楼"_s,
        // prefectures whose bare names are everyday words or idioms
        u"长治"_s, u"白山"_s, u"来宾"_s, u"安康"_s, u"白银"_s, u"普洱"_s, u"大庆"_s, u"四平"_s,
        u"日照"_s, u"开封"_s, u"安顺"_s, u"阿里"_s, u"朝天"_s, u"前锋"_s, u"名山"_s, u"安居"_s,
    };
    return words.contains(bare);
}

} // namespace fangzhi::geo
