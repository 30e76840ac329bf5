#pragma once

#include <QChar>
#include <QStringView>

// Character classes the page parser reasons with. Text reaching these helpers is already
// NFKC-normalised, so full-width ASCII punctuation has become its ASCII form.
namespace fangzhi::text {

[[nodiscard]] constexpr bool isHan(char32_t c) noexcept
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x20000 && c <= 0x3134F) || (c >= 0xF900 && c <= 0xFAFF);
}

[[nodiscard]] inline bool isHan(QChar c) noexcept
{
    // Surrogates stand for the rare extension planes; treat them as Han so that names
    // written with extension-B characters still count as words.
    return isHan(char32_t(c.unicode())) || c.isSurrogate();
}

// Punctuation that ends or splits a sentence: a line holding one of these is prose, not a headline.
[[nodiscard]] constexpr bool isSentencePunct(char16_t c) noexcept
{
    switch (c) {
    case u'。':
    case u',':
    case u';':
    case u'!':
    case u'?':
    case u'.':
    case u'，':
    case u'；':
    case u'！':
    case u'？':
    case u'｡':
        return true;
    default:
        return false;
    }
}

// Characters after which a paragraph is complete; a paragraph ending otherwise was cut by a
// column break.
[[nodiscard]] constexpr bool endsClause(char16_t c) noexcept
{
    switch (c) {
    case u'。':
    case u',':
    case u';':
    case u'!':
    case u'?':
    case u':':
    case u'.':
    case u'…':
    case u')':
    case u'、':
    case u'」':
    case u'』':
    case u'》':
    case u'】':
        return true;
    default:
        return false;
    }
}

// Number of characters in s, counting a surrogate pair once.
[[nodiscard]] inline qsizetype charCount(QStringView s) noexcept
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < s.size(); ++i)
        if (!s[i].isLowSurrogate())
            ++n;
    return n;
}

} // namespace fangzhi::text
