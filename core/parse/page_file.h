#pragma once

#include "page.h"
#include "text/decoder.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace fangzhi::parse {

// One page file read, decoded, normalised and parsed, or the reason it could not be.
struct PageFileResult
{
    std::optional<Page> page;
    QString error; // "<reason>"; the caller names the file
    QString warning; // the page was kept, but: "1 byte could not be decoded (at byte 4,095)…"

    [[nodiscard]] bool ok() const noexcept { return page.has_value(); }
};

// Files larger than this are refused rather than risk running the machine out of memory.
inline constexpr qint64 MaxPageFileBytes = 256ll * 1024 * 1024;

[[nodiscard]] PageFileResult readPageFile(const QString &path, const QString &homeProvince = {});
// A page file's bytes, or nothing with the reason in *error (missing, a folder, too large,
// unreadable).
[[nodiscard]] std::optional<QByteArray> readPageBytes(const QString &path, QString *error);
[[nodiscard]] PageFileResult parsePageBytes(const QByteArray &bytes, const QString &fileName,
                                            const QString &homeProvince = {});
// The same, for bytes already decoded (the importer decodes them once, to compare pages by text).
[[nodiscard]] PageFileResult parseDecodedPage(const text::DecodedText &decoded, const QString &fileName,
                                              const QString &homeProvince = {});

// A path that could not be taken, and why: "a link to nothing", "a folder that cannot be read".
struct SkippedPath
{
    QString path;
    QString reason;
};

// Expands folders (recursively, following links once) into the page files they hold (.txt and
// .md), sorted; files named directly are kept whatever their extension. What cannot be taken
// goes to skipped with its reason: paths that do not exist, links to nothing, folders and pages
// that cannot be read, names that are not valid UTF-8, paths longer than the system allows.
[[nodiscard]] QStringList expandPagePaths(const QStringList &paths, QList<SkippedPath> *skipped = nullptr);

} // namespace fangzhi::parse
