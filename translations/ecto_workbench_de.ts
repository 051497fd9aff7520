<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CommandLine</name>
    <message>
        <source>Unknown language &quot;%1&quot;; use one of: %2</source>
        <translation>Unbekannte Sprache „%1“; möglich sind: %2</translation>
    </message>
    <message>
        <source>A desktop workbench for Ecto, the database toolkit of Elixir.</source>
        <translation>Eine Arbeitsumgebung für Ecto, das Datenbank-Toolkit von Elixir.</translation>
    </message>
    <message>
        <source>Open the project in &lt;folder&gt; (default: the bundled blog sample).</source>
        <translation>Das Projekt in &lt;Ordner&gt; öffnen (Standard: das mitgelieferte Blog-Beispiel).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Show &lt;file&gt; of the project, a path relative to its folder.</source>
        <translation>&lt;Datei&gt; des Projekts anzeigen, als Pfad relativ zum Projektordner.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt;: en, de or fr (default: the system&apos;s).</source>
        <translation>Die Sprache &lt;Kürzel&gt; verwenden: en, de oder fr (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;png&gt; and quit.</source>
        <translation>Ein Bild des Fensters in &lt;png&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>png</source>
        <translation>png</translation>
    </message>
    <message>
        <source>No such project folder: %1</source>
        <translation>Projektordner nicht gefunden: %1</translation>
    </message>
</context>
<context>
    <name>ectowb::models::ProjectFilesModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::CodeTabs</name>
    <message>
        <source>%1 is too large to show (more than %2 MB).</source>
        <translation>%1 ist zu groß für die Anzeige (mehr als %2 MB).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is a binary file.</source>
        <translation>%1 ist eine Binärdatei.</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::MainWindow</name>
    <message numerus="yes">
        <source>Loaded %n file(s).</source>
        <translation>
            <numerusform>%n Datei geladen.</numerusform>
            <numerusform>%n Dateien geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the project folder.</source>
        <translation>Der Projektordner kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No such project folder: %1</source>
        <translation>Projektordner nicht gefunden: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation>Projekt ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Project</source>
        <translation>Beis&amp;pielprojekt öffnen</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Go to the Project &amp;Tree</source>
        <translation>Zum &amp;Projektbaum</translation>
    </message>
    <message>
        <source>Go to the &amp;Code</source>
        <translation>Zum &amp;Code</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Ecto Workbench</source>
        <translation>Ü&amp;ber Ecto Workbench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Ecto Workbench</source>
        <translation>Ecto Workbench</translation>
    </message>
    <message>
        <source>%1 - Ecto Workbench</source>
        <translation>%1 – Ecto Workbench</translation>
    </message>
    <message>
        <source>Database: SQLite %1</source>
        <translation>Datenbank: SQLite %1</translation>
    </message>
    <message>
        <source>Database: none</source>
        <translation>Datenbank: keine</translation>
    </message>
    <message>
        <source>About Ecto Workbench</source>
        <translation>Über Ecto Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ecto Workbench %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for Ecto, the database toolkit of Elixir: browse schemas, compose queries, preview changesets and step through migrations.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ecto Workbench %1&lt;/h3&gt;&lt;p&gt;Eine Arbeitsumgebung für Ecto, das Datenbank-Toolkit von Elixir: Schemas durchsehen, Abfragen zusammenstellen, Changesets ausprobieren und Migrationen Schritt für Schritt ausführen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Re&amp;load Project</source>
        <translation>Projekt neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Recent Projects</source>
        <translation>&amp;Zuletzt geöffnete Projekte</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n file(s); the folder holds more.</source>
        <translation>
            <numerusform>Nur %n Datei wird angezeigt; der Ordner enthält mehr.</numerusform>
            <numerusform>Nur die ersten %n Dateien werden angezeigt; der Ordner enthält mehr.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::ProjectDock</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Project files</source>
        <translation>Projektdateien</translation>
    </message>
    <message>
        <source>&amp;Project Files</source>
        <translation>Projekt&amp;dateien</translation>
    </message>
</context>
</TS>
