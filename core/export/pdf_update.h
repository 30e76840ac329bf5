#pragma once

#include <QByteArray>
#include <QList>

namespace fangzhi::exporting {

// Appends an incremental update to a PDF (as QPdfWriter writes them: one classic
// cross-reference table, a trailer with /Root and /Size): objects are added or replaced
// without rewriting the file.
class PdfUpdate
{
public:
    explicit PdfUpdate(const QByteArray &pdf);

    [[nodiscard]] bool isValid() const { return m_valid; }
    [[nodiscard]] int rootObject() const { return m_root; }
    // The body of an object as the file has it (between "N 0 obj" and "endobj"), or empty.
    [[nodiscard]] QByteArray object(int number) const;
    // Numbers of the objects that a dictionary key refers to, everywhere: "/ToUnicode".
    [[nodiscard]] QList<int> references(const QByteArray &key) const;

    int add(const QByteArray &body);                 // returns the new object's number
    int reserve() { return m_next++; }                // a number for an object written later
    void set(int number, const QByteArray &body);     // a new or replacing object
    [[nodiscard]] QByteArray finish() const;         // the PDF with the update appended

private:
    QByteArray m_pdf;
    bool m_valid = false;
    int m_root = 0, m_next = 0;
    QByteArray m_info, m_previousXref;
    QList<std::pair<int, QByteArray>> m_objects;
};

} // namespace fangzhi::exporting
