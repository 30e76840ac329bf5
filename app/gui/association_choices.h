#pragma once

#include <QHash>
#include <QStandardItemModel>

namespace fangzhi::geo {
class Gazetteer;
}

namespace fangzhi::gui {

// The associations (科协) with articles under the current filters, for the association filter:
// each keyed by its division, so that 鼓楼区科协 (南京市) and 鼓楼区科协 (福州市) stay apart,
// grouped under their province, with their counts; matched by name, pinyin and initials.
// Row 0 is "all associations" (code 0); a province's heading cannot be chosen.
class AssociationChoices : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role { CodeRole = Qt::UserRole + 1, KeysRole };

    explicit AssociationChoices(const geo::Gazetteer &gazetteer, QObject *parent = nullptr);

    // Articles filed under each division itself (its association's), not under its subdivisions.
    void setCounts(const QHash<int, qint64> &ownCounts);
    [[nodiscard]] int rowOf(int code) const; // 0 when the association is not listed
    // Lists an association chosen before its counts are known (remembered, or gone back to).
    void ensureListed(int code);
    void retranslate();

private:
    const geo::Gazetteer &m_gazetteer;
};

} // namespace fangzhi::gui
