#include "import_summary.h"

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::gui {

QString ImportSummary::of(const ingest::ImportReport &r)
{
    const int failed = int(r.failed.size());
    const int reached = r.added + r.replaced + r.unchanged + r.duplicates + failed;
    const QStringList parts{tr("%n page(s) added", nullptr, r.added), tr("%n replaced", nullptr, r.replaced),
                            tr("%n unchanged", nullptr, r.unchanged),
                            tr("%n duplicate(s) of pages already stored", nullptr, r.duplicates),
                            tr("%n could not be imported", nullptr, failed)};
    QString summary = (r.cancelled ? tr("Import cancelled: %n file(s) reached", nullptr, reached)
                                   : tr("Import finished: %n file(s)", nullptr, r.files)) +
                      tr(" — ") + parts.join(tr(", ")) + tr("; ") + tr("%n article(s) stored.", nullptr, r.articles);
    if (r.cancelled && r.files > reached)
        summary += u' ' + tr("%n file(s) were not reached; importing them again completes the import.", nullptr,
                             r.files - reached);
    if (!r.warned.isEmpty())
        summary += u' ' + tr("%n page(s) were stored with bytes that could not be decoded, replaced by �.", nullptr,
                             int(r.warned.size()));
    return summary;
}

QStringList ImportSummary::details(const ingest::ImportReport &r)
{
    QStringList lines;
    for (const auto &f : r.failed)
        lines << u"%1: %2"_s.arg(f.file, f.reason);
    for (const auto &f : r.warned)
        lines << u"%1: %2"_s.arg(f.file, f.reason);
    return lines;
}

} // namespace fangzhi::gui
