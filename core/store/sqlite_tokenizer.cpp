#include "sqlite_tokenizer.h"
#include "sqlite_connection.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <array>
#include <vector>

namespace fangzhi::store {
namespace {

// Decodes one UTF-8 character at p (n bytes left); returns its length, 1 for a broken byte.
int decode(const unsigned char *p, int n, char32_t *cp)
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
bool isIdeographic(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x3134F) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF);
}

bool isWordChar(char32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

using TokenCallback = int (*)(void *, int, const char *, int, int, int);

// The characters already indexed in one text. A single character is searched for on its own
// only, to learn which articles hold it, so the index keeps it once per column: the other
// places it stands get only their pair. That leaves out about half of the single characters.
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

// Documents: every pair of neighbouring characters at the first one's position, and each
// character the first time it stands in the text, at the same position. Queries: one
// character alone, or the pairs of a longer run as a phrase.
int tokenize(Fts5Tokenizer *, void *ctx, int flags, const char *text, int length, TokenCallback token)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text);
    const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
    SeenCharacters seen;
    int i = 0;
    while (i < length) {
        char32_t c;
        const int n = decode(p + i, length - i, &c);
        if (isIdeographic(c)) {
            // Walk the run: at each character, its single (if new) and its pair with the next.
            int at = i, len = n, count = 1;
            char32_t current = c;
            while (true) {
                const int next = at + len;
                char32_t d = 0;
                const int m = next < length ? decode(p + next, length - next, &d) : 0;
                const bool pair = m > 0 && isIdeographic(d);
                int placed = 0; // tokens emitted at this position
                int rc = SQLITE_OK;
                if (!query && seen.insert(current)) {
                    rc = token(ctx, 0, text + at, len, at, at + len);
                    ++placed;
                }
                if (rc == SQLITE_OK && pair)
                    rc = token(ctx, placed ? FTS5_TOKEN_COLOCATED : 0, text + at, len + m, at, next + m);
                if (rc != SQLITE_OK)
                    return rc;
                if (!pair) {
                    if (query && count == 1 && (rc = token(ctx, 0, text + at, len, at, at + len)) != SQLITE_OK)
                        return rc;
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
            if (const int rc = token(ctx, 0, word, w, i, j); rc != SQLITE_OK)
                return rc;
            i = j;
            continue;
        }
        i += n;
    }
    return SQLITE_OK;
}

int create(void *, const char **, int, Fts5Tokenizer **out)
{
    static int instance;
    *out = reinterpret_cast<Fts5Tokenizer *>(&instance); // stateless: one shared instance
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer *)
{
}

fts5_api *fts5(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

// fangzhi_rank(): how well an article matches, lower is better (as ORDER BY wants it). Each
// column's hits count with its weight (title 10, body 1, places' pinyin 2, scope nothing), and
// more hits in a column count for less each: w · n / (n + 1.2), as in BM25. Unlike FTS5's bm25()
// it reads neither the column sizes of each row nor every phrase's document count: bm25() cost
// about 50 µs a row in an archive of a million articles, this a fraction of that.
void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result, int, sqlite3_value **)
{
    constexpr double weights[] = {10.0, 1.0, 2.0, 0.0};
    int hits[std::size(weights)] = {};
    int count = 0;
    if (api->xInstCount(fts, &count) != SQLITE_OK) {
        sqlite3_result_error(result, "fangzhi_rank: no hits", -1);
        return;
    }
    for (int i = 0; i < count; ++i) {
        int phrase = 0, column = 0, offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) == SQLITE_OK && column >= 0 &&
            column < int(std::size(weights)))
            ++hits[column];
    }
    double score = 0;
    for (size_t c = 0; c < std::size(weights); ++c)
        score += weights[c] * hits[c] / (hits[c] + 1.2);
    sqlite3_result_double(result, -score);
}

} // namespace

bool registerTokenizer(const QSqlDatabase &db)
{
    sqlite3 *connection = sqliteHandle(db);
    fts5_api *api = connection ? fts5(connection) : nullptr;
    if (!api)
        return false;
    fts5_tokenizer tokenizer{create, destroy, tokenize};
    return api->xCreateTokenizer(api, "fangzhi", nullptr, &tokenizer, nullptr) == SQLITE_OK &&
           api->xCreateFunction(api, "fangzhi_rank", nullptr, rank, nullptr) == SQLITE_OK;
}

} // namespace fangzhi::store
