#pragma once

#include "store/archive_types.h"

namespace fangzhi::exporting {

// An article cited as GB/T 7714-2015 cites a newspaper article: 作者. 题名[N]. 报纸名, 出版日期(版次).
// What is not known is left out, never invented; an inferred date is given in square brackets,
// as the standard marks a date supplied by the cataloguer.
[[nodiscard]] QString citation(const store::StoredArticle &article);

// The writers a byline names ("■本报记者 王某 通讯员 李某" → 王某, 李某); none for a byline that
// names no one (原标题:…).
[[nodiscard]] QStringList bylineAuthors(const QString &byline);
// The writers of an article: its byline's, else those its credit names as reporters or writers.
[[nodiscard]] QStringList articleAuthors(const store::StoredArticle &article);

} // namespace fangzhi::exporting
