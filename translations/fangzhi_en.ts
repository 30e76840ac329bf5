<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <location filename="../app/gui/import_summary.cpp" line="11"/>
        <source>%n page(s) added</source>
        <translation>
            <numerusform>%n page added</numerusform>
            <numerusform>%n pages added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/import_summary.cpp" line="11"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/import_summary.cpp" line="12"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/import_summary.cpp" line="13"/>
        <source>%n duplicate(s) of pages already stored</source>
        <translation>
            <numerusform>%n duplicate of pages already stored</numerusform>
            <numerusform>%n duplicates of pages already stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/import_summary.cpp" line="14"/>
        <source>%n could not be imported</source>
        <translation>
            <numerusform>%n could not be imported</numerusform>
            <numerusform>%n could not be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/import_summary.cpp" line="15"/>
        <source>Import cancelled: %n file(s) reached</source>
        <translation>
            <numerusform>Import cancelled: %n file reached</numerusform>
            <numerusform>Import cancelled: %n files reached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/import_summary.cpp" line="16"/>
        <source>Import finished: %n file(s)</source>
        <translation>
            <numerusform>Import finished: %n file</numerusform>
            <numerusform>Import finished: %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/import_summary.cpp" line="17"/>
        <source>%n article(s) stored.</source>
        <translation>
            <numerusform>%n article stored.</numerusform>
            <numerusform>%n articles stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/import_summary.cpp" line="19"/>
        <source>%n file(s) were not reached; importing them again completes the import.</source>
        <translation>
            <numerusform>%n file was not reached; importing it again completes the import.</numerusform>
            <numerusform>%n files were not reached; importing them again completes the import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/import_summary.cpp" line="22"/>
        <source>%n page(s) were stored with bytes that could not be decoded, replaced by �.</source>
        <translation>
            <numerusform>%n page was stored with bytes that could not be decoded, replaced by �.</numerusform>
            <numerusform>%n pages were stored with bytes that could not be decoded, replaced by �.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message numerus="yes">
        <location filename="../core/export/pdf_exporter.cpp" line="146"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopeWords</name>
    <message numerus="yes">
        <location filename="../core/export/scope_words.cpp" line="14"/>
        <source>%n article(s) chosen by hand from the list of</source>
        <translation>
            <numerusform>%n article chosen by hand from the list of</numerusform>
            <numerusform>%n articles chosen by hand from the list of</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/export/scope_words.cpp" line="15"/>
        <source>All %n article(s) of</source>
        <translation>
            <numerusform>The %n article of</numerusform>
            <numerusform>All %n articles of</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fangzhi::gui::ArchiveWorker</name>
    <message numerus="yes">
        <location filename="../app/gui/archive_worker.cpp" line="249"/>
        <source>%1 (%n file(s) were written)</source>
        <translation>
            <numerusform>%1 (%n file was written)</numerusform>
            <numerusform>%1 (%n files were written)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fangzhi::gui::ImportStatus</name>
    <message numerus="yes">
        <location filename="../app/gui/import_status.cpp" line="52"/>
        <source>Importing: %1 of %Ln file(s)</source>
        <translation>
            <numerusform>Importing: %1 of %Ln file</numerusform>
            <numerusform>Importing: %1 of %Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/import_status.cpp" line="76"/>
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/import_status.cpp" line="78"/>
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fangzhi::gui::ReaderWindow</name>
    <message numerus="yes">
        <location filename="../app/gui/reader_window_reports.cpp" line="21"/>
        <source>%n page(s) were read by an older Fangzhi: File › Read Pages Again</source>
        <translation>
            <numerusform>%n page was read by an older Fangzhi: File › Read Pages Again</numerusform>
            <numerusform>%n pages were read by an older Fangzhi: File › Read Pages Again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/reader_window_reports.cpp" line="42"/>
        <source>%n page(s) could not be read again; they are as they were.</source>
        <translation>
            <numerusform>%n page could not be read again; it is as it was.</numerusform>
            <numerusform>%n pages could not be read again; they are as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/reader_window.cpp" line="383"/>
        <source>Read Pages &amp;Again (%n older)…</source>
        <translation>
            <numerusform>Read Pages &amp;Again (%n older)…</numerusform>
            <numerusform>Read Pages &amp;Again (%n older)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/reader_window_archives.cpp" line="117"/>
        <source>%n article(s) in the archive</source>
        <translation>
            <numerusform>%n article in the archive</numerusform>
            <numerusform>%n articles in the archive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/reader_window.cpp" line="219"/>
        <source>%n article(s) in scope</source>
        <translation>
            <numerusform>%n article in scope</numerusform>
            <numerusform>%n articles in scope</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/reader_window_exports.cpp" line="87"/>
        <source>Sent %n article(s) to the printer</source>
        <translation>
            <numerusform>Sent %n article to the printer</numerusform>
            <numerusform>Sent %n articles to the printer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/reader_window_exports.cpp" line="117"/>
        <source>The %n &amp;Selected</source>
        <translation>
            <numerusform>The %n &amp;Selected</numerusform>
            <numerusform>The %n &amp;Selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/reader_window_exports.cpp" line="118"/>
        <source>&amp;All %n in Scope</source>
        <translation>
            <numerusform>&amp;All %n in Scope</numerusform>
            <numerusform>&amp;All %n in Scope</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/reader_window_exports.cpp" line="121"/>
        <source>All %n articles in scope make a long document: it takes a while, and can be cancelled.</source>
        <translation>
            <numerusform>The %n article in scope makes a long document: it takes a while, and can be cancelled.</numerusform>
            <numerusform>All %n articles in scope make a long document: it takes a while, and can be cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/reader_window_exports.cpp" line="183"/>
        <location filename="../app/gui/reader_window_exports.cpp" line="198"/>
        <source>Exporting %n article(s) to %1</source>
        <translation>
            <numerusform>Exporting %n article to %1</numerusform>
            <numerusform>Exporting %n articles to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/reader_window_exports.cpp" line="211"/>
        <source>Reading %n article(s) to print</source>
        <translation>
            <numerusform>Reading %n article to print</numerusform>
            <numerusform>Reading %n articles to print</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/reader_window_reading.cpp" line="65"/>
        <source>Copied %n citation(s)</source>
        <translation>
            <numerusform>Copied %n citation</numerusform>
            <numerusform>Copied %n citations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/reader_window_reading.cpp" line="161"/>
        <source>Copied %n article(s)</source>
        <translation>
            <numerusform>Copied %n article</numerusform>
            <numerusform>Copied %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fangzhi::gui::RegionTreeModel</name>
    <message numerus="yes">
        <location filename="../app/gui/region_tree_model.cpp" line="143"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/region_tree_model.cpp" line="145"/>
        <source>%n article(s) in all:</source>
        <translation>
            <numerusform>%n article in all:</numerusform>
            <numerusform>%n articles in all:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/region_tree_model.cpp" line="146"/>
        <source>%n about the region as a whole (filed under it, not under one of its divisions)</source>
        <translation>
            <numerusform>%n about the region as a whole (filed under it, not under one of its divisions)</numerusform>
            <numerusform>%n about the region as a whole (filed under it, not under one of its divisions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/region_tree_model.cpp" line="148"/>
        <source>%n filed under its divisions</source>
        <translation>
            <numerusform>%n filed under its divisions</numerusform>
            <numerusform>%n filed under its divisions</numerusform>
        </translation>
    </message>
</context>
</TS>
