#include "citation.h"

#include "store/page_date_text.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::exporting {

QStringList bylineAuthors(const QString &byline)
{
    if (byline.contains(u"原标题"_s) || byline.contains(u"来源"_s))
        return {};
    // Roles and marks are not names: 本报记者, 通讯员, 文/, 图/, 摄, ■.
    static const QRegularExpression roles(
        u"(本报|特约|见习)?(记者|通讯员|实习生|编辑|责任编辑|撰稿)|文\\s*[/／]|图\\s*[/／]|摄影?|供稿|报道|[■□●◆▲★☆\\[\\]【】()（）:：/／]"_s);
    QString names = byline;
    names.replace(roles, u" "_s);
    QStringList authors;
    for (const QString &part : names.split(QRegularExpression(u"[\\s、,，;；]+"_s), Qt::SkipEmptyParts))
        if (part.size() >= 2 && part.size() <= 4 && !authors.contains(part))
            authors << part;
    return authors;
}

QStringList articleAuthors(const store::StoredArticle &a)
{
    if (const QStringList authors = bylineAuthors(a.byline); !authors.isEmpty())
        return authors;
    // A credit names writers only from its reporter or writer on ("本栏目组稿:齐雯 本报记者 杨永忠":
    // 杨永忠); one that names who supplied the text ("青白江区科协供稿") names no author.
    static const QRegularExpression writer(u"(本报|特约|见习)?(记者|通讯员)|文\\s*[/／]"_s);
    const auto found = writer.match(a.credit);
    return found.hasMatch() ? bylineAuthors(a.credit.mid(found.capturedStart())) : QStringList();
}

QString citation(const store::StoredArticle &a)
{
    QString cited;
    if (const QStringList authors = articleAuthors(a); !authors.isEmpty())
        cited += authors.join(u", "_s) + u". "_s;
    cited += (a.title.isEmpty() ? u"[无题]"_s : a.title) + u"[N]"_s;
    QStringList where;
    if (!a.newspaper.isEmpty())
        where << a.newspaper;
    if (a.date.isValid()) {
        const QString date = store::dateText(a.date, store::DateWords::Bare);
        where << (a.date.inferred() ? u'[' + date + u']' : date);
    }
    if (!where.isEmpty())
        cited += u". "_s + where.join(u", "_s);
    if (!a.pageLabel.isEmpty() && a.date.isValid())
        cited += u'(' + a.pageLabel + u')';
    return cited + u'.';
}

} // namespace fangzhi::exporting
