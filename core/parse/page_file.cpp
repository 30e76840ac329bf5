#include "page_file.h"

#include <QCoreApplication>
#include "text/stop_request.h"

#include "date_clues.h"
#include "page_parser.h"
#include "text/decoder.h"
#include "text/normalizer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

#include <dirent.h>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::parse {

PageFileResult parsePageBytes(const QByteArray &bytes, const QString &fileName,
                              const QString &homeProvince)
{
    return parseDecodedPage(text::decode(bytes), fileName, homeProvince);
}

PageFileResult parseDecodedPage(const text::DecodedText &decoded, const QString &fileName,
                                const QString &homeProvince)
{
    if (!decoded.ok())
        return {std::nullopt, decoded.error, {}};
    const QString normalized = text::normalize(decoded.text);
    if (normalized.trimmed().isEmpty())
        return {std::nullopt, QCoreApplication::translate("PageFailure", "the file holds only blank lines"), {}};

    if (text::stopRequested())
        return {std::nullopt, text::Stopped, {}};
    Page page = parsePage(normalized);
    if (text::stopRequested())
        return {std::nullopt, text::Stopped, {}};
    const bool anyWords =
        std::any_of(page.articles.cbegin(), page.articles.cend(), [](const Article &a) {
            return std::any_of(a.body.cbegin(), a.body.cend(),
                               [](QChar c) { return c.isLetterOrNumber(); }) ||
                   !a.title.isEmpty();
        });
    if (!anyWords) {
        const bool words = std::any_of(normalized.cbegin(), normalized.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        const QString what = !page.sponsors.isEmpty() ? QCoreApplication::translate("PageFailure", "only a sponsor box")
                             : !page.sections.isEmpty() || !page.banners.isEmpty()
                                 ? QCoreApplication::translate("PageFailure", "only banners and section labels")
                             : words ? QCoreApplication::translate("PageFailure", "no headline or text, only lines that go with one, such as a page number, a date or a byline")
                                     : QCoreApplication::translate("PageFailure", "no words, only punctuation");
        return {std::nullopt, QCoreApplication::translate("PageFailure", "no recognisable article (the page holds %1)").arg(what), {}};
    }
    page.file = fileName;
    page.encoding = decoded.encoding;
    page.originalText = decoded.text;
    page.homeProvince = homeProvince;
    page.date = dateFromFileName(fileName);
    return {std::move(page), {}, decoded.warning};
}

std::optional<QByteArray> readPageBytes(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = QCoreApplication::translate("PageFailure", "no such file");
        return std::nullopt;
    }
    if (info.isDir()) {
        *error = QCoreApplication::translate("PageFailure", "is a folder, not a page file");
        return std::nullopt;
    }
    if (info.size() > MaxPageFileBytes) {
        *error = QCoreApplication::translate("PageFailure", "the file is %1 MB; a page file may be at most %2 MB").arg(info.size() >> 20).arg(MaxPageFileBytes >> 20);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("PageFailure", "cannot be read: %1").arg(file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

PageFileResult readPageFile(const QString &path, const QString &homeProvince)
{
    QString error;
    const std::optional<QByteArray> bytes = readPageBytes(path, &error);
    if (!bytes)
        return {std::nullopt, error, {}};
    return parsePageBytes(*bytes, path, homeProvince);
}

namespace {

bool isPageName(const QString &name)
{
    return name.endsWith(u".txt"_s, Qt::CaseInsensitive) || name.endsWith(u".md"_s, Qt::CaseInsensitive);
}

// Why a page file found in a folder cannot be taken, or nothing.
QString unusable(const QFileInfo &f)
{
    if (QFile::encodeName(f.absoluteFilePath()).size() >= 4096)
        return QCoreApplication::translate("PageFailure", "its path is longer than the system allows");
    if (f.isSymLink() && !f.exists())
        return QCoreApplication::translate("PageFailure", "a link to nothing (%1 does not exist)").arg(f.symLinkTarget());
    if (!f.isReadable())
        return QCoreApplication::translate("PageFailure", "cannot be read (no permission)");
    return {};
}

void walk(const QString &folder, QStringList &found, QList<SkippedPath> *skipped, QSet<QString> &seen)
{
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    if (canonical.isEmpty() || seen.contains(canonical))
        return; // a link back up the tree is followed once
    seen.insert(canonical);
    // Read with the system's own calls: Qt passes over names that are not valid UTF-8.
    QFileInfoList entries;
    if (DIR *d = ::opendir(QFile::encodeName(folder).constData())) {
        while (const dirent *e = ::readdir(d)) {
            const QByteArray raw(e->d_name);
            if (raw.startsWith('.'))
                continue; // ., .., and hidden files (._page.txt beside a page copied from a Mac)
            const QString name = QFile::decodeName(raw);
            if (QFile::encodeName(name) != raw) {
                if (skipped && isPageName(name))
                    skipped->append({folder + u'/' + name, QCoreApplication::translate("PageFailure", "its name is not valid UTF-8, so it cannot be opened by name")});
                continue;
            }
            entries.append(QFileInfo(folder + u'/' + name));
        }
        ::closedir(d);
    }
    std::sort(entries.begin(), entries.end(),
              [](const QFileInfo &a, const QFileInfo &b) { return a.fileName() < b.fileName(); });
    for (const QFileInfo &f : std::as_const(entries)) {
        if (f.isDir()) {
            if (!f.isReadable() || !f.isExecutable()) {
                if (skipped)
                    skipped->append({f.filePath(), QCoreApplication::translate("PageFailure", "a folder that cannot be read (no permission)")});
                continue;
            }
            walk(f.filePath(), found, skipped, seen);
            continue;
        }
        if (!isPageName(f.fileName()))
            continue;
        if (const QString why = unusable(f); !why.isEmpty()) {
            if (skipped)
                skipped->append({f.filePath(), why});
            continue;
        }
        found.append(f.filePath());
    }
}

} // namespace

QStringList expandPagePaths(const QStringList &paths, QList<SkippedPath> *skipped)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            QSet<QString> seen;
            walk(path, found, skipped, seen);
            found.sort();
            files += found;
        } else if (info.exists()) {
            files.append(path);
        } else if (skipped) {
            skipped->append({path, info.isSymLink() ? QCoreApplication::translate("PageFailure", "a link to nothing (%1 does not exist)").arg(info.symLinkTarget())
                                                    : QCoreApplication::translate("PageFailure", "no such file or folder")});
        }
    }
    return files;
}

} // namespace fangzhi::parse
