#pragma once

#include <QStringView>

// What the words around a name say about whether it stands for a place: "赵县科技活动周" (a
// place opening a clause), "到宋埠镇调研" (after a verb of going), "望谟科协" (before what only
// places have), against "示范县" (inside a word), "理事长沙龙" (a word crossing its end),
// "副市长吴桂林" (a person's given name), "每日甘肃网" (a medium's name).
namespace fangzhi::geo {

// Words that follow a place's name and nothing else: 科协, 县委, 人民政府, 科技馆.
[[nodiscard]] bool followedByPlaceWord(QStringView text, qsizetype end);

// A street, road or lane named after a place: 北海市重庆路.
[[nodiscard]] bool followedByStreetWord(QStringView text, qsizetype end);

// A newspaper, site or station named after a place: 每日甘肃网, 大同日报, 达州电视台, and the
// brand before one (新甘肃·每日甘肃网).
[[nodiscard]] bool followedByMediaWord(QStringView text, qsizetype end);

// After 在, 到, 赴, 来自, 走进, 位于: where only places stand.
[[nodiscard]] bool precededByPlaceVerb(QStringView text, qsizetype start);

// Opening the text or a clause (after punctuation or a space), or after a place verb, or before
// a place word.
[[nodiscard]] bool standsAsAPlace(QStringView text, qsizetype start, qsizetype end);

// Whether a dictionary segmenter (ICU's word break rules for Chinese) joins the first character
// of text[start, end) to the characters before it, or the last one to those after it, into one
// word: 示范 in "示范县", 沙龙 in "理事长沙龙". Such a name is part of an ordinary word. A
// place verb before it or a place word after it keeps that side's boundary (走进行唐, 房山科协).
[[nodiscard]] bool crossedByAWord(QStringView text, qsizetype start, qsizetype end);

// A two-character name right after a family name that follows a title or opens a clause:
// "副市长吴桂林", "王桂林说".
[[nodiscard]] bool isAGivenName(QStringView text, qsizetype start, qsizetype end);

} // namespace fangzhi::geo
