#include "reading_history.h"

namespace fangzhi::gui {

void ReadingHistory::leave(const ReadingPlace &from)
{
    if (m_back.isEmpty() || m_back.last() != from)
        m_back.append(from);
    if (m_back.size() > Kept)
        m_back.removeFirst();
    m_forward.clear();
}

std::optional<ReadingPlace> ReadingHistory::back(const ReadingPlace &current)
{
    if (m_back.isEmpty())
        return std::nullopt;
    m_forward.append(current);
    return m_back.takeLast();
}

std::optional<ReadingPlace> ReadingHistory::forward(const ReadingPlace &current)
{
    if (m_forward.isEmpty())
        return std::nullopt;
    m_back.append(current);
    return m_forward.takeLast();
}

void ReadingHistory::clear()
{
    m_back.clear();
    m_forward.clear();
}

} // namespace fangzhi::gui
