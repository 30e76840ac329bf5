// PostgreSQL's search at scale, GIN against RUM: an SQLite archive's articles (its index source:
// title, body, places, scope) become Fangzhi's tsvectors on a throw-away server, indexed both
// ways, and the same queries drawn from the text — one, two and four characters, two terms —
// are counted and ranked (the first 20) with each index.
//   bench_postgres_search [--from ARCHIVE] [--queries N]
// Without --from, the sample pages are imported into a temporary archive (a smoke run).
#include "ingest/importer.h"
#include "postgres_server.h"
#include "store/archive_store.h"
#include "store/postgres/search_vector.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace fangzhi;

namespace {

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_postgres_search: %s\n", qPrintable(what));
    std::exit(1);
}

void exec(QSqlQuery &q, const QString &sql)
{
    if (!q.exec(sql))
        fail(sql + u": "_s + q.lastError().text());
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as soon as it is measured
    QString from;
    int queries = 20;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--from" && i + 1 < args.size())
            from = args[++i];
        else if (args[i] == u"--queries" && i + 1 < args.size())
            queries = args[++i].toInt();
        else
            fail(u"usage: bench_postgres_search [--from ARCHIVE] [--queries N]"_s);
    }
    QTemporaryDir scratch;
    if (from.isEmpty()) {
        from = scratch.filePath(u"samples.fangzhi"_s);
        QString error;
        auto archive = store::openSqliteArchive(from, &error);
        if (!archive)
            fail(error);
        (void)ingest::importPages(*archive, {QStringLiteral(FANGZHI_SEEDS_DIR)});
    }

    test::PostgresServer server;
    if (!server.ok())
        fail(server.error());
    QSqlDatabase pg = server.connect(u"bench"_s);
    QSqlQuery q(pg);
    exec(q, u"CREATE EXTENSION rum"_s);
    exec(q, u"CREATE TABLE docs (id bigint PRIMARY KEY, search tsvector NOT NULL)"_s);

    // The articles, as tsvectors, and the texts the queries are drawn from.
    QStringList bodies;
    QElapsedTimer t;
    t.start();
    {
        QSqlDatabase source = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"source"_s);
        source.setDatabaseName(from);
        source.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!source.open())
            fail(source.lastError().text());
        QSqlQuery read(source);
        read.setForwardOnly(true);
        if (!read.exec(u"SELECT id, title, body, places, scope FROM article_search_source"_s))
            fail(read.lastError().text());
        exec(q, u"BEGIN"_s);
        q.prepare(u"INSERT INTO docs VALUES (?, CAST(? AS tsvector))"_s);
        QRandomGenerator pick(11);
        while (read.next()) {
            q.addBindValue(read.value(0).toLongLong());
            q.addBindValue(store::postgres::searchVector({read.value(1).toString(), read.value(2).toString(),
                                                          read.value(3).toString(), read.value(4).toString()}));
            if (!q.exec())
                fail(q.lastError().text());
            if (bodies.size() < 2000 && pick.bounded(20) == 0)
                bodies.append(read.value(2).toString());
        }
        exec(q, u"COMMIT"_s);
        read.finish();
        source.close();
    }
    QSqlDatabase::removeDatabase(u"source"_s);
    exec(q, u"SELECT count(*) FROM docs"_s);
    q.next();
    const qint64 articles = q.value(0).toLongLong();
    std::printf("loaded %lld articles as tsvectors in %.1f s\n", qlonglong(articles), t.elapsed() / 1000.0);
    exec(q, u"CREATE TABLE docs_rum AS SELECT * FROM docs"_s);
    for (const auto &[name, sql] : {std::pair{u"GIN"_s, u"CREATE INDEX docs_gin ON docs USING gin (search)"_s},
                                    std::pair{u"RUM"_s, u"CREATE INDEX docs_rumi ON docs_rum USING rum (search rum_tsvector_ops)"_s}}) {
        t.restart();
        exec(q, sql);
        std::printf("%s index built in %.1f s\n", qPrintable(name), t.elapsed() / 1000.0);
    }
    exec(q, u"VACUUM ANALYZE docs"_s);
    exec(q, u"VACUUM ANALYZE docs_rum"_s);
    exec(q, u"SELECT pg_relation_size('docs_gin'), pg_relation_size('docs_rumi'), pg_table_size('docs')"_s);
    q.next();
    std::printf("index size: GIN %.1f MB, RUM %.1f MB (the tsvectors themselves, TOAST included: %.1f MB)\n",
                q.value(0).toLongLong() / 1048576.0, q.value(1).toLongLong() / 1048576.0,
                q.value(2).toLongLong() / 1048576.0);
    if (bodies.isEmpty())
        fail(u"no articles to draw queries from"_s);

    QRandomGenerator rng(7);
    const auto draw = [&](int length) {
        for (int tries = 0; tries < 1000; ++tries) {
            const QString &body = bodies[rng.bounded(int(bodies.size()))];
            const QString s = body.mid(rng.bounded(int(std::max<qsizetype>(1, body.size() - length))), length);
            if (s.size() == length && std::all_of(s.begin(), s.end(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; }))
                return s;
        }
        return u"科"_s;
    };
    for (const auto &[label, length, terms] :
         {std::tuple{"1 character ", 1, 1}, std::tuple{"2 characters", 2, 1}, std::tuple{"4 characters", 4, 1},
          std::tuple{"two terms   ", 2, 2}}) {
        QList<double> count[2], ranked[2];
        qint64 hits = 0;
        for (int n = 0; n < queries; ++n) {
            QStringList words;
            for (int w = 0; w < terms; ++w)
                words << draw(length);
            const QString tsquery = store::postgres::searchTsQuery(store::parseSearchQuery(words.join(u' ')));
            for (int index = 0; index < 2; ++index) {
                const QString table = index == 0 ? u"docs"_s : u"docs_rum"_s;
                // Titles weigh most, as in the SQLite archive's ranking.
                const QString order = index == 0 ? u"ts_rank('{0.1, 0.0, 0.2, 1.0}', search, query) DESC"_s
                                                 : u"search <=> query"_s;
                t.restart();
                q.prepare(u"SELECT count(*) FROM %1, CAST(? AS tsquery) query WHERE search @@ query"_s.arg(table));
                q.addBindValue(tsquery);
                if (!q.exec() || !q.next())
                    fail(q.lastError().text());
                count[index].append(t.nsecsElapsed() / 1e6);
                hits += index == 0 ? q.value(0).toLongLong() : 0;
                t.restart();
                q.prepare(u"SELECT id FROM %1, CAST(? AS tsquery) query WHERE search @@ query ORDER BY %2 LIMIT 20"_s
                              .arg(table, order));
                q.addBindValue(tsquery);
                if (!q.exec())
                    fail(q.lastError().text());
                while (q.next()) {
                }
                ranked[index].append(t.nsecsElapsed() / 1e6);
            }
        }
        std::printf("%s (mean %lld hits)  count: GIN %7.1f ms  RUM %7.1f ms   best 20 ranked: GIN %7.1f ms  RUM %7.1f "
                    "ms  (medians)\n",
                    label, qlonglong(hits / std::max(1, queries)), median(count[0]), median(count[1]),
                    median(ranked[0]), median(ranked[1]));
    }
    q = QSqlQuery(); // before the connection goes
    pg.close();
    return 0;
}
