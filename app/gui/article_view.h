#pragma once

#include <QTextBrowser>

namespace fangzhi::store {
struct StoredArticle;
} // namespace fangzhi::parse

namespace fangzhi::gui {

// Shows one article as text: page content never renders as markup. The places it names are
// links: choosing one asks to show that region.
class ArticleView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ArticleView(QWidget *parent = nullptr);

    // An article from the archive: its words of the search highlighted, the page's text below.
    void showStored(const fangzhi::store::StoredArticle &article, const QString &pageText, const QString &query);

Q_SIGNALS:
    void placeChosen(int code);
};

} // namespace fangzhi::gui
