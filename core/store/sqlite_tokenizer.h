#pragma once

#include <QSqlDatabase>

namespace fangzhi::store {

// Registers Fangzhi's FTS5 tokenizer "fangzhi" on an open SQLite connection. Chinese has no
// spaces between words, and ICU's word breaks split place names into single characters, so
// documents are indexed character by character with each pair of neighbouring Han characters
// as a colocated token: "达州市" gives 达, 达州 | 州, 州市 | 市. A query of one character
// matches its single-character tokens; a longer run becomes the phrase of its pairs
// ("达州市" -> 达州 州市), which matches exactly where the run stands in the text. Latin
// letters and digits are lower-case words. Also registers the ranking function fangzhi_rank()
// (see sqlite_tokenizer.cpp). Returns false when FTS5 is not available.
[[nodiscard]] bool registerTokenizer(const QSqlDatabase &db);

} // namespace fangzhi::store
