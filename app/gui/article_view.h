#pragma once

#include <QTextEdit>

namespace fangzhi::store {
struct StoredArticle;
} // namespace fangzhi::parse

namespace fangzhi::gui {

// Shows one article as text: page content never renders as markup.
class ArticleView : public QTextEdit
{
    Q_OBJECT
public:
    explicit ArticleView(QWidget *parent = nullptr);

    // An article from the archive: its words of the search highlighted, the page's text below.
    void showStored(const fangzhi::store::StoredArticle &article, const QString &pageText, const QString &query);
};

} // namespace fangzhi::gui
