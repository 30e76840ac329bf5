#include "sqlite_errors.h"

#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::store {

QString inWords(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? inWords(code) : u"the archive could not be opened or read"_s;
}

QString inWords(int resultCode)
{
    const int code = resultCode & 0xff; // the primary result code
    switch (code) {
    case 1: // SQLITE_ERROR: here, a table or index the archive should have is missing or altered
        return u"the archive is not as Fangzhi wrote it (a table is missing or altered): it is damaged"_s;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return u"another program is writing to the archive; try again when it has finished"_s;
    case 7: // SQLITE_NOMEM
        return u"there is not enough memory"_s;
    case 8: // SQLITE_READONLY
        return u"the archive may not be written to (a read-only file, folder or disk)"_s;
    case 9: // SQLITE_INTERRUPT
        return u"stopped as asked"_s;
    case 10: // SQLITE_IOERR
        return u"the disk could not be read or written"_s;
    case 11: // SQLITE_CORRUPT
        return u"the archive file is damaged"_s;
    case 13: // SQLITE_FULL
        return u"the disk is full"_s;
    case 14: // SQLITE_CANTOPEN
        return u"the file could not be opened (a missing folder, or no permission)"_s;
    case 19: // SQLITE_CONSTRAINT
        return u"the archive refused the data, which is a fault in Fangzhi: please report it"_s;
    case 26: // SQLITE_NOTADB
        return u"not a Fangzhi archive (the file is not a database)"_s;
    default:
        return u"the archive could not do it (SQLite error %1)"_s.arg(code);
    }
}

} // namespace fangzhi::store
