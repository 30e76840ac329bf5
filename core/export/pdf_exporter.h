#pragma once

#include "store/archive_types.h"

#include <QString>

class QPagedPaintDevice;

#include <functional>

namespace fangzhi::exporting {

struct ExportOptions
{
    QString title;     // on the title page: "方志 · Fangzhi"
    QStringList scope; // what was exported, a line each: the archive, the filters, how many (ScopeWords)
};

// Writes articles to a PDF: a title page, a table of contents with PDF bookmarks, each article
// on its own page with a citation header (newspaper, date, page, region, association, credit,
// source file), Chinese set in Noto Serif CJK SC and embedded, page numbers; its own words in
// the interface's language (context "PdfExport"). Page text is set
// as text, never as markup. progress(done, total) is called per article and may return false
// to cancel. Needs a QGuiApplication. Returns an empty string on success, else the reason.
[[nodiscard]] QString exportPdf(const QList<store::StoredArticle> &articles, const QString &path,
                                const ExportOptions &options,
                                const std::function<bool(int done, int total)> &progress = {});

// The same pages drawn on any paged device — a printer, a print preview — in its page layout.
// Returns an empty string on success, else the reason.
[[nodiscard]] QString paintArticles(QPagedPaintDevice &device, const QList<store::StoredArticle> &articles,
                                    const ExportOptions &options);

} // namespace fangzhi::exporting
