#pragma once

#include <QString>

namespace fangzhi::gui {

// The language the interface speaks: "" follows the system, "en" or "zh_CN". Replaces the
// translator in use (widgets then get a LanguageChange event) and remembers the choice.
void useLanguage(const QString &code);
[[nodiscard]] QString savedLanguage();

} // namespace fangzhi::gui
