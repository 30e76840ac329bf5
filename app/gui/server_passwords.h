#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace fangzhi::gui {

// The passwords of shared archives, in the desktop's keychain (qtkeychain: the Secret Service,
// KWallet), keyed by the archive's location, which holds no password. They are never written to
// settings, logs or titles. Both calls answer later, on the calling thread's event loop.
void rememberPassword(const QString &location, const QString &password,
                      std::function<void(const QString &error)> done);
// The password, or nothing when none is kept (or there is no keychain); error says why not.
void recallPassword(const QString &location,
                    std::function<void(const std::optional<QString> &password, const QString &error)> done);

} // namespace fangzhi::gui
