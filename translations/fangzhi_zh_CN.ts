<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <location filename="../work/main/app/gui/main.cpp" line="54"/>
        <source>Fangzhi</source>
        <translation>方志</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/main.cpp" line="55"/>
        <source>Import the sample pages that come with Fangzhi?</source>
        <translation>导入方志自带的示例版面吗?</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/server_passwords.cpp" line="23"/>
        <source>The desktop&apos;s keychain could not keep the password: it will be asked for next time.</source>
        <translation>桌面钥匙串未能保存密码:下次将再次询问。</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/server_passwords.cpp" line="42"/>
        <source>The desktop&apos;s keychain could not be read: the password is asked for.</source>
        <translation>无法读取桌面钥匙串:请输入密码。</translation>
    </message>
</context>
<context>
    <name>fangzhi::gui::ArticleListModel</name>
    <message>
        <location filename="../work/main/app/gui/article_list_model.cpp" line="72"/>
        <source>(untitled)</source>
        <translation>(无标题)</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/article_list_model.cpp" line="81"/>
        <source>%1 (inferred)</source>
        <translation>%1(推断)</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/article_list_model.cpp" line="100"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/article_list_model.cpp" line="102"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/article_list_model.cpp" line="104"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/article_list_model.cpp" line="106"/>
        <source>Association</source>
        <translation>科协</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/article_list_model.cpp" line="108"/>
        <source>Credit</source>
        <translation>署名</translation>
    </message>
</context>
<context>
    <name>fangzhi::gui::ArticleView</name>
    <message>
        <location filename="../work/main/app/gui/article_view.cpp" line="83"/>
        <source>No headline was printed: listed by its first words.</source>
        <translation>版面上没有标题:以正文开头的文字列出。</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/article_view.cpp" line="84"/>
        <source>Where this article starts and ends was judged on thin evidence (confidence %1); the original page is below.</source>
        <translation>这篇文章的起止依据不足(可信度 %1);原版面见下文。</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/article_view.cpp" line="59"/>
        <source>(untitled)</source>
        <translation>(无标题)</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/article_view.cpp" line="67"/>
        <source>%1 (inferred)</source>
        <translation>%1(推断)</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/article_view.cpp" line="70"/>
        <source>page %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/article_view.cpp" line="78"/>
        <source>Credit: %1</source>
        <translation>署名:%1</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/article_view.cpp" line="93"/>
        <source>Photo: %1</source>
        <translation>图片:%1</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/article_view.cpp" line="96"/>
        <source>Places named: </source>
        <translation>提及地点:</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/article_view.cpp" line="112"/>
        <source>Original page</source>
        <translation>原版面文本</translation>
    </message>
</context>
<context>
    <name>fangzhi::gui::ReaderWindow</name>
    <message numerus="yes">
        <location filename="../work/main/app/gui/reader_window.cpp" line="232"/>
        <source>%n page(s) were read by an older Fangzhi: File › Read Pages Again</source>
        <translation>
            <numerusform>%n 个版面由旧版方志读取:可用“文件 › 重新解析版面”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="242"/>
        <source>Read %1 of %2 pages again: %3 articles kept (%4 of them now under another region), %5 removed, %6 added.</source>
        <translation>已重新解析 %2 个版面中的 %1 个:保留 %3 篇文章(其中 %4 篇改归其他地区),移除 %5 篇,新增 %6 篇。</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="251"/>
        <source>Stopped. </source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="253"/>
        <source>Read Pages Again</source>
        <translation>重新解析版面</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/app/gui/reader_window.cpp" line="254"/>
        <source>%n page(s) could not be read again; they are as they were.</source>
        <translation>
            <numerusform>%n 个版面未能重新解析,保持原样。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/app/gui/reader_window.cpp" line="383"/>
        <source>Read Pages &amp;Again (%n older)…</source>
        <translation>
            <numerusform>重新解析版面(&amp;A)(%n 个旧版)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="384"/>
        <source>Read Pages &amp;Again…</source>
        <translation>重新解析版面(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="388"/>
        <source>Split the pages an older parser read into articles again, with this version&apos;s parser</source>
        <translation>用本版本的解析器重新拆分旧版解析器读取的版面</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="499"/>
        <source>Reading pages again…</source>
        <translation>正在重新解析版面…</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="499"/>
        <source>Reading %1 again</source>
        <translation>正在重新解析 %1</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="137"/>
        <source>Fangzhi — %1</source>
        <translation>方志 — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/app/gui/reader_window_archives.cpp" line="103"/>
        <source>%n article(s) in the archive</source>
        <translation>
            <numerusform>档案中共 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="151"/>
        <location filename="../work/main/app/gui/reader_window.cpp" line="271"/>
        <location filename="../work/main/app/gui/reader_window.cpp" line="437"/>
        <source>Fangzhi</source>
        <translation>方志</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/app/gui/reader_window.cpp" line="172"/>
        <source>%n article(s) in scope</source>
        <translation>
            <numerusform>当前范围 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="488"/>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="209"/>
        <source>%1 pages added, %2 replaced, %3 unchanged; %4 articles stored.</source>
        <translation>新增 %1 个版面,替换 %2 个,未变 %3 个;存入 %4 篇文章。</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="212"/>
        <source>Import cancelled. </source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="220"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/app/gui/reader_window.cpp" line="216"/>
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n 个文件无法导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/app/gui/reader_window.cpp" line="218"/>
        <source>%n page(s) were stored with bytes that could not be decoded, replaced by �.</source>
        <translation>
            <numerusform>%n 个版面已存入，其中无法解码的字节已替换为 �。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="177"/>
        <source>The search is too long: it may have at most %1 different words and %2 characters.</source>
        <translation>检索内容太长：最多 %1 个不同的词、%2 个字符。</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="182"/>
        <source>Nothing in the search can be searched for: only spaces, punctuation or symbols.</source>
        <translation>检索内容中没有可检索的文字：只有空格、标点或符号。</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="266"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="266"/>
        <source>Export failed: %1</source>
        <translation>导出失败:%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../work/main/app/gui/reader_window.cpp" line="282"/>
        <source>Sent %n article(s) to the printer</source>
        <translation>
            <numerusform>已将 %n 篇文章发送到打印机</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="283"/>
        <source>Printing failed: %1</source>
        <translation>打印失败:%1</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="378"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window_archives.cpp" line="23"/>
        <source>&amp;Open Archive…</source>
        <translation>打开档案(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window_archives.cpp" line="24"/>
        <source>&amp;New Archive…</source>
        <translation>新建档案(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window_archives.cpp" line="25"/>
        <source>Connect to &amp;Shared Archive…</source>
        <translation>连接共享档案库(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window_archives.cpp" line="27"/>
        <source>Open a team&apos;s archive on a PostgreSQL server</source>
        <translation>打开 PostgreSQL 服务器上的团队档案库</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window_archives.cpp" line="28"/>
        <source>&amp;Recent Archives</source>
        <translation>最近的档案(&amp;R)</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window_archives.cpp" line="33"/>
        <source>%1  —  shared archive</source>
        <translation>%1  —  共享档案库</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="381"/>
        <source>Import &amp;Pages…</source>
        <translation>导入版面(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="382"/>
        <source>Import a &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="399"/>
        <source>&amp;Export Selected to PDF…</source>
        <translation>将所选导出为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="400"/>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="401"/>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="403"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="404"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="406"/>
        <source>System Language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="413"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="414"/>
        <source>&amp;About Fangzhi</source>
        <translation>关于方志(&amp;A)</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="415"/>
        <source>About Fangzhi</source>
        <translation>关于方志</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="416"/>
        <source>Fangzhi %1 — an offline reader for archives of Chinese local newspapers.</source>
        <translation>方志 %1 — 中国地方报纸档案离线阅读器。</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="423"/>
        <source>Fangzhi — local newspaper archive</source>
        <translation>方志 — 地方报纸档案</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="424"/>
        <source>Find a region: 达州, dazhou, dz</source>
        <translation>查找地区:达州、dazhou、dz</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="425"/>
        <source>Hide regions without articles</source>
        <translation>隐藏无文章的地区</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="426"/>
        <source>Search: words, &quot;a phrase&quot;, -excluded</source>
        <translation>检索:词语、&quot;短语&quot;、-排除</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="427"/>
        <source>All associations</source>
        <translation>全部科协</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="428"/>
        <source>All sections</source>
        <translation>全部栏目</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="430"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="460"/>
        <source>The archive is damaged. Leave it as it is and ask whoever keeps the server to restore it from a backup, or import its pages again into a new archive.</source>
        <translation>档案库已损坏。请保持原样,请服务器管理员从备份恢复,或将版面重新导入新的档案库。</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="488"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="478"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="581"/>
        <source>New archive</source>
        <translation>新建档案</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="581"/>
        <source>Fangzhi archives (*.fangzhi)</source>
        <translation>方志档案 (*.fangzhi)</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="582"/>
        <source>Open an archive</source>
        <translation>打开档案</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="583"/>
        <source>Fangzhi archives (*.fangzhi);;All files (*)</source>
        <translation>方志档案 (*.fangzhi);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="590"/>
        <source>Import a folder of pages</source>
        <translation>导入版面文件夹</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="591"/>
        <source>Import pages</source>
        <translation>导入版面</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="592"/>
        <source>Page files (*.txt *.md);;All files (*)</source>
        <translation>版面文件 (*.txt *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="599"/>
        <source>Export to PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="599"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="137"/>
        <source>Fangzhi — %1 (read-only)</source>
        <translation>方志 — %1(只读)</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="392"/>
        <source>The archive is read-only: its file, folder or disk cannot be written</source>
        <translation>此档案为只读：其文件、文件夹或磁盘不可写入</translation>
    </message>
    <message>
        <source>You may read this shared archive, not change it</source>
        <translation>您可以阅读此共享档案库,但不能修改</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="395"/>
        <source>C&amp;heck Archive</source>
        <translation>检查档案(&amp;H)</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="397"/>
        <source>Check the archive file for damage: SQLite&apos;s integrity check and Fangzhi&apos;s own</source>
        <translation>检查档案文件是否损坏：SQLite 的完整性检查及方志自己的检查</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="438"/>
        <source>Checking the archive file says whether it is damaged, and what is wrong.</source>
        <translation>检查档案文件可知它是否损坏，以及哪里出了问题。</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="439"/>
        <source>&amp;Check the Archive</source>
        <translation>检查档案(&amp;C)</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="447"/>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="455"/>
        <source>%1 holds %2 pages and %3 articles.</source>
        <translation>%1 共有 %2 个版面、%3 篇文章。</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="458"/>
        <location filename="../work/main/app/gui/reader_window.cpp" line="464"/>
        <source>The archive is sound.</source>
        <translation>档案完好。</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="462"/>
        <source>The archive is damaged. Keep the file as it is; restore it from a backup, or import its pages again into a new archive.</source>
        <translation>档案已损坏。请保留该文件原样；从备份恢复，或将其版面重新导入新档案。</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="464"/>
        <source>The archive is damaged.</source>
        <translation>档案已损坏。</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window.cpp" line="465"/>
        <source>Check the Archive</source>
        <translation>检查档案</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/reader_window_archives.cpp" line="104"/>
        <source>The archive could not be counted: File › Check Archive says whether it is damaged.</source>
        <translation>无法统计档案：“文件 › 检查档案”可查明它是否损坏。</translation>
    </message>
</context>
<context>
    <name>fangzhi::gui::RegionTreeModel</name>
    <message>
        <location filename="../work/main/app/gui/region_tree_model.cpp" line="135"/>
        <source>Region · association</source>
        <translation>地区 · 科协</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/region_tree_model.cpp" line="135"/>
        <source>Articles</source>
        <translation>文章数</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/region_tree_model.cpp" line="33"/>
        <source>%1 (%2–%3)</source>
        <translation>%1（%2—%3年）</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/region_tree_model.cpp" line="38"/>
        <source>No longer in use since %1.</source>
        <translation>%1年起已撤销。</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/region_tree_model.cpp" line="39"/>
        <source>No longer in use since %1; became %2.</source>
        <translation>%1年起已撤销，现为%2。</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/region_tree_model.cpp" line="41"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>fangzhi::gui::SharedArchiveDialog</name>
    <message>
        <location filename="../work/main/app/gui/shared_archive_dialog.cpp" line="21"/>
        <source>&amp;Remember the password in the desktop&apos;s keychain</source>
        <translation>在桌面钥匙串中记住密码(&amp;R)</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/shared_archive_dialog.cpp" line="23"/>
        <source>Connect to a Shared Archive</source>
        <translation>连接共享档案库</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/shared_archive_dialog.cpp" line="25"/>
        <source>archive.example.org</source>
        <translation>archive.example.org</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/shared_archive_dialog.cpp" line="29"/>
        <source>fangzhi</source>
        <translation>fangzhi</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/shared_archive_dialog.cpp" line="33"/>
        <source>as set by whoever keeps the server</source>
        <translation>由服务器管理员设定</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/shared_archive_dialog.cpp" line="35"/>
        <source>Encrypted if the server offers it</source>
        <translation>服务器支持时加密</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/shared_archive_dialog.cpp" line="36"/>
        <source>Always encrypted (TLS)</source>
        <translation>始终加密(TLS)</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/shared_archive_dialog.cpp" line="37"/>
        <source>Encrypted, and the server&apos;s certificate checked</source>
        <translation>加密并验证服务器证书</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/shared_archive_dialog.cpp" line="38"/>
        <source>Never encrypted</source>
        <translation>不加密</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/shared_archive_dialog.cpp" line="44"/>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S):</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/shared_archive_dialog.cpp" line="45"/>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O):</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/shared_archive_dialog.cpp" line="46"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D):</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/shared_archive_dialog.cpp" line="47"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U):</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/shared_archive_dialog.cpp" line="48"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W):</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/shared_archive_dialog.cpp" line="49"/>
        <source>Se&amp;curity:</source>
        <translation>安全(&amp;C):</translation>
    </message>
    <message>
        <location filename="../work/main/app/gui/shared_archive_dialog.cpp" line="52"/>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
</context>
</TS>
