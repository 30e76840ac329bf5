#pragma once

#include "pdf_update.h"

#include <QRawFont>
#include <QString>

namespace fangzhi::exporting {

struct Bookmark
{
    QString title;
    int page = 0; // 0-based page index
};

// Adds PDF bookmarks (an outline), which QPdfWriter has no API for.
[[nodiscard]] bool addOutline(PdfUpdate &pdf, const QList<Bookmark> &bookmarks);

// Makes the text of a PDF that QPdfWriter wrote with CJK fonts extract as Chinese. Qt maps
// each glyph back to the lowest code point that shows it, and CJK fonts share glyphs between
// ideographs and the Kangxi radicals (方 and ⽅), so copied text came out in radicals. The
// ToUnicode maps are rewritten to the ideographs (found through font, the font the PDF
// embeds); the space glyph, which Qt maps to a tab, becomes a space again.
[[nodiscard]] bool fixTextMapping(PdfUpdate &pdf, const QRawFont &font);

} // namespace fangzhi::exporting
