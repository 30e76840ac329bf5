#include "sqlite_tokenizer.h"
#include "store/index_tokens.h"
#include "sqlite_connection.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <array>

namespace fangzhi::store {
namespace {

using TokenCallback = int (*)(void *, int, const char *, int, int, int);

// Documents and queries as index_tokens.h reads them.
int tokenize(Fts5Tokenizer *, void *ctx, int flags, const char *text, int length, TokenCallback token)
{
    const TokenReading reading = (flags & FTS5_TOKENIZE_QUERY) ? TokenReading::Query : TokenReading::Document;
    int rc = SQLITE_OK;
    forEachIndexToken(text, length, reading, [&](const char *t, int n, int start, int end, bool colocated) {
        rc = token(ctx, colocated ? FTS5_TOKEN_COLOCATED : 0, t, n, start, end);
        return rc == SQLITE_OK;
    });
    return rc;
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
