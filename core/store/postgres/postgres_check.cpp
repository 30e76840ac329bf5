// Checking a team's archive on a server: Fangzhi's running totals against the rows, and every
// article's search vector present. The server keeps its own pages sound; reads only.
#include "postgres_check.h"

#include "postgres_errors.h"

#include "store/check_queries.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::store::postgres {
namespace {

const QString FieldCounts = fieldCountsSql();
const QString RegionTotals = u"SELECT region, sum(articles) FROM region_totals GROUP BY 1 HAVING sum(articles) <> 0"_s;
const QString RegionCounts = u"SELECT coalesce(region, -1), count(*) FROM articles GROUP BY 1"_s;
const QString FieldTotals =
    u"SELECT field, value, sum(articles) FROM field_values GROUP BY 1, 2 HAVING sum(articles) <> 0"_s;

// The rows of one query that another lacks, and the other way round: how many disagree.
QString disagreeing(const QString &totals, const QString &counts)
{
    return u"SELECT count(*) FROM (((%1) EXCEPT (%2)) UNION ALL ((%2) EXCEPT (%1))) AS wrong"_s.arg(totals, counts);
}

const QList<std::pair<QString, QString>> Checks{
    {disagreeing(RegionTotals, RegionCounts),
     u"the counts of articles per region (shown in the region tree) disagree with the articles in %n region(s)"_s},
    {disagreeing(FieldTotals, FieldCounts),
     u"the counts of associations, sections and newspapers (shown in the filters) disagree with the articles "
     "for %n name(s)"_s},
    {u"SELECT count(*) FROM (SELECT coalesce(sum(value), 0) FROM archive_totals WHERE name = 'pages' "
     "EXCEPT SELECT count(*) FROM pages) AS wrong"_s,
     u"the count of pages disagrees with the pages"_s},
    {u"SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_search s WHERE s.id = a.id)"_s,
     u"%n article(s) cannot be found by searching: their search words are missing"_s},
    {u"SELECT count(*) FROM articles a JOIN article_search s ON s.id = a.id "
     "WHERE s.region IS DISTINCT FROM a.region OR s.date IS DISTINCT FROM a.date"_s,
     u"%n article(s) would be found under another region or date than their own"_s},
};

QString counted(const QString &text, qint64 n)
{
    QString s = text;
    return s.replace(u"%n"_s, QString::number(n)).replace(u"(s)"_s, n == 1 ? QString() : u"s"_s);
}

} // namespace

ArchiveCheck checkServerArchive(const ServerLocation &location, const QString &password)
{
    ArchiveCheck check;
    static std::atomic<int> serial{0};
    const QString connection = u"fangzhi-server-check-%1"_s.arg(serial.fetch_add(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        QString why;
        if (!openServer(db, location, password, &why)) {
            check.problems << why;
        } else {
            QSqlQuery q(db);
            // One snapshot for every count, so that an import under way is not mistaken for damage.
            q.exec(u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s);
            if (q.exec(u"SELECT (SELECT count(*) FROM pages), (SELECT count(*) FROM articles)"_s) && q.next()) {
                check.pages = q.value(0).toLongLong();
                check.articles = q.value(1).toLongLong();
                for (const auto &[sql, problem] : Checks) {
                    if (!q.exec(sql) || !q.next())
                        check.problems << inWords(q.lastError());
                    else if (const qint64 n = q.value(0).toLongLong(); n > 0)
                        check.problems << counted(problem, n);
                }
            } else {
                check.problems << (q.lastError().nativeErrorCode() == u"42P01"_s
                                       ? u"the database holds no Fangzhi archive"_s
                                       : inWords(q.lastError()));
            }
            q.exec(u"ROLLBACK"_s);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return check;
}

} // namespace fangzhi::store::postgres
