#pragma once

#include "store/archive_types.h"

#include <QList>

#include <optional>

namespace fangzhi::gui {

// Where the archivist was: the filters of the list (region, place mentioned, dates, search…) and
// the article being read.
struct ReadingPlace
{
    store::ArticleFilter filter;
    qint64 article = 0;

    [[nodiscard]] bool operator==(const ReadingPlace &) const = default;
};

// Back and Forward through the places visited, as a browser goes through pages.
class ReadingHistory
{
public:
    // Leaving `from` for somewhere new: Back returns to it, and Forward has nowhere to go.
    void leave(const ReadingPlace &from);
    // Where Back (or Forward) goes from `current`, which Forward (or Back) then returns to.
    [[nodiscard]] std::optional<ReadingPlace> back(const ReadingPlace &current);
    [[nodiscard]] std::optional<ReadingPlace> forward(const ReadingPlace &current);
    [[nodiscard]] bool canGoBack() const { return !m_back.isEmpty(); }
    [[nodiscard]] bool canGoForward() const { return !m_forward.isEmpty(); }
    void clear();

private:
    static constexpr qsizetype Kept = 200;
    QList<ReadingPlace> m_back, m_forward;
};

} // namespace fangzhi::gui
