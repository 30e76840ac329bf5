<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>fangzhi::gui::ReaderWindow</name>
    <message numerus="yes">
        <source>%n page(s) were read by an older Fangzhi: File › Read Pages Again</source>
        <translation>
            <numerusform>%n page was read by an older Fangzhi: File › Read Pages Again</numerusform>
            <numerusform>%n pages were read by an older Fangzhi: File › Read Pages Again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) could not be read again; they are as they were.</source>
        <translation>
            <numerusform>%n page could not be read again; it is as it was.</numerusform>
            <numerusform>%n pages could not be read again; they are as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) were stored with bytes that could not be decoded, replaced by �.</source>
        <translation>
            <numerusform>%n page was stored with bytes that could not be decoded, replaced by �.</numerusform>
            <numerusform>%n pages were stored with bytes that could not be decoded, replaced by �.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read Pages &amp;Again (%n older)…</source>
        <translation>
            <numerusform>Read Pages &amp;Again (%n older)…</numerusform>
            <numerusform>Read Pages &amp;Again (%n older)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/reader_window.cpp" line="136"/>
        <source>%n article(s) in the archive</source>
        <translation>
            <numerusform>%n article in the archive</numerusform>
            <numerusform>%n articles in the archive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/reader_window.cpp" line="154"/>
        <source>%n article(s) in scope</source>
        <translation>
            <numerusform>%n article in scope</numerusform>
            <numerusform>%n articles in scope</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/reader_window.cpp" line="186"/>
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n file could not be imported.</numerusform>
            <numerusform>%n files could not be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/reader_window.cpp" line="212"/>
        <source>Sent %n article(s) to the printer</source>
        <translation>
            <numerusform>Sent %n article to the printer</numerusform>
            <numerusform>Sent %n articles to the printer</numerusform>
        </translation>
    </message>
</context>
</TS>
