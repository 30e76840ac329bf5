#pragma once

#include <QString>

#include <functional>

namespace fangzhi::text {

// Reading a page of many megabytes takes seconds, and the one who asked for it may stop it
// meanwhile (Ctrl-C, Cancel). Whoever runs the work holds a StopWhen on its thread for as long
// as it runs; the long loops of parsing and placing ask stopRequested() now and then and, when
// it says so, leave the page unfinished. The caller, having asked, drops what it gets back.
class StopWhen
{
public:
    explicit StopWhen(std::function<bool()> asked);
    ~StopWhen();
    StopWhen(const StopWhen &) = delete;
    StopWhen &operator=(const StopWhen &) = delete;

private:
    std::function<bool()> m_asked;
    const StopWhen *m_outer;
};

// The reason given for a page whose reading was stopped on request.
inline const QString Stopped = QStringLiteral("stopped before it was read, as asked");

// Whether the work running on this thread has been asked to stop; false outside a StopWhen.
[[nodiscard]] bool stopRequested();

} // namespace fangzhi::text
