#pragma once

#include <QtGlobal>

#include <array>
#include <vector>

namespace fangzhi::store {

// How the search index reads text, in SQLite's FTS5 index and in PostgreSQL's tsvector alike.
// Chinese has no spaces between words, and ICU's word breaks split place names into single
// characters, so a run of Han characters is read character by character with each pair of
// neighbours as a token at the first one's position: "达州市" gives 达, 达州 | 州, 州市 | 市.
// A document keeps each character only the first time it stands in it (a single character is
// searched for on its own, to learn which articles hold it); a query of one character looks
// for it alone, a longer run for its pairs in a row, which match exactly where the run stands.
// Latin letters and digits are lower-case words.
enum class TokenReading { Document, Query };

namespace detail {

// Decodes one UTF-8 character at p (n bytes left); returns its length, 1 for a broken byte.
inline int decodeUtf8(const unsigned char *p, int n, char32_t *cp)
{
    if (p[0] < 0x80) {
        *cp = p[0];
        return 1;
    }
    const int len = p[0] >= 0xF0 ? 4 : p[0] >= 0xE0 ? 3 : p[0] >= 0xC0 ? 2 : 1;
    if (len == 1 || len > n) {
        *cp = 0xFFFD;
        return 1;
    }
    char32_t c = p[0] & (0x3F >> (len - 1));
    for (int i = 1; i < len; ++i)
        c = (c << 6) | (p[i] & 0x3F);
    *cp = c;
    return len;
}

// Han and other scripts written without spaces: indexed by characters and pairs.
inline bool isIdeographic(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x3134F) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF);
}

inline bool isWordChar(char32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// The characters already indexed in one text: the other places a character stands get only
// their pair, which leaves out about half of the single characters.
class SeenCharacters
{
public:
    ~SeenCharacters()
    {
        for (const char32_t c : m_set)
            m_bits[c / 64] = 0;
    }
    bool insert(char32_t c)
    {
        const quint64 bit = quint64(1) << (c % 64);
        if (c >= Limit || (m_bits[c / 64] & bit))
            return c >= Limit; // outside the table: always indexed
        m_bits[c / 64] |= bit;
        m_set.push_back(c);
        return true;
    }

private:
    static constexpr char32_t Limit = 0x31350;
    static thread_local inline std::array<quint64, Limit / 64 + 1> m_bits{};
    std::vector<char32_t> m_set;
};

} // namespace detail

// Calls emit(token, length, start, end, colocated) for each token of UTF-8 text in order, where
// start and end are byte offsets and colocated says the token stands at the same position as
// the one before. Stops, returning false, as soon as emit returns false.
template <typename Emit>
bool forEachIndexToken(const char *text, int length, TokenReading reading, Emit &&emit)
{
    using namespace detail;
    const auto *p = reinterpret_cast<const unsigned char *>(text);
    const bool query = reading == TokenReading::Query;
    SeenCharacters seen;
    int i = 0;
    while (i < length) {
        char32_t c;
        const int n = decodeUtf8(p + i, length - i, &c);
        if (isIdeographic(c)) {
            // Walk the run: at each character, its single (if new) and its pair with the next.
            int at = i, len = n, count = 1;
            char32_t current = c;
            while (true) {
                const int next = at + len;
                char32_t d = 0;
                const int m = next < length ? decodeUtf8(p + next, length - next, &d) : 0;
                const bool pair = m > 0 && isIdeographic(d);
                bool placed = false; // a token already stands at this position
                if (!query && seen.insert(current)) {
                    if (!emit(text + at, len, at, at + len, false))
                        return false;
                    placed = true;
                }
                if (pair && !emit(text + at, len + m, at, next + m, placed))
                    return false;
                if (!pair) {
                    if (query && count == 1 && !emit(text + at, len, at, at + len, false))
                        return false;
                    i = next;
                    break;
                }
                at = next;
                len = m;
                current = d;
                ++count;
            }
            continue;
        }
        if (isWordChar(c)) {
            char word[64];
            int w = 0, j = i;
            while (j < length && isWordChar(p[j])) {
                if (w < int(sizeof word))
                    word[w++] = char(p[j] >= 'A' && p[j] <= 'Z' ? p[j] + 32 : p[j]);
                ++j;
            }
            if (!emit(word, w, i, j, false))
                return false;
            i = j;
            continue;
        }
        i += n;
    }
    return true;
}

} // namespace fangzhi::store
