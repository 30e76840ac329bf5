#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

// General evidence about one line of a page, whatever the paper: datelines of every kind,
// bylines, digital-edition page labels and date lines, site furniture, captions, credits and
// how a paragraph opens. Each answers from the line alone; the assembler weighs them in context.
namespace fangzhi::parse {

// The dateline a lead opens with, with its bracketed reporters when they follow:
// "本报讯", "本网讯(记者 王某)", "广元网讯", "剑阁讯", "新华社成都5月3日电", "中新网雅安6月8日电
// (记者 李某)", "本报绵阳6月1日电", "(记者 王某)". Empty when the line opens otherwise.
[[nodiscard]] QString datelineAt(QStringView prose);

// A digital edition's page line: "第01版 要闻", "第02版:综合", "版次:A3",
// "版面:第03版:县域".
[[nodiscard]] bool isPageLabel(QStringView line);
// The page a page label numbers ("01", "A05"), empty when it numbers none.
[[nodiscard]] QString pageLabelNumber(QStringView line);
// The section a page label names ("要闻"), empty when it names none.
[[nodiscard]] QString pageLabelSection(QStringView line);

// A line that only dates the page or article: "2024年05月30日 星期四", "发布日期:2023-08-15",
// "出版日期:…", "2023-06-12".
[[nodiscard]] bool isDateLine(QStringView line);
[[nodiscard]] QDate dateOfDateLine(QStringView line);

// What a saved web page brings along: "【字号 大 中 小】", "打印本页", "返回目录", share bars.
[[nodiscard]] bool isFurniture(QStringView line);

// A line naming who wrote the article: "■本报记者 王某", "作者:李某", "记者 赵某",
// "钱某 南充报道", "文/图 王某", "本报记者 王某 通讯员 李某", "原标题:…".
[[nodiscard]] bool isBylineLine(QStringView line);

// A name that ends as organisations do: "朝天区科技局", "科普部", "剑阁科协".
[[nodiscard]] bool isOrganisationName(QStringView text);

// A person's name (at most four characters) or an organisation's: the parts of a credit.
[[nodiscard]] bool isNameOrOrganisation(QStringView token);

// A bracketed line that is a closing credit rather than a photo caption: a person's name, an
// organisation, "供稿", "记者"… "(活动现场)" and "(受访者供图)" are captions.
[[nodiscard]] bool isBracketedCredit(QStringView inner);

// Words that mark a short line as a photo caption: "图为…", "…现场", "…供图", "(图片由…提供)".
[[nodiscard]] bool hasCaptionCue(QStringView line);

// A paragraph that opens by dating its news: "5月16日上午,", "2023年4月,", "21日下午,",
// "今天(3月1日),", "近日,", "日前,".
[[nodiscard]] bool opensWithDate(QStringView prose);

// A paragraph that goes on from the one before it: "会上,", "据悉,", "同时,", "活动中,", "此外,".
[[nodiscard]] bool opensAsContinuation(QStringView prose);

// "1.", "一、", "◆": a numbered or bulleted item of a list of briefs.
[[nodiscard]] bool opensWithItemMarker(QStringView prose);

// "本报", "该县" …: the paragraph's first clause refers back to a place already named.
[[nodiscard]] bool refersBack(QStringView prose);

// The place or association a line opens with, before a colon or a verb: "苍溪科协:", "利州区:".
[[nodiscard]] bool opensWithSubjectColon(QStringView line);

// Words that make a "——" part a subtitle rather than the headline: 纪实, 侧记, 小记, 综述 …
[[nodiscard]] bool isReportageSubtitle(QStringView text);

} // namespace fangzhi::parse
