#include "place_evidence.h"

#include "text/chars.h"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <memory>

namespace fangzhi::geo {
namespace {

bool startsWithAny(QStringView rest, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *w : words)
        if (rest.startsWith(QStringView(w)))
            return true;
    return false;
}

// The word breaks ICU finds in a few characters: one iterator per thread, made on first use.
icu::BreakIterator *wordBreaks()
{
    thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> it(
            icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
        return U_SUCCESS(status) ? std::move(it) : nullptr;
    }();
    return iterator.get();
}

// Whether ICU puts a word break at offset `at` of the few characters text[from, to).
bool breaksAt(QStringView text, qsizetype from, qsizetype to, qsizetype at)
{
    icu::BreakIterator *it = wordBreaks();
    if (!it)
        return true;
    const icu::UnicodeString window(false, reinterpret_cast<const char16_t *>(text.utf16()) + from,
                                    int32_t(to - from));
    it->setText(window);
    return it->isBoundary(int32_t(at - from));
}

} // namespace

bool followedByPlaceWord(QStringView text, qsizetype end)
{
    return startsWithAny(text.sliced(end),
                         {u"科协",   u"科学技术协会", u"县委",   u"区委",     u"市委",
                          u"旗委",   u"县政府",       u"区政府", u"人民政府", u"政府",
                          u"委员会", u"科技馆",       u"科技局", u"境内",     u"籍",
                          u"科学城", u"科技城",       u"高新区", u"开发区",   u"经开区"});
}

bool followedByStreetWord(QStringView text, qsizetype end)
{
    return startsWithAny(text.sliced(end), {u"路", u"街", u"巷", u"弄", u"大道", u"胡同", u"大街"});
}

bool followedByMediaWord(QStringView text, qsizetype end)
{
    // A brand before the medium's own name: 新甘肃·每日甘肃网.
    const QStringView rest = text.sliced(end);
    if (rest.startsWith(u'·') || rest.startsWith(u'•')) {
        const QStringView brand = rest.first(std::min<qsizetype>(rest.size(), 12));
        for (const QChar c : brand) {
            if (c == u'网' || c == u'报' || c == u'台')
                return true;
            if (!text::isHan(c) && c != u'·' && c != u'•')
                break;
        }
    }
    return startsWithAny(rest,
                         {u"日报", u"晚报", u"早报", u"都市报", u"网", u"电视台", u"广播电视台",
                          u"广播电台", u"融媒体", u"新闻", u"发布", u"手机报", u"头条"});
}

bool precededByPlaceVerb(QStringView text, qsizetype start)
{
    const QStringView head = text.first(start);
    // and after the paper's own division: "我市单县", "全省86个县"
    for (const auto w : {u"在", u"到", u"赴", u"来自", u"走进", u"位于", u"前往", u"深入", u"落户",
                         u"我市", u"本市", u"我省", u"本省", u"我州", u"我区"})
        if (head.endsWith(QStringView(w)))
            return true;
    return false;
}

bool standsAsAPlace(QStringView text, qsizetype start, qsizetype end)
{
    if (followedByPlaceWord(text, end) || start == 0 || precededByPlaceVerb(text, start))
        return true;
    const QChar before = text[start - 1];
    return !text::isHan(before) && !before.isLetterOrNumber();
}

bool crossedByAWord(QStringView text, qsizetype start, qsizetype end)
{
    // What only places have, before or after, keeps its own boundary: 走进|行唐, 房山|科协.
    if (start > 0 && text::isHan(text[start - 1]) && !precededByPlaceVerb(text, start) &&
        !breaksAt(text, std::max<qsizetype>(0, start - 2), start + 1, start))
        return true;
    return end < text.size() && text::isHan(text[end]) && !followedByPlaceWord(text, end) &&
           !breaksAt(text, end - 1, std::min(text.size(), end + 2), end);
}

bool isAGivenName(QStringView text, qsizetype start, qsizetype end)
{
    static const QStringView families =
        u"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
        u"魏吕丁任沈姚卢姜崔钟谭陆汪范廖贾夏韦付傅方邹孟熊秦邱尹薛闫段雷侯史陶贺顾毛郝龚邵钱严覃"
        u"武戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁"
        u"尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤"
        u"阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬"
        u"师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";
    static const QStringView titles = u"长记任员席授师理士者官总导家生工";
    if (end - start != 2 || start < 1 || !families.contains(text[start - 1]))
        return false;
    if (start == 1)
        return true;
    const QChar before = text[start - 2];
    return titles.contains(before) || (!text::isHan(before) && !before.isLetterOrNumber());
}

} // namespace fangzhi::geo
