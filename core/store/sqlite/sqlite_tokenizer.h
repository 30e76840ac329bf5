#pragma once

#include <QSqlDatabase>

namespace fangzhi::store {

// Registers Fangzhi's FTS5 tokenizer "fangzhi" on an open SQLite connection: text is read as
// index_tokens.h says (single Han characters and pairs, a longer query run as the phrase of its
// pairs, lower-case Latin words). Also registers the ranking function fangzhi_rank() (see
// sqlite_tokenizer.cpp). Returns false when FTS5 is not available.
[[nodiscard]] bool registerTokenizer(const QSqlDatabase &db);

} // namespace fangzhi::store
