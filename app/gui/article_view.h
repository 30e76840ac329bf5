#pragma once

#include <QTextEdit>

namespace fangzhi::parse {
struct Article;
struct Page;
} // namespace fangzhi::parse

namespace fangzhi::gui {

// Shows one article as text: page content never renders as markup.
class ArticleView : public QTextEdit
{
    Q_OBJECT
public:
    explicit ArticleView(QWidget *parent = nullptr);

    void showArticle(const fangzhi::parse::Page &page, const fangzhi::parse::Article &article);
    void showPage(const fangzhi::parse::Page &page);
};

} // namespace fangzhi::gui
