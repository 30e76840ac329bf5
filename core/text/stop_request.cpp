#include "stop_request.h"

namespace fangzhi::text {
namespace {

thread_local const StopWhen *t_current = nullptr;
thread_local const std::function<bool()> *t_asked = nullptr;

} // namespace

StopWhen::StopWhen(std::function<bool()> asked) : m_asked(std::move(asked)), m_outer(t_current)
{
    t_current = this;
    t_asked = &m_asked;
}

StopWhen::~StopWhen()
{
    t_current = m_outer;
    t_asked = m_outer ? &m_outer->m_asked : nullptr;
}

bool stopRequested()
{
    return t_asked && (*t_asked) && (*t_asked)();
}

} // namespace fangzhi::text
