#pragma once

#include <QString>

namespace fangzhi::text {

// Where an article stands in the text of its page, as offsets into that text; start < 0 when it
// could not be found (the page's text was changed since, or the article was read from lines
// too different from the page's).
struct TextSpan
{
    qsizetype start = -1;
    qsizetype end = -1;
    [[nodiscard]] bool found() const { return start >= 0 && end > start; }
};

// Finds an article's span from its body's opening and closing words (joined across the page's
// column breaks, so compared with line breaks and spaces ignored), widened to its headline when
// the page printed one just above, and to its credit when printed right after it.
[[nodiscard]] TextSpan spanOfArticle(const QString &pageText, const QString &title, bool titlePrinted,
                                     const QString &body, const QString &credit = {});

} // namespace fangzhi::text
