#include "page_file.h"

#include "date_clues.h"
#include "page_parser.h"
#include "text/decoder.h"
#include "text/normalizer.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::parse {

PageFileResult parsePageBytes(const QByteArray &bytes, const QString &fileName,
                              const QString &homeProvince)
{
    const text::DecodedText decoded = text::decode(bytes);
    if (!decoded.ok())
        return {std::nullopt, decoded.error, {}};
    const QString normalized = text::normalize(decoded.text);
    if (normalized.trimmed().isEmpty())
        return {std::nullopt, u"the file holds only blank lines"_s, {}};

    Page page = parsePage(normalized);
    const bool anyWords =
        std::any_of(page.articles.cbegin(), page.articles.cend(), [](const Article &a) {
            return std::any_of(a.body.cbegin(), a.body.cend(),
                               [](QChar c) { return c.isLetterOrNumber(); }) ||
                   !a.title.isEmpty();
        });
    if (!anyWords) {
        const QString what = !page.sponsors.isEmpty() ? u"only a sponsor box"_s
                             : !page.sections.isEmpty() || !page.banners.isEmpty()
                                 ? u"only banners and section labels"_s
                                 : u"no words, only punctuation"_s;
        return {std::nullopt, u"no recognisable article (the page holds %1)"_s.arg(what), {}};
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
        *error = u"no such file"_s;
        return std::nullopt;
    }
    if (info.isDir()) {
        *error = u"is a folder, not a page file"_s;
        return std::nullopt;
    }
    if (info.size() > MaxPageFileBytes) {
        *error = u"the file is %1 MB; a page file may be at most %2 MB"_s.arg(info.size() >> 20).arg(MaxPageFileBytes >> 20);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot be read: %1"_s.arg(file.errorString());
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

QStringList expandPagePaths(const QStringList &paths, QStringList *missing)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, {u"*.txt"_s, u"*.md"_s}, QDir::Files | QDir::Readable,
                            QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
            while (it.hasNext())
                found.append(it.next());
            found.sort();
            files += found;
        } else if (info.exists()) {
            files.append(path);
        } else if (missing) {
            missing->append(path);
        }
    }
    return files;
}

} // namespace fangzhi::parse
