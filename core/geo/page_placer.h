#pragma once

#include "parse/page.h"
#include "resolver.h"

namespace fangzhi::geo {

// Files every article of a page under its subject region and that region's association, and
// lists the places it names. The subject is the association or place the headline names
// (a roundup report's place line first), else the lead's, else the credit's, else the place
// the article names most. The sponsor box never counts. Without a home province the page's
// own places decide it (a Sichuan paper names Sichuan's places).
void placePage(fangzhi::parse::Page &page, const Resolver &resolver = Resolver::bundled());

} // namespace fangzhi::geo
