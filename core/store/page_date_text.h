#pragma once

#include "archive_types.h"

#include <QString>

namespace fangzhi::store {

// A page's date as precisely as it is known ("2024", "2024-08", "2024-08-16"), marked when it was
// inferred from the page's text rather than given by a manifest or a file name (unless Bare).
enum class DateWords { Marked, Bare };
[[nodiscard]] QString dateText(const PageDate &date, DateWords words = DateWords::Marked);

// For an inferred date, what it was inferred from, for a tooltip; empty otherwise.
[[nodiscard]] QString dateEvidence(const PageDate &date);

} // namespace fangzhi::store
