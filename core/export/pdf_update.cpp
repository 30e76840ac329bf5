#include "pdf_update.h"

#include <QRegularExpression>

namespace fangzhi::exporting {

PdfUpdate::PdfUpdate(const QByteArray &pdf) : m_pdf(pdf)
{
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startxrefAt = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startxrefAt < trailerAt)
        return;
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt, startxrefAt - trailerAt));
    const auto root = QRegularExpression(QStringLiteral("/Root\\s+(\\d+)\\s+0\\s+R")).match(trailer);
    const auto size = QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")).match(trailer);
    const auto info = QRegularExpression(QStringLiteral("/Info\\s+(\\d+\\s+0\\s+R)")).match(trailer);
    m_previousXref = pdf.mid(startxrefAt + 9).trimmed().split('\n').value(0).trimmed();
    if (!root.hasMatch() || !size.hasMatch() || m_previousXref.isEmpty())
        return;
    m_root = root.captured(1).toInt();
    m_next = size.captured(1).toInt();
    if (info.hasMatch())
        m_info = info.captured(1).toLatin1();
    m_valid = true;
}

QByteArray PdfUpdate::object(int number) const
{
    const QByteArray head = QByteArray::number(number) + " 0 obj";
    for (qsizetype at = m_pdf.indexOf(head); at >= 0; at = m_pdf.indexOf(head, at + 1)) {
        if (at > 0 && m_pdf[at - 1] != '\n' && m_pdf[at - 1] != '\r')
            continue;
        const qsizetype start = at + head.size();
        const qsizetype end = m_pdf.indexOf("endobj", start);
        return end < 0 ? QByteArray() : m_pdf.mid(start, end - start).trimmed();
    }
    return {};
}

QList<int> PdfUpdate::references(const QByteArray &key) const
{
    QList<int> out;
    const QRegularExpression re(QRegularExpression::escape(QString::fromLatin1(key)) + QStringLiteral("\\s+(\\d+)\\s+0\\s+R"));
    for (auto it = re.globalMatch(QString::fromLatin1(m_pdf)); it.hasNext();) {
        const int n = it.next().captured(1).toInt();
        if (!out.contains(n))
            out.append(n);
    }
    return out;
}

int PdfUpdate::add(const QByteArray &body)
{
    const int n = m_next++;
    set(n, body);
    return n;
}

void PdfUpdate::set(int number, const QByteArray &body)
{
    m_objects.append({number, body});
}

QByteArray PdfUpdate::finish() const
{
    QByteArray out = m_pdf;
    if (!out.endsWith('\n'))
        out.append('\n');
    QList<std::pair<int, qsizetype>> offsets;
    for (const auto &[number, body] : m_objects) {
        offsets.append({number, out.size()});
        out += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    }
    std::sort(offsets.begin(), offsets.end());
    const qsizetype xref = out.size();
    out += "xref\n";
    for (qsizetype i = 0; i < offsets.size();) { // runs of consecutive object numbers
        qsizetype j = i;
        while (j + 1 < offsets.size() && offsets[j + 1].first == offsets[j].first + 1)
            ++j;
        out += QByteArray::number(offsets[i].first) + ' ' + QByteArray::number(j - i + 1) + '\n';
        for (qsizetype k = i; k <= j; ++k)
            out += QByteArray::number(offsets[k].second).rightJustified(10, '0') + " 00000 n \n";
        i = j + 1;
    }
    out += "trailer\n<< /Size " + QByteArray::number(m_next) + " /Root " + QByteArray::number(m_root) + " 0 R";
    if (!m_info.isEmpty())
        out += " /Info " + m_info;
    out += " /Prev " + m_previousXref + " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace fangzhi::exporting
