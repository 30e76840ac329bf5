#pragma once

#include "store/archive_types.h"

#include <QTextBrowser>

#include <optional>

namespace fangzhi::gui {

// Shows one article as text: page content never renders as markup. The places it names are
// links: choosing one asks to show the articles that mention it. Below the article, its page's
// text with the article's own span marked; above, the page file with Open and Show in Folder.
// Text is zoomed with Ctrl+wheel (or zoomIn/zoomOut), and lines keep a readable length.
class ArticleView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ArticleView(QWidget *parent = nullptr);

    // An article from the archive: its words of the search highlighted, the page's text below.
    void showStored(const fangzhi::store::StoredArticle &article, const QString &pageText, const QString &query);
    // What to do next in an archive with no articles yet.
    void showGuidance(bool canImport);
    void clear();
    [[nodiscard]] const std::optional<store::StoredArticle> &article() const { return m_article; }

    // Text size in percent of the normal size, kept in the settings for next time.
    [[nodiscard]] int zoom() const { return m_zoom; }
    void setZoom(int percent);
    void zoomBy(int steps);
    // Scrolls to the article's own lines in its page's text (marked), when they were found there.
    bool showInPage();
    [[nodiscard]] bool spanFound() const { return m_spanFound; }
    void retranslate(); // shows the article again in the interface's language
    void openSource(bool folder); // the page file, or the folder holding it, in the desktop's program

Q_SIGNALS:
    void placeChosen(int code);
    void said(const QString &message); // a page file that cannot be opened, and why

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void render();
    void fitLines();

    std::optional<store::StoredArticle> m_article;
    QString m_pageText, m_query;
    int m_zoom = 100;
    bool m_spanFound = false;
    bool m_guidance = false, m_canImport = false;
};

} // namespace fangzhi::gui
