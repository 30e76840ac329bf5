#include "date_clues.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace fangzhi::parse {
namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Reads the digits ending just before position end; returns their start.
qsizetype digitsBefore(const QString &s, qsizetype end)
{
    qsizetype i = end;
    while (i > 0 && isDigit(s[i - 1]) && end - i < 4)
        --i;
    return i;
}

} // namespace

QStringList findDateClues(const QString &text)
{
    QStringList clues;
    const auto add = [&](const QString &clue) {
        if (!clues.contains(clue))
            clues.append(clue);
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'年') {
            const qsizetype start = digitsBefore(text, i);
            if (i - start != 4)
                continue;
            const int year = QStringView(text).sliced(start, 4).toInt();
            if (year < 1949 || year > 2100)
                continue;
            // Extend to "2022年9月21日" when month and day follow.
            qsizetype end = i + 1;
            qsizetype m = end;
            while (m < text.size() && isDigit(text[m]) && m - end < 2)
                ++m;
            if (m > end && m < text.size() && text[m] == u'月') {
                end = m + 1;
                qsizetype d = end;
                while (d < text.size() && isDigit(text[d]) && d - end < 2)
                    ++d;
                if (d > end && d < text.size() && text[d] == u'日')
                    end = d + 1;
            }
            add(text.sliced(start, end - start));
            i = end - 1;
        } else if (c == u'月') {
            const qsizetype start = digitsBefore(text, i);
            if (start == i || i - start > 2 || (start > 0 && text[start - 1] == u'年'))
                continue;
            qsizetype d = i + 1;
            while (d < text.size() && isDigit(text[d]) && d - i - 1 < 2)
                ++d;
            if (d > i + 1 && d < text.size() && text[d] == u'日') {
                const int month = QStringView(text).sliced(start, i - start).toInt();
                if (month >= 1 && month <= 12)
                    add(text.sliced(start, d + 1 - start));
                i = d;
            }
        }
    }
    return clues;
}

QDate dateFromFileName(const QString &fileName)
{
    static const QRegularExpression re(
        QStringLiteral("(?<!\\d)(\\d{4})[-_.]?(\\d{2})[-_.]?(\\d{2})(?!\\d)"));
    const auto m = re.match(QFileInfo(fileName).completeBaseName());
    if (!m.hasMatch())
        return {};
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return d.isValid() && d.year() >= 1949 ? d : QDate();
}

} // namespace fangzhi::parse
