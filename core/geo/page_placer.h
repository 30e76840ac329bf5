#pragma once

#include "parse/page.h"
#include "resolver.h"

namespace fangzhi::geo {

// Files every article of a page under its subject region and that region's association, and
// lists the places it names. The subject is the association or place the headline names
// (a roundup report's place line first), else the lead's, else the credit's, else the place
// the article names most. The sponsor box never counts. Without a home province the page's
// own places decide it (a Sichuan paper names Sichuan's places).
//
// The source says what is known of the page besides its text: its date (a manifest's, a date
// line's, inferred; else the file name's), which picks what changed names meant then, and its
// paper, whose place stands for 本报's 市科协 and 我市 when the text names no other and gives
// the home province when none was given.
struct PageSource
{
    QDate date;
    QString newspaper;
};
void placePage(fangzhi::parse::Page &page, const PageSource &source = {},
               const Resolver &resolver = Resolver::bundled());

} // namespace fangzhi::geo
