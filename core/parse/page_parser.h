#pragma once

#include "page.h"

namespace fangzhi::parse {

// How pages are read, segmented and placed, stored with every page: pages read by an older
// version can be read again in place (fangzhi-cli reparse). 1 was the parser fitted to the sample
// pages; 2 weighs evidence; 3 places articles with the gazetteer since 1981 and the page's date.
inline constexpr int ParserVersion = 3;

// Turns one page's normalised text into its articles and page metadata.
// Pure and thread-safe: no I/O, no shared state.
[[nodiscard]] Page parsePage(const QString &normalizedText);

// Splits text into blocks (non-empty lines), counting the blank lines before each.
[[nodiscard]] QList<Block> splitBlocks(const QString &normalizedText);

// Joins body paragraphs that a column break cut mid-sentence; one paragraph per line.
// Sub-headings (isHeading) are never joined to their neighbours.
struct BodyParagraph
{
    QString text;
    bool isHeading = false;
};
[[nodiscard]] QString rejoinColumns(const QList<BodyParagraph> &paragraphs);

} // namespace fangzhi::parse
