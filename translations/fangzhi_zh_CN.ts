<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArticleExport</name>
    <message>
        <location filename="../core/export/article_formats.cpp" line="273"/>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/export/article_formats.cpp" line="275"/>
        <source>%1 could not be written whole (is the disk full?)</source>
        <translation>%1 未能完整写入（磁盘已满？）</translation>
    </message>
    <message>
        <location filename="../core/export/article_formats.cpp" line="285"/>
        <source>the folder %1 cannot be made</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <location filename="../core/store/page_date_text.cpp" line="17"/>
        <source>%1 (inferred)</source>
        <translation>%1（推断）</translation>
    </message>
    <message>
        <location filename="../core/store/page_date_text.cpp" line="27"/>
        <source>%1 in the text</source>
        <translation>正文中的%1</translation>
    </message>
    <message>
        <location filename="../core/store/page_date_text.cpp" line="28"/>
        <source>%1 reported</source>
        <translation>报道%1</translation>
    </message>
    <message>
        <location filename="../core/store/page_date_text.cpp" line="29"/>
        <source>the page&apos;s date line: %1</source>
        <translation>版面的日期行：%1</translation>
    </message>
    <message>
        <location filename="../core/store/page_date_text.cpp" line="50"/>
        <source>No date was given with the page: inferred from its text.</source>
        <translation>版面未附日期：由其文字推断。</translation>
    </message>
    <message>
        <location filename="../core/store/page_date_text.cpp" line="51"/>
        <source>No date was given with the page: inferred from its text (%1).</source>
        <translation>版面未附日期：由其文字推断（%1）。</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <location filename="../app/gui/import_summary.cpp" line="11"/>
        <source>%n page(s) added</source>
        <translation>
            <numerusform>新增 %n 个版面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/import_summary.cpp" line="11"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>替换 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/import_summary.cpp" line="12"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>未变 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/import_summary.cpp" line="13"/>
        <source>%n duplicate(s) of pages already stored</source>
        <translation>
            <numerusform>与已存版面重复 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/import_summary.cpp" line="14"/>
        <source>%n could not be imported</source>
        <translation>
            <numerusform>无法导入 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/import_summary.cpp" line="15"/>
        <source>Import cancelled: %n file(s) reached</source>
        <translation>
            <numerusform>导入已取消：已处理 %n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/import_summary.cpp" line="16"/>
        <source>Import finished: %n file(s)</source>
        <translation>
            <numerusform>导入完成：共 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/import_summary.cpp" line="17"/>
        <source> — </source>
        <translation>——</translation>
    </message>
    <message>
        <location filename="../app/gui/import_summary.cpp" line="17"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../app/gui/import_summary.cpp" line="17"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/import_summary.cpp" line="17"/>
        <source>%n article(s) stored.</source>
        <translation>
            <numerusform>存入 %n 篇文章。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/import_summary.cpp" line="19"/>
        <source>%n file(s) were not reached; importing them again completes the import.</source>
        <translation>
            <numerusform>%n 个文件未处理；再次导入即可完成。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/import_summary.cpp" line="22"/>
        <source>%n page(s) were stored with bytes that could not be decoded, replaced by �.</source>
        <translation>
            <numerusform>%n 个版面含无法解码的字节，已替换为 � 后存入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageFailure</name>
    <message>
        <location filename="../core/ingest/importer.cpp" line="106"/>
        <source>its manifest could not be read: </source>
        <translation>其清单无法读取：</translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="129"/>
        <source>was not stored: </source>
        <translation>未能保存：</translation>
    </message>
    <message>
        <location filename="../core/ingest/importer.cpp" line="180"/>
        <source>could not be stored: </source>
        <translation>无法保存：</translation>
    </message>
    <message>
        <location filename="../core/parse/page_file.cpp" line="37"/>
        <source>the file holds only blank lines</source>
        <translation>文件只有空行</translation>
    </message>
    <message>
        <location filename="../core/parse/page_file.cpp" line="52"/>
        <source>only a sponsor box</source>
        <translation>只有协办栏</translation>
    </message>
    <message>
        <location filename="../core/parse/page_file.cpp" line="54"/>
        <source>only banners and section labels</source>
        <translation>只有报头和栏目名</translation>
    </message>
    <message>
        <location filename="../core/parse/page_file.cpp" line="55"/>
        <source>no headline or text, only lines that go with one, such as a page number, a date or a byline</source>
        <translation>没有标题或正文，只有随附的行，如版次、日期或署名</translation>
    </message>
    <message>
        <location filename="../core/parse/page_file.cpp" line="56"/>
        <source>no words, only punctuation</source>
        <translation>没有文字，只有标点</translation>
    </message>
    <message>
        <location filename="../core/parse/page_file.cpp" line="57"/>
        <source>no recognisable article (the page holds %1)</source>
        <translation>找不到可识别的文章（此页%1）</translation>
    </message>
    <message>
        <location filename="../core/parse/page_file.cpp" line="71"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../core/parse/page_file.cpp" line="75"/>
        <source>is a folder, not a page file</source>
        <translation>这是文件夹，不是版面文件</translation>
    </message>
    <message>
        <location filename="../core/parse/page_file.cpp" line="79"/>
        <source>the file is %1 MB; a page file may be at most %2 MB</source>
        <translation>文件有 %1 MB；版面文件最大 %2 MB</translation>
    </message>
    <message>
        <location filename="../core/parse/page_file.cpp" line="84"/>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location filename="../core/parse/page_file.cpp" line="110"/>
        <source>its path is longer than the system allows</source>
        <translation>路径超过系统允许的长度</translation>
    </message>
    <message>
        <location filename="../core/parse/page_file.cpp" line="112"/>
        <location filename="../core/parse/page_file.cpp" line="180"/>
        <source>a link to nothing (%1 does not exist)</source>
        <translation>指向不存在目标的链接（%1 不存在）</translation>
    </message>
    <message>
        <location filename="../core/parse/page_file.cpp" line="114"/>
        <source>cannot be read (no permission)</source>
        <translation>无法读取（没有权限）</translation>
    </message>
    <message>
        <location filename="../core/parse/page_file.cpp" line="134"/>
        <source>its name is not valid UTF-8, so it cannot be opened by name</source>
        <translation>文件名不是有效的 UTF-8，无法按名称打开</translation>
    </message>
    <message>
        <location filename="../core/parse/page_file.cpp" line="147"/>
        <source>a folder that cannot be read (no permission)</source>
        <translation>无法读取的文件夹（没有权限）</translation>
    </message>
    <message>
        <location filename="../core/parse/page_file.cpp" line="181"/>
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <location filename="../core/text/decoder.cpp" line="251"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../core/text/decoder.cpp" line="262"/>
        <source>this is %1, not a text page</source>
        <translation>这是%1，不是文本版面</translation>
    </message>
    <message>
        <location filename="../core/text/decoder.cpp" line="269"/>
        <source>the file holds binary data, not text</source>
        <translation>文件是二进制数据，不是文本</translation>
    </message>
    <message>
        <location filename="../core/text/decoder.cpp" line="290"/>
        <source>the text is neither UTF-8 nor GB18030/GBK (undecodable bytes)</source>
        <translation>文本既不是 UTF-8 也不是 GB18030/GBK（有无法解码的字节）</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../core/export/pdf_exporter.cpp" line="81"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/export/pdf_exporter.cpp" line="146"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/export/pdf_exporter.cpp" line="154"/>
        <source>Exported by Fangzhi on %1</source>
        <translation>方志导出于 %1</translation>
    </message>
    <message>
        <location filename="../core/export/pdf_exporter.cpp" line="163"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui/main.cpp" line="65"/>
        <source>Fangzhi</source>
        <translation>方志</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="66"/>
        <source>Import the sample pages that come with Fangzhi?</source>
        <translation>导入方志自带的示例版面吗?</translation>
    </message>
    <message>
        <location filename="../app/gui/server_passwords.cpp" line="23"/>
        <source>The desktop&apos;s keychain could not keep the password: it will be asked for next time.</source>
        <translation>桌面钥匙串未能保存密码:下次将再次询问。</translation>
    </message>
    <message>
        <location filename="../app/gui/server_passwords.cpp" line="42"/>
        <source>The desktop&apos;s keychain could not be read: the password is asked for.</source>
        <translation>无法读取桌面钥匙串:请输入密码。</translation>
    </message>
</context>
<context>
    <name>ScopeWords</name>
    <message>
        <location filename="../core/export/scope_words.cpp" line="13"/>
        <source>Archive: %1</source>
        <translation>档案：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/export/scope_words.cpp" line="14"/>
        <source>%n article(s) chosen by hand from the list of</source>
        <translation>
            <numerusform>从以下范围的列表中手选的 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/export/scope_words.cpp" line="15"/>
        <source>All %n article(s) of</source>
        <translation>
            <numerusform>以下范围的全部 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/export/scope_words.cpp" line="16"/>
        <source>all regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <location filename="../core/export/scope_words.cpp" line="20"/>
        <source>Region: %1</source>
        <translation>地区：%1</translation>
    </message>
    <message>
        <location filename="../core/export/scope_words.cpp" line="23"/>
        <source>Mentioning: %1</source>
        <translation>提及：%1</translation>
    </message>
    <message>
        <location filename="../core/export/scope_words.cpp" line="25"/>
        <source>Dates: %1 to %2</source>
        <translation>日期：%1 至 %2</translation>
    </message>
    <message>
        <location filename="../core/export/scope_words.cpp" line="26"/>
        <source>the earliest</source>
        <translation>最早</translation>
    </message>
    <message>
        <location filename="../core/export/scope_words.cpp" line="27"/>
        <source>the latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location filename="../core/export/scope_words.cpp" line="29"/>
        <source>The same day of any year: %1</source>
        <translation>历年同日：%1</translation>
    </message>
    <message>
        <location filename="../core/export/scope_words.cpp" line="31"/>
        <location filename="../core/export/scope_words.cpp" line="33"/>
        <source>Association: %1</source>
        <translation>科协：%1</translation>
    </message>
    <message>
        <location filename="../core/export/scope_words.cpp" line="35"/>
        <source>Section: %1</source>
        <translation>栏目：%1</translation>
    </message>
    <message>
        <location filename="../core/export/scope_words.cpp" line="37"/>
        <source>Newspaper: %1</source>
        <translation>报纸：%1</translation>
    </message>
    <message>
        <location filename="../core/export/scope_words.cpp" line="39"/>
        <source>Search: %1</source>
        <translation>检索：%1</translation>
    </message>
</context>
<context>
    <name>fangzhi::gui::ArchiveWorker</name>
    <message>
        <location filename="../app/gui/archive_worker.cpp" line="228"/>
        <location filename="../app/gui/archive_worker.cpp" line="236"/>
        <location filename="../app/gui/archive_worker.cpp" line="244"/>
        <source>cancelled; no file was written</source>
        <translation>已取消，未写入文件</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/archive_worker.cpp" line="249"/>
        <source>%1 (%n file(s) were written)</source>
        <translation>
            <numerusform>%1（已写入 %n 个文件）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fangzhi::gui::ArticleListModel</name>
    <message>
        <location filename="../app/gui/article_list_model.cpp" line="75"/>
        <source>(untitled)</source>
        <translation>(无标题)</translation>
    </message>
    <message>
        <location filename="../app/gui/article_list_model.cpp" line="97"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../app/gui/article_list_model.cpp" line="99"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../app/gui/article_list_model.cpp" line="101"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../app/gui/article_list_model.cpp" line="103"/>
        <source>Association</source>
        <translation>科协</translation>
    </message>
    <message>
        <location filename="../app/gui/article_list_model.cpp" line="105"/>
        <source>Credit</source>
        <translation>署名</translation>
    </message>
</context>
<context>
    <name>fangzhi::gui::ArticleView</name>
    <message>
        <location filename="../app/gui/article_view.cpp" line="256"/>
        <source>No headline was printed: listed by its first words.</source>
        <translation>版面上没有标题:以正文开头的文字列出。</translation>
    </message>
    <message>
        <location filename="../app/gui/article_view.cpp" line="257"/>
        <source>Where this article starts and ends was judged on thin evidence (confidence %1); the original page is below.</source>
        <translation>这篇文章的起止依据不足(可信度 %1);原版面见下文。</translation>
    </message>
    <message>
        <location filename="../app/gui/article_view.cpp" line="215"/>
        <source>(untitled)</source>
        <translation>(无标题)</translation>
    </message>
    <message>
        <location filename="../app/gui/article_view.cpp" line="72"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../app/gui/article_view.cpp" line="168"/>
        <source>The page file %1 is no longer there (or is on another computer): it was imported from there.</source>
        <translation>版面文件 %1 已不在原处（或在另一台计算机上）：文章是从那里导入的。</translation>
    </message>
    <message>
        <location filename="../app/gui/article_view.cpp" line="173"/>
        <source>No program on this computer opens %1.</source>
        <translation>本机没有可打开 %1 的程序。</translation>
    </message>
    <message>
        <location filename="../app/gui/article_view.cpp" line="200"/>
        <source>This archive holds no articles yet.</source>
        <translation>本档案库还没有文章。</translation>
    </message>
    <message>
        <location filename="../app/gui/article_view.cpp" line="202"/>
        <source>Import page files with File › Import Pages… (Ctrl+I), a whole folder with File › Import a Folder…, or drop files and folders on this window. Pages may be UTF-8, GB18030 or UTF-16 text; each is split into its articles and placed in its region.</source>
        <translation>用“文件 › 导入版面…”（Ctrl+I）导入版面文件，用“文件 › 导入文件夹…”导入整个文件夹，或把文件和文件夹拖到本窗口。版面可以是 UTF-8、GB18030 或 UTF-16 文本；每个版面会被拆分成文章，并归入其地区。</translation>
    </message>
    <message>
        <location filename="../app/gui/article_view.cpp" line="205"/>
        <source>This archive cannot be changed from here: ask whoever keeps it to import pages.</source>
        <translation>在这里不能修改本档案库：请管理者导入版面。</translation>
    </message>
    <message>
        <location filename="../app/gui/article_view.cpp" line="207"/>
        <source>Help › Guide (F1) explains searching and the keyboard shortcuts.</source>
        <translation>“帮助 › 使用指南”（F1）介绍搜索方法和快捷键。</translation>
    </message>
    <message>
        <location filename="../app/gui/article_view.cpp" line="233"/>
        <source>page %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../app/gui/article_view.cpp" line="241"/>
        <source>Credit: %1</source>
        <translation>署名:%1</translation>
    </message>
    <message>
        <location filename="../app/gui/article_view.cpp" line="244"/>
        <source>Page file: %1</source>
        <translation>版面文件：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/article_view.cpp" line="245"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../app/gui/article_view.cpp" line="247"/>
        <source>Show in Folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <location filename="../app/gui/article_view.cpp" line="251"/>
        <source>Show in the Original Page</source>
        <translation>在原版面中显示</translation>
    </message>
    <message>
        <location filename="../app/gui/article_view.cpp" line="266"/>
        <source>Photo: %1</source>
        <translation>图片:%1</translation>
    </message>
    <message>
        <location filename="../app/gui/article_view.cpp" line="269"/>
        <source>Places named: </source>
        <translation>提及地点:</translation>
    </message>
    <message>
        <location filename="../app/gui/article_view.cpp" line="281"/>
        <source>Original page</source>
        <translation>原版面文本</translation>
    </message>
</context>
<context>
    <name>fangzhi::gui::AssociationChoices</name>
    <message>
        <location filename="../app/gui/association_choices.cpp" line="75"/>
        <source>All associations</source>
        <translation>全部科协</translation>
    </message>
</context>
<context>
    <name>fangzhi::gui::DateField</name>
    <message>
        <location filename="../app/gui/date_field.cpp" line="70"/>
        <source>Not a date: type a year (2021), a month (2021-10) or a day (2021-10-20).</source>
        <translation>不是日期：请输入年份（2021）、月份（2021-10）或日期（2021-10-20）。</translation>
    </message>
    <message>
        <location filename="../app/gui/date_field.cpp" line="122"/>
        <source>From: 2021</source>
        <translation>起：2021</translation>
    </message>
    <message>
        <location filename="../app/gui/date_field.cpp" line="122"/>
        <source>To: 2021-10</source>
        <translation>止：2021-10</translation>
    </message>
    <message>
        <location filename="../app/gui/date_field.cpp" line="123"/>
        <source>Type a year (2021), a month (2021-10) or a day (2021-10-20); Alt+Down opens a calendar.</source>
        <translation>输入年份（2021）、月份（2021-10）或日期（2021-10-20）；Alt+下箭头打开日历。</translation>
    </message>
    <message>
        <location filename="../app/gui/date_field.cpp" line="124"/>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../app/gui/date_field.cpp" line="124"/>
        <source>To date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../app/gui/date_field.cpp" line="125"/>
        <source>Pick from a calendar</source>
        <translation>从日历中选择</translation>
    </message>
    <message>
        <location filename="../app/gui/date_field.cpp" line="126"/>
        <source>Calendar for the From date</source>
        <translation>起始日期的日历</translation>
    </message>
    <message>
        <location filename="../app/gui/date_field.cpp" line="126"/>
        <source>Calendar for the To date</source>
        <translation>截止日期的日历</translation>
    </message>
</context>
<context>
    <name>fangzhi::gui::FindBar</name>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="46"/>
        <location filename="../app/gui/find_bar.cpp" line="47"/>
        <source>Find in this article</source>
        <translation>在本文中查找</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="48"/>
        <source>Previous match (Shift+F3)</source>
        <translation>上一处（Shift+F3）</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="49"/>
        <source>Previous match</source>
        <translation>上一处</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="50"/>
        <source>Next match (F3)</source>
        <translation>下一处（F3）</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="51"/>
        <source>Next match</source>
        <translation>下一处</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="52"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="53"/>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="99"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../app/gui/find_bar.cpp" line="100"/>
        <source>%1 of %2</source>
        <translation>第 %1 处，共 %2 处</translation>
    </message>
</context>
<context>
    <name>fangzhi::gui::ImportStatus</name>
    <message>
        <location filename="../app/gui/import_status.cpp" line="33"/>
        <source>Stop Import</source>
        <translation>停止导入</translation>
    </message>
    <message>
        <location filename="../app/gui/import_status.cpp" line="34"/>
        <source>Stop the import</source>
        <translation>停止导入</translation>
    </message>
    <message>
        <location filename="../app/gui/import_status.cpp" line="35"/>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <location filename="../app/gui/import_status.cpp" line="42"/>
        <source>Importing: finding the page files…</source>
        <translation>正在导入：查找版面文件…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/import_status.cpp" line="52"/>
        <source>Importing: %1 of %Ln file(s)</source>
        <translation>
            <numerusform>正在导入：%1 / %Ln 个文件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/import_status.cpp" line="54"/>
        <source>%1 a second</source>
        <translation>每秒 %1 个</translation>
    </message>
    <message>
        <location filename="../app/gui/import_status.cpp" line="62"/>
        <source>Stopping the import after the page being stored…</source>
        <translation>保存完当前版面后停止导入…</translation>
    </message>
    <message>
        <location filename="../app/gui/import_status.cpp" line="73"/>
        <source>almost done</source>
        <translation>即将完成</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/import_status.cpp" line="76"/>
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>约剩 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/import_status.cpp" line="78"/>
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>约剩 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/import_status.cpp" line="79"/>
        <source>about %1 h %2 min left</source>
        <translation>约剩 %1 小时 %2 分钟</translation>
    </message>
</context>
<context>
    <name>fangzhi::gui::ReaderWindow</name>
    <message numerus="yes">
        <location filename="../app/gui/reader_window_reports.cpp" line="21"/>
        <source>%n page(s) were read by an older Fangzhi: File › Read Pages Again</source>
        <translation>
            <numerusform>%n 个版面由旧版方志读取:可用“文件 › 重新解析版面”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reports.cpp" line="31"/>
        <source>Read %1 of %2 pages again: %3 articles kept (%4 of them now under another region), %5 removed, %6 added.</source>
        <translation>已重新解析 %2 个版面中的 %1 个:保留 %3 篇文章(其中 %4 篇改归其他地区),移除 %5 篇,新增 %6 篇。</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reports.cpp" line="40"/>
        <source>Stopped. </source>
        <translation>已停止。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/reader_window_reports.cpp" line="42"/>
        <source>%n page(s) could not be read again; they are as they were.</source>
        <translation>
            <numerusform>%n 个版面未能重新解析,保持原样。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reports.cpp" line="52"/>
        <source>Printing cancelled: nothing was printed.</source>
        <translation>打印已取消：未打印任何内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/reader_window.cpp" line="384"/>
        <source>Read Pages &amp;Again (%n older)…</source>
        <translation>
            <numerusform>重新解析版面(&amp;A)(%n 个旧版)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="385"/>
        <source>Read Pages &amp;Again…</source>
        <translation>重新解析版面(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="389"/>
        <source>Split the pages an older parser read into articles again, with this version&apos;s parser</source>
        <translation>用本版本的解析器重新拆分旧版解析器读取的版面</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="522"/>
        <source>Reading pages again…</source>
        <translation>正在重新解析版面…</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="522"/>
        <source>Reading %1 again</source>
        <translation>正在重新解析 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="441"/>
        <source>Fangzhi — %1</source>
        <translation>方志 — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/reader_window_archives.cpp" line="117"/>
        <source>%n article(s) in the archive</source>
        <translation>
            <numerusform>档案中共 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="181"/>
        <location filename="../app/gui/reader_window.cpp" line="468"/>
        <location filename="../app/gui/reader_window_exports.cpp" line="141"/>
        <source>Fangzhi</source>
        <translation>方志</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/reader_window.cpp" line="219"/>
        <source>%n article(s) in scope</source>
        <translation>
            <numerusform>当前范围 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="224"/>
        <source>The search is too long: it may have at most %1 different words and %2 characters.</source>
        <translation>检索内容太长：最多 %1 个不同的词、%2 个字符。</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="229"/>
        <source>Nothing in the search can be searched for: only spaces, punctuation or symbols.</source>
        <translation>检索内容中没有可检索的文字：只有空格、标点或符号。</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reports.cpp" line="54"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reports.cpp" line="54"/>
        <source>Export failed: %1</source>
        <translation>导出失败:%1</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_exports.cpp" line="36"/>
        <source>&amp;Export to PDF…</source>
        <translation>导出为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_exports.cpp" line="39"/>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_exports.cpp" line="43"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_exports.cpp" line="46"/>
        <source>Export &amp;As</source>
        <translation>导出为(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_exports.cpp" line="49"/>
        <source>&amp;CSV for a Spreadsheet…</source>
        <translation>CSV，用于电子表格(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_exports.cpp" line="50"/>
        <source>&amp;RIS for a Reference Manager…</source>
        <translation>RIS，用于文献管理软件(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_exports.cpp" line="51"/>
        <source>CSL-&amp;JSON for a Reference Manager…</source>
        <translation>CSL-JSON，用于文献管理软件(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_exports.cpp" line="52"/>
        <source>&amp;Markdown for Notes…</source>
        <translation>Markdown，用于笔记(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_exports.cpp" line="55"/>
        <source>One File per &amp;Article</source>
        <translation>每篇文章一个文件(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/reader_window_exports.cpp" line="87"/>
        <source>Sent %n article(s) to the printer</source>
        <translation>
            <numerusform>已将 %n 篇文章发送到打印机</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_exports.cpp" line="88"/>
        <source>Printing failed: %1</source>
        <translation>打印失败:%1</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_exports.cpp" line="111"/>
        <location filename="../app/gui/reader_window_exports.cpp" line="178"/>
        <location filename="../app/gui/reader_window_exports.cpp" line="193"/>
        <source>There are no articles in scope to take.</source>
        <translation>当前范围内没有文章。</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_exports.cpp" line="116"/>
        <source>Which articles?</source>
        <translation>要哪些文章？</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/reader_window_exports.cpp" line="117"/>
        <source>The %n &amp;Selected</source>
        <translation>
            <numerusform>所选的 %n 篇(&amp;S)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/reader_window_exports.cpp" line="118"/>
        <source>&amp;All %n in Scope</source>
        <translation>
            <numerusform>当前范围全部 %n 篇(&amp;A)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/reader_window_exports.cpp" line="121"/>
        <source>All %n articles in scope make a long document: it takes a while, and can be cancelled.</source>
        <translation>
            <numerusform>当前范围全部 %n 篇文章会形成很长的文档：需要一些时间，可随时取消。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_exports.cpp" line="158"/>
        <location filename="../app/gui/reader_window_exports.cpp" line="165"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_exports.cpp" line="164"/>
        <source>Export: a folder for the articles&apos; files</source>
        <translation>导出：存放文章文件的文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_exports.cpp" line="166"/>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_exports.cpp" line="179"/>
        <location filename="../app/gui/reader_window_exports.cpp" line="194"/>
        <source>there are no articles to export</source>
        <translation>没有可导出的文章</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_exports.cpp" line="183"/>
        <location filename="../app/gui/reader_window_exports.cpp" line="198"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/reader_window_exports.cpp" line="183"/>
        <location filename="../app/gui/reader_window_exports.cpp" line="198"/>
        <source>Exporting %n article(s) to %1</source>
        <translation>
            <numerusform>正在将 %n 篇文章导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_exports.cpp" line="211"/>
        <source>Preparing to print…</source>
        <translation>正在准备打印…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/reader_window_exports.cpp" line="211"/>
        <source>Reading %n article(s) to print</source>
        <translation>
            <numerusform>正在读取要打印的 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="379"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_archives.cpp" line="24"/>
        <source>&amp;Open Archive…</source>
        <translation>打开档案(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_archives.cpp" line="25"/>
        <source>&amp;New Archive…</source>
        <translation>新建档案(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_archives.cpp" line="26"/>
        <source>Connect to &amp;Shared Archive…</source>
        <translation>连接共享档案库(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_archives.cpp" line="28"/>
        <source>Open a team&apos;s archive on a PostgreSQL server</source>
        <translation>打开 PostgreSQL 服务器上的团队档案库</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_archives.cpp" line="29"/>
        <source>&amp;Recent Archives</source>
        <translation>最近的档案(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_archives.cpp" line="34"/>
        <source>%1  —  shared archive</source>
        <translation>%1  —  共享档案库</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="382"/>
        <source>Import &amp;Pages…</source>
        <translation>导入版面(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="383"/>
        <source>Import a &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_exports.cpp" line="38"/>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_exports.cpp" line="42"/>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="415"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="418"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="420"/>
        <source>System Language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="427"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="428"/>
        <source>&amp;Guide</source>
        <translation>使用指南(&amp;G)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="429"/>
        <source>&amp;About Fangzhi</source>
        <translation>关于方志(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="430"/>
        <source>About Fangzhi</source>
        <translation>关于方志</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="431"/>
        <source>Fangzhi %1 — an offline reader for archives of Chinese local newspapers.</source>
        <translation>方志 %1 — 中国地方报纸档案离线阅读器。</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="439"/>
        <source>Fangzhi — local newspaper archive</source>
        <translation>方志 — 地方报纸档案</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="442"/>
        <source>Find a region: 达州, dazhou, dz</source>
        <translation>查找地区:达州、dazhou、dz</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="443"/>
        <source>Hide regions without articles</source>
        <translation>隐藏无文章的地区</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="444"/>
        <source>Search: words, &quot;a phrase&quot;, -excluded</source>
        <translation>检索:词语、&quot;短语&quot;、-排除</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="447"/>
        <source>Fro&amp;m</source>
        <translation>起(&amp;M)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="449"/>
        <source>T&amp;o</source>
        <translation>止(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="452"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="453"/>
        <source>A year, or the archive&apos;s last year, in one click</source>
        <translation>一键选择某一年，或档案中最近一年</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="454"/>
        <source>All sections</source>
        <translation>全部栏目</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="456"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="491"/>
        <source>The archive is damaged. Leave it as it is and ask whoever keeps the server to restore it from a backup, or import its pages again into a new archive.</source>
        <translation>档案库已损坏。请保持原样,请服务器管理员从备份恢复,或将版面重新导入新的档案库。</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="509"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="573"/>
        <source>New archive</source>
        <translation>新建档案</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="574"/>
        <source>Fangzhi archives (*.fangzhi)</source>
        <translation>方志档案 (*.fangzhi)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="575"/>
        <source>Open an archive</source>
        <translation>打开档案</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="576"/>
        <source>Fangzhi archives (*.fangzhi);;All files (*)</source>
        <translation>方志档案 (*.fangzhi);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_imports.cpp" line="45"/>
        <source>An import is under way: these pages can be imported once it has finished.</source>
        <translation>正在导入：这些版面需等当前导入完成后再导入。</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_imports.cpp" line="80"/>
        <source>Import a folder of pages</source>
        <translation>导入版面文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_imports.cpp" line="81"/>
        <source>Import pages</source>
        <translation>导入版面</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_imports.cpp" line="82"/>
        <source>Page files (*.txt *.md);;All files (*)</source>
        <translation>版面文件 (*.txt *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_imports.cpp" line="109"/>
        <source>Import Settings</source>
        <translation>导入设置</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_imports.cpp" line="111"/>
        <source>Used for the pages imported into this archive from now on.</source>
        <translation>用于此后导入本档案库的版面。</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_imports.cpp" line="116"/>
        <source>As the pages or their manifest name it</source>
        <translation>按版面或其清单所写</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_imports.cpp" line="117"/>
        <source>Newspaper</source>
        <translation>报纸</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_imports.cpp" line="118"/>
        <source>&amp;Newspaper:</source>
        <translation>报纸(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_imports.cpp" line="121"/>
        <source>Home province</source>
        <translation>所在省份</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_imports.cpp" line="122"/>
        <source>Found from the pages</source>
        <translation>从版面中判断</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_imports.cpp" line="128"/>
        <source>&amp;Home province:</source>
        <translation>所在省份(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_imports.cpp" line="129"/>
        <source>The home province places a name such as 鼓楼区, found in several provinces, in the paper&apos;s own province when the page says nothing more.</source>
        <translation>版面没有更多线索时，像“鼓楼区”这样多个省份都有的地名，会归入报纸所在的省份。</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_exports.cpp" line="147"/>
        <location filename="../app/gui/reader_window_exports.cpp" line="150"/>
        <source>Export to PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_exports.cpp" line="151"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="440"/>
        <source>Fangzhi — %1 (read-only)</source>
        <translation>方志 — %1(只读)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="395"/>
        <source>The archive is read-only: its file, folder or disk cannot be written</source>
        <translation>此档案为只读：其文件、文件夹或磁盘不可写入</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="394"/>
        <source>You may read this shared archive, not change it</source>
        <translation>您可以阅读此共享档案库,但不能修改</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="399"/>
        <source>Import &amp;Settings…</source>
        <translation>导入设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="402"/>
        <source>The newspaper and home province of the pages imported into this archive</source>
        <translation>导入本档案库的版面所属的报纸和省份</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="404"/>
        <source>S&amp;top Import</source>
        <translation>停止导入(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="409"/>
        <source>C&amp;heck Archive</source>
        <translation>检查档案(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="411"/>
        <source>Check the archive file for damage: SQLite&apos;s integrity check and Fangzhi&apos;s own</source>
        <translation>检查档案文件是否损坏：SQLite 的完整性检查及方志自己的检查</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="469"/>
        <source>Checking the archive file says whether it is damaged, and what is wrong.</source>
        <translation>检查档案文件可知它是否损坏，以及哪里出了问题。</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="470"/>
        <source>&amp;Check the Archive</source>
        <translation>检查档案(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="478"/>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="486"/>
        <source>%1 holds %2 pages and %3 articles.</source>
        <translation>%1 共有 %2 个版面、%3 篇文章。</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="489"/>
        <location filename="../app/gui/reader_window.cpp" line="495"/>
        <source>The archive is sound.</source>
        <translation>档案完好。</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="493"/>
        <source>The archive is damaged. Keep the file as it is; restore it from a backup, or import its pages again into a new archive.</source>
        <translation>档案已损坏。请保留该文件原样；从备份恢复，或将其版面重新导入新档案。</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="495"/>
        <source>The archive is damaged.</source>
        <translation>档案已损坏。</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window.cpp" line="496"/>
        <source>Check the Archive</source>
        <translation>检查档案</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_archives.cpp" line="118"/>
        <source>The archive could not be counted: File › Check Archive says whether it is damaged.</source>
        <translation>无法统计档案：“文件 › 检查档案”可查明它是否损坏。</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_navigation.cpp" line="79"/>
        <source>Mentioning %1  ✕</source>
        <translation>提及 %1  ✕</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_navigation.cpp" line="80"/>
        <source>Only the articles that name %1 or a place within it. Click to show all.</source>
        <translation>只显示提及%1或其下辖地方的文章。点击显示全部。</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_navigation.cpp" line="96"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_navigation.cpp" line="99"/>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_navigation.cpp" line="102"/>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_state.cpp" line="99"/>
        <source>Any Date</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_state.cpp" line="101"/>
        <source>The Archive&apos;s Last Year (%1 to %2)</source>
        <translation>档案中最近一年（%1 至 %2）</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_state.cpp" line="124"/>
        <source>The Same Day in Any Year: %1</source>
        <translation>历年同日：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_state.cpp" line="125"/>
        <source>The Same Day in Any Year (read an article dated to the day)</source>
        <translation>历年同日（请先阅读一篇日期精确到日的文章）</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_state.cpp" line="149"/>
        <source>Any year&apos;s %1  ✕</source>
        <translation>历年 %1  ✕</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_state.cpp" line="150"/>
        <source>Only the articles dated %1 of any year. Click to show every day.</source>
        <translation>只显示各年 %1 的文章。点击显示所有日期。</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="57"/>
        <source>Sort by Relevance, Then Newest</source>
        <translation>按相关度、再按最新排序</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/reader_window_reading.cpp" line="65"/>
        <source>Copied %n citation(s)</source>
        <translation>
            <numerusform>已复制 %n 条引文</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="73"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="74"/>
        <source>&amp;Find in Article…</source>
        <translation>在文章中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="77"/>
        <source>Find &amp;Next</source>
        <translation>查找下一处(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="78"/>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一处(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="80"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="82"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="83"/>
        <source>&amp;Actual Size</source>
        <translation>原始大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="85"/>
        <source>Show in the &amp;Original Page</source>
        <translation>在原版面中显示(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="87"/>
        <source>Sort by &amp;Relevance, Then Newest</source>
        <translation>按相关度、再按最新排序(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="95"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="99"/>
        <source>Find a &amp;Region</source>
        <translation>查找地区(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="103"/>
        <source>Ne&amp;xt Pane</source>
        <translation>下一窗格(&amp;X)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="104"/>
        <source>Pre&amp;vious Pane</source>
        <translation>上一窗格(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="106"/>
        <source>&amp;Next Article</source>
        <translation>下一篇(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="109"/>
        <source>&amp;Previous Article</source>
        <translation>上一篇(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/reader_window_reading.cpp" line="161"/>
        <source>Copied %n article(s)</source>
        <translation>
            <numerusform>已复制 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="179"/>
        <source>Copy &amp;Title</source>
        <translation>复制标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="180"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="181"/>
        <source>Copy Cita&amp;tion</source>
        <translation>复制引文(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="227"/>
        <source>## Searching

Type words in the search field (Ctrl+L); every word must be in the article.

- One or two Chinese characters find every article holding them: `科`, `科普`.
- `&quot;a phrase&quot;` finds the words side by side: `&quot;科技馆&quot;`.
- `-word` leaves out the articles holding it: `科普 -讲座`.
- Place names may be typed in pinyin or initials: `dazhou`, `dz`.
- The best matches come first, headlines before text; click a column to sort by it, and choose *View › Sort by Relevance* to go back.

## Narrowing

The region tree files each article under the most precise place it is about; a province&apos;s count includes its prefectures and counties. Dates may be typed as `2021`, `2021-10` or `2021-10-20`; *Dates* gives a year in one click. A place named in an article is a link to the articles that mention it; *Back* returns.

## Keyboard

| Keys | Does |
|---|---|
| Ctrl+L | Search field |
| Ctrl+R | Find a region |
| F6, Shift+F6 | Next, previous pane |
| Ctrl+Down, Ctrl+Up | Next, previous article |
| Alt+Left, Alt+Right | Back, forward |
| Ctrl+F, F3, Shift+F3 | Find in the article, next, previous |
| Ctrl++, Ctrl+-, Ctrl+0 | Larger, smaller, normal text |
| Ctrl+Shift+O | The article in its original page |
| Ctrl+C | Copy the selected articles |
| Ctrl+Shift+C | Copy their citations (GB/T 7714) |
| Ctrl+I | Import pages |
| Alt+Down | Calendar in a date field |
</source>
        <translation>## 搜索

在搜索框（Ctrl+L）中输入词语；文章须包含每个词。

- 一两个汉字即可找到所有包含它们的文章：`科`、`科普`。
- `&quot;短语&quot;` 查找相连的词：`&quot;科技馆&quot;`。
- `-词` 排除包含该词的文章：`科普 -讲座`。
- 地名可以用拼音或首字母输入：`dazhou`、`dz`。
- 最匹配的排在前面，标题命中先于正文；点击列名可按该列排序，选择“查看 › 按相关度排序”可恢复。

## 缩小范围

地区树把每篇文章归入它所讲的最具体的地方；省的数目包括其下的市和县。日期可输入 `2021`、`2021-10` 或 `2021-10-20`；“日期”按钮一键选择某一年。文章中提到的地名是链接，指向提到该地的文章；“后退”可返回。

## 键盘

| 按键 | 作用 |
|---|---|
| Ctrl+L | 搜索框 |
| Ctrl+R | 查找地区 |
| F6、Shift+F6 | 下一个、上一个窗格 |
| Ctrl+Down、Ctrl+Up | 下一篇、上一篇 |
| Alt+Left、Alt+Right | 后退、前进 |
| Ctrl+F、F3、Shift+F3 | 在文章中查找、下一处、上一处 |
| Ctrl++、Ctrl+-、Ctrl+0 | 放大、缩小、原始大小 |
| Ctrl+Shift+O | 在原版面中显示本文 |
| Ctrl+C | 复制所选文章 |
| Ctrl+Shift+C | 复制其引文（GB/T 7714） |
| Ctrl+I | 导入版面 |
| Alt+Down | 日期框中的日历 |
</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="183"/>
        <source>&amp;Open the Page File</source>
        <translation>打开版面文件(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="185"/>
        <source>&amp;Export Selected to PDF…</source>
        <translation>将所选导出为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="191"/>
        <source>Show %1 in the Region Tree</source>
        <translation>在地区树中显示%1</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="192"/>
        <source>Articles Mentioning %1</source>
        <translation>提到%1的文章</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="205"/>
        <source>Articles &amp;Filed Here</source>
        <translation>归入此处的文章(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="207"/>
        <source>Articles &amp;Mentioning %1</source>
        <translation>提到%1的文章(&amp;M)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="208"/>
        <source>&amp;Copy Name and Code</source>
        <translation>复制名称和代码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="213"/>
        <source>E&amp;xpand All Below</source>
        <translation>全部展开(&amp;X)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="214"/>
        <source>C&amp;ollapse All</source>
        <translation>全部折叠(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="222"/>
        <source>Fangzhi Guide</source>
        <translation>方志使用指南</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="266"/>
        <source>Find a region</source>
        <translation>查找地区</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="267"/>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="268"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="269"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="270"/>
        <source>Date ranges</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="271"/>
        <location filename="../app/gui/reader_window_reading.cpp" line="272"/>
        <source>Association</source>
        <translation>科协</translation>
    </message>
    <message>
        <location filename="../app/gui/reader_window_reading.cpp" line="273"/>
        <source>Section</source>
        <translation>栏目</translation>
    </message>
</context>
<context>
    <name>fangzhi::gui::RegionTreeModel</name>
    <message>
        <location filename="../app/gui/region_tree_model.cpp" line="156"/>
        <source>Region · association</source>
        <translation>地区 · 科协</translation>
    </message>
    <message>
        <location filename="../app/gui/region_tree_model.cpp" line="156"/>
        <source>Articles</source>
        <translation>文章数</translation>
    </message>
    <message>
        <location filename="../app/gui/region_tree_model.cpp" line="33"/>
        <source>%1 (%2–%3)</source>
        <translation>%1（%2—%3年）</translation>
    </message>
    <message>
        <location filename="../app/gui/region_tree_model.cpp" line="38"/>
        <source>No longer in use since %1.</source>
        <translation>%1年起已撤销。</translation>
    </message>
    <message>
        <location filename="../app/gui/region_tree_model.cpp" line="39"/>
        <source>No longer in use since %1; became %2.</source>
        <translation>%1年起已撤销，现为%2。</translation>
    </message>
    <message>
        <location filename="../app/gui/region_tree_model.cpp" line="41"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/region_tree_model.cpp" line="143"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/region_tree_model.cpp" line="145"/>
        <source>%n article(s) in all:</source>
        <translation>
            <numerusform>共 %n 篇文章：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/region_tree_model.cpp" line="146"/>
        <source>%n about the region as a whole (filed under it, not under one of its divisions)</source>
        <translation>
            <numerusform>%n 篇关于本地区整体（归入本级，而非其下属地区）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/region_tree_model.cpp" line="148"/>
        <source>%n filed under its divisions</source>
        <translation>
            <numerusform>%n 篇归入其下属地区</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fangzhi::gui::ReportBar</name>
    <message>
        <location filename="../app/gui/report_bar.cpp" line="57"/>
        <source>&amp;Details…</source>
        <translation>详情(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../app/gui/report_bar.cpp" line="58"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../app/gui/report_bar.cpp" line="59"/>
        <source>Dismiss the report</source>
        <translation>关闭此报告</translation>
    </message>
    <message>
        <location filename="../app/gui/report_bar.cpp" line="60"/>
        <source>Show the files the report names</source>
        <translation>显示报告所列的文件</translation>
    </message>
    <message>
        <location filename="../app/gui/report_bar.cpp" line="65"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
</context>
<context>
    <name>fangzhi::gui::SharedArchiveDialog</name>
    <message>
        <location filename="../app/gui/shared_archive_dialog.cpp" line="21"/>
        <source>&amp;Remember the password in the desktop&apos;s keychain</source>
        <translation>在桌面钥匙串中记住密码(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/shared_archive_dialog.cpp" line="23"/>
        <source>Connect to a Shared Archive</source>
        <translation>连接共享档案库</translation>
    </message>
    <message>
        <location filename="../app/gui/shared_archive_dialog.cpp" line="25"/>
        <source>archive.example.org</source>
        <translation>archive.example.org</translation>
    </message>
    <message>
        <location filename="../app/gui/shared_archive_dialog.cpp" line="29"/>
        <source>fangzhi</source>
        <translation>fangzhi</translation>
    </message>
    <message>
        <location filename="../app/gui/shared_archive_dialog.cpp" line="33"/>
        <source>as set by whoever keeps the server</source>
        <translation>由服务器管理员设定</translation>
    </message>
    <message>
        <location filename="../app/gui/shared_archive_dialog.cpp" line="35"/>
        <source>Encrypted if the server offers it</source>
        <translation>服务器支持时加密</translation>
    </message>
    <message>
        <location filename="../app/gui/shared_archive_dialog.cpp" line="36"/>
        <source>Always encrypted (TLS)</source>
        <translation>始终加密(TLS)</translation>
    </message>
    <message>
        <location filename="../app/gui/shared_archive_dialog.cpp" line="37"/>
        <source>Encrypted, and the server&apos;s certificate checked</source>
        <translation>加密并验证服务器证书</translation>
    </message>
    <message>
        <location filename="../app/gui/shared_archive_dialog.cpp" line="38"/>
        <source>Never encrypted</source>
        <translation>不加密</translation>
    </message>
    <message>
        <location filename="../app/gui/shared_archive_dialog.cpp" line="44"/>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S):</translation>
    </message>
    <message>
        <location filename="../app/gui/shared_archive_dialog.cpp" line="45"/>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O):</translation>
    </message>
    <message>
        <location filename="../app/gui/shared_archive_dialog.cpp" line="46"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D):</translation>
    </message>
    <message>
        <location filename="../app/gui/shared_archive_dialog.cpp" line="47"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U):</translation>
    </message>
    <message>
        <location filename="../app/gui/shared_archive_dialog.cpp" line="48"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W):</translation>
    </message>
    <message>
        <location filename="../app/gui/shared_archive_dialog.cpp" line="49"/>
        <source>Se&amp;curity:</source>
        <translation>安全(&amp;C):</translation>
    </message>
    <message>
        <location filename="../app/gui/shared_archive_dialog.cpp" line="52"/>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
</context>
</TS>
