<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui/main.cpp" line="54"/>
        <source>Fangzhi</source>
        <translation>方志</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="55"/>
        <source>Import the sample pages that come with Fangzhi?</source>
        <translation>导入方志自带的示例版面吗?</translation>
    </message>
</context>
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
        <source>No headline was printed: listed by its first words.</source>
        <translation>版面上没有标题:以正文开头的文字列出。</translation>
    </message>
    <message>
        <source>Where this article starts and ends was judged on thin evidence (confidence %1); the original page is below.</source>
        <translation>这篇文章的起止依据不足(可信度 %1);原版面见下文。</translation>
    </message>
    <message>
        <location filename="../app/gui/article_view.cpp" line="58"/>
        <source>(untitled)</source>
        <translation>(无标题)</translation>
    </message>
    <message>
        <location filename="../app/gui/article_view.cpp" line="65"/>
        <source>%1 (inferred)</source>
        <translation>%1(推断)</translation>
    </message>
    <message>
        <location filename="../app/gui/article_view.cpp" line="68"/>
        <source>page %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../app/gui/article_view.cpp" line="76"/>
        <source>Credit: %1</source>
        <translation>署名:%1</translation>
    </message>
    <message>
        <location filename="../app/gui/article_view.cpp" line="83"/>
        <source>Photo: %1</source>
        <translation>图片:%1</translation>
    </message>
    <message>
        <location filename="../app/gui/article_view.cpp" line="86"/>
        <source>Places named: </source>
        <translation>提及地点:</translation>
    </message>
    <message>
        <location filename="../app/gui/article_view.cpp" line="102"/>
        <source>Original page</source>
        <translation>原版面文本</translation>
    </message>
</context>
<context>
    <name>fangzhi::gui::ReaderWindow</name>
    <message numerus="yes">
        <source>%n page(s) were read by an older Fangzhi: File › Read Pages Again</source>
        <translation>
            <numerusform>%n 个版面由旧版方志读取:可用“文件 › 重新解析版面”</numerusform>
        </translation>
    </message>
    <message>
        <source>Read %1 of %2 pages again: %3 articles kept (%4 of them now under another region), %5 removed, %6 added.</source>
        <translation>已重新解析 %2 个版面中的 %1 个:保留 %3 篇文章(其中 %4 篇改归其他地区),移除 %5 篇,新增 %6 篇。</translation>
    </message>
    <message>
        <source>Stopped. </source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Read Pages Again</source>
        <translation>重新解析版面</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) could not be read again; they are as they were.</source>
        <translation>
            <numerusform>%n 个版面未能重新解析,保持原样。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read Pages &amp;Again (%n older)…</source>
        <translation>
            <numerusform>重新解析版面(&amp;A)(%n 个旧版)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Read Pages &amp;Again…</source>
        <translation>重新解析版面(&amp;A)…</translation>
    </message>
    <message>
        <source>Split the pages an older parser read into articles again, with this version&apos;s parser</source>
        <translation>用本版本的解析器重新拆分旧版解析器读取的版面</translation>
    </message>
    <message>
        <source>Reading pages again…</source>
        <translation>正在重新解析版面…</translation>
    </message>
    <message>
        <source>Reading %1 again</source>
        <translation>正在重新解析 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="129"/>
        <source>Fangzhi — %1</source>
        <translation>方志 — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/reader_window.cpp" line="149"/>
        <source>%n article(s) in the archive</source>
        <translation>
            <numerusform>档案中共 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="154"/>
        <location filename="../app/gui/reader_window.cpp" line="214"/>
        <source>Fangzhi</source>
        <translation>方志</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/reader_window.cpp" line="167"/>
        <source>%n article(s) in scope</source>
        <translation>
            <numerusform>当前范围 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="185"/>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="193"/>
        <source>%1 pages added, %2 replaced, %3 unchanged; %4 articles stored.</source>
        <translation>新增 %1 个版面,替换 %2 个,未变 %3 个;存入 %4 篇文章。</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="196"/>
        <source>Import cancelled. </source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="198"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/reader_window.cpp" line="199"/>
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n 个文件无法导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) were stored with bytes that could not be decoded, replaced by �.</source>
        <translation>
            <numerusform>%n 个版面已存入，其中无法解码的字节已替换为 �。</numerusform>
        </translation>
    </message>
    <message>
        <source>The search is too long: it may have at most %1 different words and %2 characters.</source>
        <translation>检索内容太长：最多 %1 个不同的词、%2 个字符。</translation>
    </message>
    <message>
        <source>Nothing in the search can be searched for: only spaces, punctuation or symbols.</source>
        <translation>检索内容中没有可检索的文字：只有空格、标点或符号。</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="209"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="209"/>
        <source>Export failed: %1</source>
        <translation>导出失败:%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/reader_window.cpp" line="225"/>
        <source>Sent %n article(s) to the printer</source>
        <translation>
            <numerusform>已将 %n 篇文章发送到打印机</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="226"/>
        <source>Printing failed: %1</source>
        <translation>打印失败:%1</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="288"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="289"/>
        <source>&amp;Open Archive…</source>
        <translation>打开档案(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="290"/>
        <source>&amp;New Archive…</source>
        <translation>新建档案(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="291"/>
        <source>&amp;Recent Archives</source>
        <translation>最近的档案(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="298"/>
        <source>Import &amp;Pages…</source>
        <translation>导入版面(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="299"/>
        <source>Import a &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="300"/>
        <source>&amp;Export Selected to PDF…</source>
        <translation>将所选导出为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="301"/>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="302"/>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="304"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="305"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="307"/>
        <source>System Language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="314"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="315"/>
        <source>&amp;About Fangzhi</source>
        <translation>关于方志(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="316"/>
        <source>About Fangzhi</source>
        <translation>关于方志</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="317"/>
        <source>Fangzhi %1 — an offline reader for archives of Chinese local newspapers.</source>
        <translation>方志 %1 — 中国地方报纸档案离线阅读器。</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="324"/>
        <source>Fangzhi — local newspaper archive</source>
        <translation>方志 — 地方报纸档案</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="325"/>
        <source>Find a region: 达州, dazhou, dz</source>
        <translation>查找地区:达州、dazhou、dz</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="326"/>
        <source>Hide regions without articles</source>
        <translation>隐藏无文章的地区</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="327"/>
        <source>Search: words, &quot;a phrase&quot;, -excluded</source>
        <translation>检索:词语、&quot;短语&quot;、-排除</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="328"/>
        <source>All associations</source>
        <translation>全部科协</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="329"/>
        <source>All sections</source>
        <translation>全部栏目</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="331"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="343"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="343"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="425"/>
        <source>New archive</source>
        <translation>新建档案</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="425"/>
        <source>Fangzhi archives (*.fangzhi)</source>
        <translation>方志档案 (*.fangzhi)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="426"/>
        <source>Open an archive</source>
        <translation>打开档案</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="427"/>
        <source>Fangzhi archives (*.fangzhi);;All files (*)</source>
        <translation>方志档案 (*.fangzhi);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="434"/>
        <source>Import a folder of pages</source>
        <translation>导入版面文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="435"/>
        <source>Import pages</source>
        <translation>导入版面</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="436"/>
        <source>Page files (*.txt *.md);;All files (*)</source>
        <translation>版面文件 (*.txt *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="443"/>
        <source>Export to PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="443"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Fangzhi — %1 (read-only)</source>
        <translation>方志 — %1(只读)</translation>
    </message>
    <message>
        <source>The archive is read-only: its file, folder or disk cannot be written</source>
        <translation>此档案为只读：其文件、文件夹或磁盘不可写入</translation>
    </message>
    <message>
        <source>C&amp;heck Archive</source>
        <translation>检查档案(&amp;H)</translation>
    </message>
    <message>
        <source>Check the archive file for damage: SQLite&apos;s integrity check and Fangzhi&apos;s own</source>
        <translation>检查档案文件是否损坏：SQLite 的完整性检查及方志自己的检查</translation>
    </message>
    <message>
        <source>Checking the archive file says whether it is damaged, and what is wrong.</source>
        <translation>检查档案文件可知它是否损坏，以及哪里出了问题。</translation>
    </message>
    <message>
        <source>&amp;Check the Archive</source>
        <translation>检查档案(&amp;C)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>%1 holds %2 pages and %3 articles.</source>
        <translation>%1 共有 %2 个版面、%3 篇文章。</translation>
    </message>
    <message>
        <source>The archive is sound.</source>
        <translation>档案完好。</translation>
    </message>
    <message>
        <source>The archive is damaged. Keep the file as it is; restore it from a backup, or import its pages again into a new archive.</source>
        <translation>档案已损坏。请保留该文件原样；从备份恢复，或将其版面重新导入新档案。</translation>
    </message>
    <message>
        <source>The archive is damaged.</source>
        <translation>档案已损坏。</translation>
    </message>
    <message>
        <source>Check the Archive</source>
        <translation>检查档案</translation>
    </message>
    <message>
        <source>The archive could not be counted: File › Check Archive says whether it is damaged.</source>
        <translation>无法统计档案：“文件 › 检查档案”可查明它是否损坏。</translation>
    </message>
</context>
<context>
    <name>fangzhi::gui::RegionTreeModel</name>
    <message>
        <location filename="../app/gui/region_tree_model.cpp" line="125"/>
        <source>Region · association</source>
        <translation>地区 · 科协</translation>
    </message>
    <message>
        <location filename="../app/gui/region_tree_model.cpp" line="125"/>
        <source>Articles</source>
        <translation>文章数</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1（%2—%3年）</translation>
    </message>
    <message>
        <source>No longer in use since %1.</source>
        <translation>%1年起已撤销。</translation>
    </message>
    <message>
        <source>No longer in use since %1; became %2.</source>
        <translation>%1年起已撤销，现为%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
</TS>
