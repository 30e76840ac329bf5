#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace fangzhi::parse {

// Dates written in the text ("2021年", "10月20日", "2022年9月21日"), in order, each once.
// They are clues for dating a page whose file carries no date.
[[nodiscard]] QStringList findDateClues(const QString &text);

// A date in a page's file name: "2021-10-25_p3.txt", "20211025.txt"; invalid otherwise.
[[nodiscard]] QDate dateFromFileName(const QString &fileName);

} // namespace fangzhi::parse
