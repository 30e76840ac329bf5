#include "store/archive_store.h"
#include "sqlite_connection.h"
#include "sqlite_tokenizer.h"
#include "sqlite_errors.h"

#include <QFileInfo>
#include "store/check_queries.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::store {
namespace {

const QString FieldCounts = fieldCountsSql();

// Fangzhi's running totals against the rows they count: each query lists what disagrees.
const QList<std::pair<QString, QString>> TotalsChecks{
    {u"SELECT region, articles FROM region_totals WHERE articles > 0 EXCEPT "
     "SELECT coalesce(region, -1), count(*) FROM articles GROUP BY 1 UNION ALL "
     "SELECT coalesce(region, -1), count(*) FROM articles GROUP BY 1 EXCEPT "
     "SELECT region, articles FROM region_totals"_s,
     u"the counts of articles per region (shown in the region tree) disagree with the articles in %n "
     "region(s)"_s},
    {u"SELECT field, value, articles FROM field_values WHERE articles > 0 EXCEPT SELECT * FROM ("_s + FieldCounts +
         u") UNION ALL SELECT * FROM ("_s + FieldCounts + u") EXCEPT SELECT field, value, articles FROM field_values"_s,
     u"the counts of associations, sections and newspapers (shown in the filters) disagree with the articles "
     "for %n name(s)"_s},
    {u"SELECT value FROM archive_totals WHERE name = 'pages' EXCEPT SELECT count(*) FROM pages"_s,
     u"the count of pages disagrees with the pages"_s},
};

QString counted(const QString &text, qint64 n)
{
    QString s = text;
    return s.replace(u"%n"_s, QString::number(n)).replace(u"(s)"_s, n == 1 ? QString() : u"s"_s);
}

} // namespace

ArchiveCheck checkSqliteArchive(const QString &path)
{
    ArchiveCheck check;
    if (!QFileInfo::exists(path)) {
        check.problems << u"there is no file there"_s;
        return check;
    }
    static std::atomic<int> serial{0};
    const QString connection = u"fangzhi-check-%1"_s.arg(serial.fetch_add(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        const auto run = [&] {
            QString why;
            const std::optional<Access> access = openArchiveFile(db, path, &why);
            if (!access)
                return check.problems.append(why);
            QSqlQuery q(db);
            const auto failed = [&] { check.problems << inWords(q.lastError()); };
            if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
                return failed();
            const int version = q.value(0).toInt();
            if (version == 0)
                return check.problems.append(u"not a Fangzhi archive"_s);
            if (version > currentSchemaVersion())
                return check.problems.append(u"written by a newer Fangzhi, which alone can check it"_s);
            (void)registerTokenizer(db);

            // SQLite's own check of every page and index of the file.
            if (!q.exec(u"PRAGMA integrity_check(1000)"_s))
                return failed();
            QStringList found;
            while (q.next())
                found << q.value(0).toString();
            if (found != QStringList{u"ok"_s})
                check.problems << counted(u"the file is damaged: SQLite's integrity check found %n problem(s)%1"_s,
                                          found.size())
                                      .arg(found.size() >= 1000 ? u" or more"_s : QString());
            if (!q.exec(u"SELECT count(*) FROM pragma_foreign_key_check"_s) || !q.next())
                return failed();
            if (const qint64 n = q.value(0).toLongLong(); n > 0)
                check.problems << counted(u"%n row(s) belong to a page or an article that is not there"_s, n);

            for (const auto &[sql, problem] : TotalsChecks) {
                if (!q.exec(u"SELECT count(*) FROM ("_s + sql + u')') || !q.next())
                    return failed();
                if (const qint64 n = q.value(0).toLongLong(); n > 0)
                    check.problems << counted(problem, n);
            }
            if (!q.exec(u"SELECT (SELECT count(*) FROM pages), (SELECT count(*) FROM articles), "
                         "(SELECT count(*) FROM articles WHERE id > "
                         "(SELECT value FROM search_progress WHERE name = 'indexed up to'))"_s) ||
                !q.next())
                return failed();
            check.pages = q.value(0).toLongLong();
            check.articles = q.value(1).toLongLong();
            check.awaitingIndex = q.value(2).toLongLong();
            q.finish();

            // The search index, in itself and (when it has caught up) against the articles. FTS5
            // checks through an insert that writes nothing; it is rolled back all the same.
            if (*access == Access::Read) {
                check.notes << u"the search index was not checked: the archive is read-only"_s;
                return;
            }
            if (!q.exec(u"BEGIN"_s))
                return failed();
            const bool indexSound =
                q.exec(u"INSERT INTO article_search (article_search, rank) VALUES ('integrity-check', %1)"_s.arg(
                    check.awaitingIndex == 0 ? 1 : 0));
            const QSqlError indexError = q.lastError();
            q.exec(u"ROLLBACK"_s);
            if (!indexSound)
                check.problems << ((indexError.nativeErrorCode().toInt() & 0xff) == 11 // SQLITE_CORRUPT
                                       ? u"the search index does not match the articles: searches may miss or "
                                         "show the wrong articles"_s
                                       : inWords(indexError));
        };
        run();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (check.awaitingIndex > 0)
        check.notes << counted(u"%n article(s) are not searchable yet; the search index catches up when the "
                               "archive is next opened where it can be written"_s,
                               check.awaitingIndex);
    return check;
}

} // namespace fangzhi::store
