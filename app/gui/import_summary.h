#pragma once

#include "ingest/importer.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace fangzhi::gui {

// An import said in words that add up: every file found is added, replaced, unchanged, a
// duplicate, failed, or (after a cancel) not reached.
class ImportSummary
{
    Q_DECLARE_TR_FUNCTIONS(ImportSummary)
public:
    [[nodiscard]] static QString of(const ingest::ImportReport &report);
    // The files counted as failed or stored with a warning, each with its reason.
    [[nodiscard]] static QStringList details(const ingest::ImportReport &report);
};

} // namespace fangzhi::gui
