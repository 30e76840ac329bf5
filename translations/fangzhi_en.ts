<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>fangzhi::gui::ArticleView</name>
    <message numerus="yes">
        <location filename="../app/gui/article_view.cpp" line="80"/>
        <source>%1 · %n article(s) · %2 sponsor(s)</source>
        <translation>
            <numerusform>%1 · %n article · %2 sponsor(s)</numerusform>
            <numerusform>%1 · %n articles · %2 sponsor(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fangzhi::gui::MainWindow</name>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="140"/>
        <source>%n page(s), </source>
        <translation>
            <numerusform>%n page, </numerusform>
            <numerusform>%n pages, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="141"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="143"/>
        <source>, %n file(s) could not be read</source>
        <translation>
            <numerusform>, %n file could not be read</numerusform>
            <numerusform>, %n files could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="145"/>
        <source> — reading %n more…</source>
        <translation>
            <numerusform> — reading %n more…</numerusform>
            <numerusform> — reading %n more…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fangzhi::gui::PageTreeModel</name>
    <message numerus="yes">
        <location filename="../app/gui/page_tree_model.cpp" line="95"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
</TS>
