<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>fangzhi::gui::ArticleListModel</name>
    <message>
        <location filename="../app/gui/article_list_model.cpp" line="61"/>
        <source>(untitled)</source>
        <translation>(无标题)</translation>
    </message>
    <message>
        <location filename="../app/gui/article_list_model.cpp" line="70"/>
        <source>%1 (inferred)</source>
        <translation>%1(推断)</translation>
    </message>
    <message>
        <location filename="../app/gui/article_list_model.cpp" line="89"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../app/gui/article_list_model.cpp" line="91"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../app/gui/article_list_model.cpp" line="93"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../app/gui/article_list_model.cpp" line="95"/>
        <source>Association</source>
        <translation>科协</translation>
    </message>
    <message>
        <location filename="../app/gui/article_list_model.cpp" line="97"/>
        <source>Credit</source>
        <translation>署名</translation>
    </message>
</context>
<context>
    <name>fangzhi::gui::ArticleView</name>
    <message>
        <location filename="../app/gui/article_view.cpp" line="51"/>
        <source>(untitled)</source>
        <translation>(无标题)</translation>
    </message>
    <message>
        <location filename="../app/gui/article_view.cpp" line="65"/>
        <source>Credit: %1</source>
        <translation>署名:%1</translation>
    </message>
    <message>
        <location filename="../app/gui/article_view.cpp" line="75"/>
        <source>Photo: %1</source>
        <translation>图片:%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/article_view.cpp" line="89"/>
        <source>%1 · %n article(s) · %2 sponsor(s)</source>
        <translation>
            <numerusform>%1 · %n 篇文章 · %2 家协办单位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fangzhi::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="29"/>
        <source>Fangzhi — local newspaper archive</source>
        <translation>方志 — 地方报纸档案</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="49"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="54"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="55"/>
        <source>Open &amp;Pages…</source>
        <translation>打开版面(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="56"/>
        <source>Open &amp;Folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="58"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="59"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="60"/>
        <source>&amp;About Fangzhi</source>
        <translation>关于方志(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="62"/>
        <source>About Fangzhi</source>
        <translation>关于方志</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="63"/>
        <source>Fangzhi %1 — an offline reader for archives of Chinese local newspapers.</source>
        <translation>方志 %1 — 中国地方报纸档案离线阅读器。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="72"/>
        <source>Open pages</source>
        <translation>打开版面</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="72"/>
        <source>Page files (*.txt *.md);;All files (*)</source>
        <translation>版面文件 (*.txt *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="79"/>
        <source>Open a folder of pages</source>
        <translation>打开版面文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="90"/>
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="152"/>
        <source>%n page(s), </source>
        <translation>
            <numerusform>%n 个版面,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="152"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="154"/>
        <source>, %n file(s) could not be read</source>
        <translation>
            <numerusform>,%n 个文件无法读取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="156"/>
        <source> — reading %n more…</source>
        <translation>
            <numerusform> — 还在读取 %n 个…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fangzhi::gui::PageTreeModel</name>
    <message>
        <location filename="../app/gui/page_tree_model.cpp" line="98"/>
        <source>(untitled)</source>
        <translation>(无标题)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/page_tree_model.cpp" line="104"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/page_tree_model.cpp" line="112"/>
        <source>Page / article</source>
        <translation>版面 / 文章</translation>
    </message>
    <message>
        <location filename="../app/gui/page_tree_model.cpp" line="112"/>
        <source>Credit</source>
        <translation>署名</translation>
    </message>
</context>
<context>
    <name>fangzhi::gui::RegionTreeModel</name>
    <message>
        <location filename="../app/gui/region_tree_model.cpp" line="119"/>
        <source>Region · association</source>
        <translation>地区 · 科协</translation>
    </message>
    <message>
        <location filename="../app/gui/region_tree_model.cpp" line="119"/>
        <source>Articles</source>
        <translation>文章数</translation>
    </message>
</context>
</TS>
