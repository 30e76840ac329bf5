#pragma once

#include "store/archive_types.h"

namespace fangzhi::ingest {

// Dates a page that neither a manifest nor its file name dates, from what its text says:
// explicit years ("2022年"; ranges and plans such as "2021—2025年" and "到2025年" are left out),
// month and day ("1月6日"), and events whose date is known ("党的二十届三中全会", 2024-07).
// The page appeared after everything it reports, so the latest of these is the estimate.
// Precision is "month" when a month and day were found in the estimated year, else "year".
// Years after today, and dates before 1 October 1949 (no local paper of the People's Republic
// printed before it), are left out as an estimate: nothing is inferred from them.
[[nodiscard]] store::PageDate inferPageDate(const QString &text, const QDate &today = QDate::currentDate());

// Whether a page can have appeared on a date that was read from its text, not given.
[[nodiscard]] bool plausiblePageDate(const QDate &date, const QDate &today = QDate::currentDate());

} // namespace fangzhi::ingest
