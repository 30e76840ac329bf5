#pragma once

#include "page.h"

namespace fangzhi::parse {

// The parser's version, stored with every page it read: pages read by an older one can be read
// again (fangzhi-cli reparse). 1 was the parser fitted to the sample pages; 2 weighs evidence.
inline constexpr int ParserVersion = 2;

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
