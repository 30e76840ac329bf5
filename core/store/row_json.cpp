#include "row_json.h"

using namespace Qt::Literals::StringLiterals;

namespace fangzhi::store {
namespace {

// s as a JSON string: quotes, backslashes and control characters escaped, the rest as it is.
void appendString(QString &out, QStringView s)
{
    out += u'"';
    qsizetype plain = 0; // start of the run not yet copied
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        out += s.mid(plain, i - plain);
        plain = i + 1;
        switch (c) {
        case u'"': out += u"\\\""_s; break;
        case u'\\': out += u"\\\\"_s; break;
        case u'\n': out += u"\\n"_s; break;
        case u'\r': out += u"\\r"_s; break;
        case u'\t': out += u"\\t"_s; break;
        default: out += u"\\u%1"_s.arg(int(c), 4, 16, QChar(u'0'));
        }
    }
    out += s.mid(plain);
    out += u'"';
}

} // namespace

QString jsonStrings(const QStringList &list)
{
    qsizetype size = 2;
    for (const QString &s : list)
        size += s.size() + 3;
    QString out;
    out.reserve(size);
    out += u'[';
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0)
            out += u',';
        appendString(out, list[i]);
    }
    out += u']';
    return out;
}

QString captionsJson(const QList<parse::Caption> &captions)
{
    QString out = u"["_s;
    for (qsizetype i = 0; i < captions.size(); ++i) {
        out += i > 0 ? u",{\"text\":"_s : u"{\"text\":"_s;
        appendString(out, captions[i].text);
        out += u",\"photoCredit\":"_s;
        appendString(out, captions[i].photoCredit);
        out += u'}';
    }
    out += u']';
    return out;
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QString pageLinesJson(const parse::Page &page)
{
    return u"{\"labels\":"_s + jsonStrings(page.pageLabels) + u",\"dateLines\":"_s +
           jsonStrings(page.dateLines) + u",\"furniture\":"_s + jsonStrings(page.furniture) + u'}';
}

} // namespace fangzhi::store
