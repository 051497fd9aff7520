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
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;; use one of: %2</source>
        <translation>Unbekannte Ansicht „%1“; möglich sind: %2</translation>
    </message>
    <message>
        <source>Work on the database at &lt;url&gt; instead of the project&apos;s.</source>
        <translation>Mit der Datenbank unter &lt;url&gt; statt der des Projekts arbeiten.</translation>
    </message>
    <message>
        <source>Show the view &lt;name&gt;: schemas, diagram, mismatches, query, changesets or migrations.</source>
        <translation>Die Ansicht &lt;name&gt; zeigen: schemas, diagram, mismatches, query, changesets oder migrations.</translation>
    </message>
    <message>
        <source>Put the Ecto query &lt;code&gt; in the query composer.</source>
        <translation>Die Ecto-Abfrage &lt;code&gt; in den Abfrage-Editor setzen.</translation>
    </message>
    <message>
        <source>Run that query once the database is ready.</source>
        <translation>Diese Abfrage ausführen, sobald die Datenbank bereit ist.</translation>
    </message>
    <message>
        <source>Start in presentation mode (F11): full screen, large fonts, high contrast.</source>
        <translation>Im Präsentationsmodus starten (F11): Vollbild, große Schrift, hoher Kontrast.</translation>
    </message>
</context>
<context>
    <name>DatabaseDescription</name>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
</context>
<context>
    <name>EctoMessages</name>
    <message>
        <source>can&apos;t be blank</source>
        <translation>muss ausgefüllt werden</translation>
    </message>
    <message>
        <source>is invalid</source>
        <translation>ist ungültig</translation>
    </message>
    <message>
        <source>has invalid format</source>
        <translation>hat ein ungültiges Format</translation>
    </message>
    <message>
        <source>has an invalid entry</source>
        <translation>enthält einen ungültigen Eintrag</translation>
    </message>
    <message>
        <source>is reserved</source>
        <translation>ist reserviert</translation>
    </message>
    <message>
        <source>must be accepted</source>
        <translation>muss akzeptiert werden</translation>
    </message>
    <message>
        <source>does not match confirmation</source>
        <translation>stimmt nicht mit der Bestätigung überein</translation>
    </message>
    <message>
        <source>should be %{count} character(s)</source>
        <translation>muss genau %{count} Zeichen lang sein</translation>
    </message>
    <message>
        <source>should be at least %{count} character(s)</source>
        <translation>muss mindestens %{count} Zeichen lang sein</translation>
    </message>
    <message>
        <source>should be at most %{count} character(s)</source>
        <translation>darf höchstens %{count} Zeichen lang sein</translation>
    </message>
    <message>
        <source>should be %{count} byte(s)</source>
        <translation>muss genau %{count} Byte lang sein</translation>
    </message>
    <message>
        <source>should be at least %{count} byte(s)</source>
        <translation>muss mindestens %{count} Byte lang sein</translation>
    </message>
    <message>
        <source>should be at most %{count} byte(s)</source>
        <translation>darf höchstens %{count} Byte lang sein</translation>
    </message>
    <message>
        <source>should have %{count} item(s)</source>
        <translation>muss genau %{count} Element(e) haben</translation>
    </message>
    <message>
        <source>should have at least %{count} item(s)</source>
        <translation>muss mindestens %{count} Element(e) haben</translation>
    </message>
    <message>
        <source>should have at most %{count} item(s)</source>
        <translation>darf höchstens %{count} Element(e) haben</translation>
    </message>
    <message>
        <source>must be less than %{number}</source>
        <translation>muss kleiner als %{number} sein</translation>
    </message>
    <message>
        <source>must be greater than %{number}</source>
        <translation>muss größer als %{number} sein</translation>
    </message>
    <message>
        <source>must be less than or equal to %{number}</source>
        <translation>muss kleiner oder gleich %{number} sein</translation>
    </message>
    <message>
        <source>must be greater than or equal to %{number}</source>
        <translation>muss größer oder gleich %{number} sein</translation>
    </message>
    <message>
        <source>must be equal to %{number}</source>
        <translation>muss gleich %{number} sein</translation>
    </message>
    <message>
        <source>must be not equal to %{number}</source>
        <translation>darf nicht %{number} sein</translation>
    </message>
    <message>
        <source>has already been taken</source>
        <translation>ist bereits vergeben</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>is still associated with this entry</source>
        <translation>ist noch mit diesem Eintrag verknüpft</translation>
    </message>
    <message>
        <source>are still associated with this entry</source>
        <translation>sind noch mit diesem Eintrag verknüpft</translation>
    </message>
    <message>
        <source>violates an exclusion constraint</source>
        <translation>verletzt eine Ausschlussbedingung</translation>
    </message>
    <message>
        <source>is stale</source>
        <translation>ist veraltet</translation>
    </message>
</context>
<context>
    <name>MigrationDrops</name>
    <message>
        <source>column %1.%2</source>
        <translation>Spalte %1.%2</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>index %1</source>
        <translation>Index %1</translation>
    </message>
    <message>
        <source>constraint %1 on %2</source>
        <translation>Constraint %1 auf %2</translation>
    </message>
    <message>
        <source>whatever this SQL removes: %1</source>
        <translation>was immer dieses SQL entfernt: %1</translation>
    </message>
    <message>
        <source>whatever this code does: %1</source>
        <translation>was immer dieser Code tut: %1</translation>
    </message>
    <message>
        <source>(cannot read %1: %2)</source>
        <translation>(%1 kann nicht gelesen werden: %2)</translation>
    </message>
</context>
<context>
    <name>QueryComposerRenderer</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>ectowb::models::MigrationListModel</name>
    <message>
        <source>up</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>down</source>
        <translation>nicht angewendet</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>Datei fehlt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot be rolled back: %1</source>
        <translation>Kann nicht zurückgerollt werden: %1</translation>
    </message>
    <message>
        <source>Runs outside a transaction (@disable_ddl_transaction).</source>
        <translation>Läuft außerhalb einer Transaktion (@disable_ddl_transaction).</translation>
    </message>
    <message>
        <source>Has steps that cannot be read ahead (code run by Elixir).</source>
        <translation>Enthält Schritte, die sich nicht vorab lesen lassen (von Elixir ausgeführter Code).</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message numerus="yes">
        <source>Review: %n finding(s), the worst: %1</source>
        <translation>
            <numerusform>Prüfung: %n Befund, der schwerste: %1</numerusform>
            <numerusform>Prüfung: %n Befunde, der schwerste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads rows when applied: what it sends after a read depends on the live data.</source>
        <translation>Liest beim Anwenden Zeilen: was nach dem Lesen gesendet wird, hängt von den Live-Daten ab.</translation>
    </message>
</context>
<context>
    <name>ectowb::models::MismatchModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Field or column</source>
        <translation>Feld oder Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ectowb::models::PipelineStepModel</name>
    <message>
        <source>ran</source>
        <translation>ausgeführt</translation>
    </message>
    <message>
        <source>interpreted</source>
        <translation>interpretiert</translation>
    </message>
    <message>
        <source>helper</source>
        <translation>Hilfsfunktion</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>nicht ausgewertet</translation>
    </message>
    <message>
        <source>(whole body)</source>
        <translation>(ganzer Rumpf)</translation>
    </message>
    <message>
        <source>Line %1: not evaluated, so it is not counted as passing: %2</source>
        <translation>Zeile %1: nicht ausgewertet, gilt daher nicht als bestanden: %2</translation>
    </message>
    <message>
        <source>Line %1: a helper that is itself a pipeline; its steps follow</source>
        <translation>Zeile %1: eine Hilfsfunktion, die selbst eine Pipeline ist; ihre Schritte folgen</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>ausgelöst</translation>
    </message>
    <message>
        <source>Line %1: in a branch the run did not take (%2), so it did not run</source>
        <translation>Zeile %1: in einem Zweig, den der Lauf nicht nahm (%2), daher nicht ausgeführt</translation>
    </message>
    <message>
        <source>Line %1: raised, so the function raised and no step after it ran: %2</source>
        <translation>Zeile %1: hat eine Ausnahme ausgelöst, daher auch die Funktion; kein Schritt danach lief: %2</translation>
    </message>
</context>
<context>
    <name>ectowb::models::PlanTreeModel</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
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
    <name>ectowb::models::QueryHistoryModel</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>ectowb::models::SchemaTreeModel</name>
    <message>
        <source>not understood</source>
        <translation>nicht verstanden</translation>
    </message>
    <message>
        <source>embedded schema</source>
        <translation>eingebettetes Schema</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::BooleanFieldEditor</name>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::ChangesetFormView</name>
    <message>
        <source>Compared with %1 by validate_confirmation; never cast</source>
        <translation>Von validate_confirmation mit %1 verglichen; nie gecastet</translation>
    </message>
    <message>
        <source>Read by validate_acceptance; never cast</source>
        <translation>Von validate_acceptance gelesen; nie gecastet</translation>
    </message>
    <message>
        <source>%1, required by validate_required</source>
        <translation>%1, Pflicht laut validate_required</translation>
    </message>
    <message>
        <source>This function casts no params: it works on the struct&apos;s data alone.</source>
        <translation>Diese Funktion castet keine Parameter: Sie arbeitet nur mit den Daten des Structs.</translation>
    </message>
    <message>
        <source>Stop sending %1</source>
        <translation>%1 nicht mehr senden</translation>
    </message>
    <message>
        <source>Rows of %1, cast by cast_embed or cast_assoc</source>
        <translation>Zeilen von %1, gecastet durch cast_embed oder cast_assoc</translation>
    </message>
    <message>
        <source>A %1, cast by cast_embed or cast_assoc</source>
        <translation>Ein %1, gecastet durch cast_embed oder cast_assoc</translation>
    </message>
    <message>
        <source>The row&apos;s changeset function casts no params.</source>
        <translation>Die Changeset-Funktion der Zeile castet keine Parameter.</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::ChangesetPreview</name>
    <message>
        <source>&amp;Schema:</source>
        <translation>&amp;Schema:</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>&amp;Repo function:</source>
        <translation>&amp;Repo-Funktion:</translation>
    </message>
    <message>
        <source>&amp;Load Row...</source>
        <translation>Zei&amp;le laden …</translation>
    </message>
    <message>
        <source>Load a row by its primary key as the changeset&apos;s data (Repo.get!)</source>
        <translation>Eine Zeile über ihren Primärschlüssel als Daten des Changesets laden (Repo.get!)</translation>
    </message>
    <message>
        <source>&amp;New Struct</source>
        <translation>&amp;Neues Struct</translation>
    </message>
    <message>
        <source>Start again from the schema&apos;s struct with its defaults</source>
        <translation>Neu beginnen mit dem Struct des Schemas und seinen Vorgaben</translation>
    </message>
    <message>
        <source>&amp;Try</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Run the Repo function in a transaction that is rolled back: nothing is written</source>
        <translation>Die Repo-Funktion in einer Transaktion ausführen, die zurückgerollt wird: Es wird nichts geschrieben</translation>
    </message>
    <message>
        <source>Sa&amp;ve...</source>
        <translation>Spe&amp;ichern …</translation>
    </message>
    <message>
        <source>Run the Repo function for real and commit, after a confirmation</source>
        <translation>Die Repo-Funktion nach einer Rückfrage wirklich ausführen und committen</translation>
    </message>
    <message>
        <source>R&amp;eset Form</source>
        <translation>Formular l&amp;eeren</translation>
    </message>
    <message>
        <source>Send no params at all</source>
        <translation>Gar keine Parameter senden</translation>
    </message>
    <message>
        <source>Load Row</source>
        <translation>Zeile laden</translation>
    </message>
    <message>
        <source>%1 of the %2 row to load:</source>
        <translation>%1 der zu ladenden Zeile aus %2:</translation>
    </message>
    <message>
        <source>Loading %1 %2...</source>
        <translation>Lade %1 %2 …</translation>
    </message>
    <message>
        <source>Loaded %1 %2 as the changeset&apos;s data.</source>
        <translation>%1 %2 als Daten des Changesets geladen.</translation>
    </message>
    <message>
        <source>Run %1 for real on %2 and commit?

Changes: %3

The database is changed; this cannot be undone here.</source>
        <translation>%1 wirklich auf %2 ausführen und committen?

Änderungen: %3

Die Datenbank wird geändert; das lässt sich hier nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Save Changeset</source>
        <translation>Changeset speichern</translation>
    </message>
    <message>
        <source>Running %1...</source>
        <translation>Führe %1 aus …</translation>
    </message>
    <message>
        <source>%1 is an embedded schema: it has no table.</source>
        <translation>%1 ist ein eingebettetes Schema: Es hat keine Tabelle.</translation>
    </message>
    <message>
        <source>Open a project with Ecto schemas that have changeset functions.</source>
        <translation>Öffnen Sie ein Projekt mit Ecto-Schemas, die Changeset-Funktionen haben.</translation>
    </message>
    <message>
        <source>Data: %%1{} with its defaults (a new struct)</source>
        <translation>Daten: %%1{} mit seinen Vorgaben (ein neues Struct)</translation>
    </message>
    <message>
        <source>Data: the %1 row with %2 %3</source>
        <translation>Daten: die Zeile aus %1 mit %2 %3</translation>
    </message>
    <message>
        <source>%1 is an embedded schema: there is nothing to insert.</source>
        <translation>%1 ist ein eingebettetes Schema: Es gibt nichts einzufügen.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>No database: %1</source>
        <translation>Keine Datenbank: %1</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::ChangesetResultPanel</name>
    <message>
        <source>Try runs the Repo function inside a transaction that is rolled back; Save commits it.</source>
        <translation>Testen führt die Repo-Funktion in einer Transaktion aus, die zurückgerollt wird; Speichern committet sie.</translation>
    </message>
    <message>
        <source>&amp;Changeset, as IEx prints it</source>
        <translation>&amp;Changeset, wie IEx es ausgibt</translation>
    </message>
    <message>
        <source>Error &amp;messages (traverse_errors)</source>
        <translation>Fehler&amp;meldungen (traverse_errors)</translation>
    </message>
    <message>
        <source>Pipeline ste&amp;ps</source>
        <translation>&amp;Pipeline-Schritte</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message numerus="yes">
        <source>(unverified: %n step(s) could not be evaluated)</source>
        <translation>
            <numerusform>(unbestätigt: %n Schritt konnte nicht ausgewertet werden)</numerusform>
            <numerusform>(unbestätigt: %n Schritte konnten nicht ausgewertet werden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n step(s) could not be evaluated)</source>
        <translation>
            <numerusform>(und %n Schritt konnte nicht ausgewertet werden)</numerusform>
            <numerusform>(und %n Schritte konnten nicht ausgewertet werden)</numerusform>
        </translation>
    </message>
    <message>
        <source>The changeset function raised</source>
        <translation>Die Changeset-Funktion hat eine Ausnahme ausgelöst</translation>
    </message>
    <message>
        <source>&amp;Database: %1 saved on %2</source>
        <translation>&amp;Datenbank: %1 auf %2 gespeichert</translation>
    </message>
    <message>
        <source>&amp;Database: %1 tried on %2</source>
        <translation>&amp;Datenbank: %1 auf %2 getestet</translation>
    </message>
    <message>
        <source>Nothing changed: Repo.update sends no statement.</source>
        <translation>Nichts geändert: Repo.update sendet keine Anweisung.</translation>
    </message>
    <message>
        <source>Committed.</source>
        <translation>Committet.</translation>
    </message>
    <message>
        <source>Rolled back: nothing was written.</source>
        <translation>Zurückgerollt: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The database refused the row; Ecto turned that into the errors above. Rolled back.</source>
        <translation>Die Datenbank hat die Zeile abgelehnt; Ecto hat daraus die Fehler oben gemacht. Zurückgerollt.</translation>
    </message>
    <message>
        <source>The changeset is invalid: Ecto does not send anything.</source>
        <translation>Das Changeset ist ungültig: Ecto sendet nichts.</translation>
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
    <name>ectowb::widgets::ConnectionDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;New SQLite File…</source>
        <translation>&amp;Neue SQLite-Datei …</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>postgres://user@host:5432/database or sqlite:/path/to.db</source>
        <translation>postgres://benutzer@host:5432/datenbank oder sqlite:/pfad/zu.db</translation>
    </message>
    <message>
        <source>(libpq&apos;s default)</source>
        <translation>(Vorgabe von libpq)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Sa&amp;ved:</source>
        <translation>Ge&amp;speichert:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>D&amp;river:</source>
        <translation>T&amp;reiber:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>Be&amp;nutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>SS&amp;L mode:</source>
        <translation>SS&amp;L-Modus:</translation>
    </message>
    <message>
        <source>Use the &amp;Project&apos;s Database</source>
        <translation>&amp;Projektdatenbank verwenden</translation>
    </message>
    <message>
        <source>Save the Connection</source>
        <translation>Verbindung speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Open a SQLite Database</source>
        <translation>SQLite-Datenbank öffnen</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New SQLite Database</source>
        <translation>Neue SQLite-Datenbank</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3)</translation>
    </message>
    <message>
        <source>Not a database URL: %1</source>
        <translation>Keine Datenbank-URL: %1</translation>
    </message>
    <message>
        <source>path/to/database.db</source>
        <translation>pfad/zur/datenbank.db</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>Name der Datenbank</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Create the Database?</source>
        <translation>Datenbank anlegen?</translation>
    </message>
    <message>
        <source>The database %1 does not exist on %2. Create it?</source>
        <translation>Die Datenbank %1 gibt es auf %2 nicht. Anlegen?</translation>
    </message>
    <message>
        <source>Created the database %1.</source>
        <translation>Datenbank %1 angelegt.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>Datenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Keine Verbindung: %1</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Created the empty database %1.</source>
        <translation>Leere Datenbank %1 angelegt.</translation>
    </message>
    <message>
        <source>Saved without the password: no keychain is available, so it will be asked for each time.</source>
        <translation>Ohne Passwort gespeichert: Es gibt keinen Schlüsselbund, daher wird jedes Mal danach gefragt.</translation>
    </message>
    <message>
        <source>not kept: type it each time</source>
        <translation>nicht gespeichert: jedes Mal eingeben</translation>
    </message>
    <message>
        <source>(a new connection)</source>
        <translation>(eine neue Verbindung)</translation>
    </message>
    <message>
        <source>Creating the database %1…</source>
        <translation>Die Datenbank %1 wird angelegt…</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::EditMenu</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::EnumFieldEditor</name>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::ListFieldEditor</name>
    <message>
        <source>One element a row; F2 edits the selected one</source>
        <translation>Ein Element pro Zeile; F2 bearbeitet das gewählte</translation>
    </message>
    <message>
        <source>Add an element</source>
        <translation>Element hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected element</source>
        <translation>Gewähltes Element entfernen</translation>
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
    <message>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <source>&amp;Schemas</source>
        <translation>&amp;Schemas</translation>
    </message>
    <message>
        <source>&amp;Migrations</source>
        <translation>&amp;Migrationen</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>Projek&amp;t</translation>
    </message>
    <message>
        <source>Open &amp;Database...</source>
        <translation>&amp;Datenbank öffnen …</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Changesets</source>
        <translation>Changesets</translation>
    </message>
    <message>
        <source>C&amp;hangesets</source>
        <translation>C&amp;hangesets</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>Abf&amp;rage</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Pr&amp;esentation Mode</source>
        <translation>Präsentat&amp;ionsmodus</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::MapFieldEditor</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Values that read as JSON (3, true, [1, 2]) are sent as such, others as text</source>
        <translation>Werte, die sich als JSON lesen lassen (3, true, [1, 2]), werden als solche gesendet, andere als Text</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>Gewählten Eintrag entfernen</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::MigrationDelegate</name>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>irreversible</source>
        <translation>irreversibel</translation>
    </message>
    <message>
        <source>no transaction</source>
        <translation>ohne Transaktion</translation>
    </message>
    <message>
        <source>opaque steps</source>
        <translation>undurchsichtige Schritte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>reads data</source>
        <translation>liest Daten</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::MigrationLogPane</name>
    <message>
        <source>%v of %m migration(s)</source>
        <translation>%v von %m Migration(en)</translation>
    </message>
    <message>
        <source>The statements of a run appear here as they are sent.</source>
        <translation>Die Anweisungen eines Laufs erscheinen hier, sobald sie gesendet werden.</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::MigrationPlanDialog</name>
    <message>
        <source>Plan: what Apply All would run</source>
        <translation>Plan: was „Alle anwenden“ ausführen würde</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::MigrationReviewPane</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Lock: %1</source>
        <translation>Sperre: %1</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::MigrationRunController</name>
    <message>
        <source>-- %1</source>
        <translation>-- %1</translation>
    </message>
    <message>
        <source>== %1 %2 (%3 of %4)</source>
        <translation>== %1 %2 (%3 von %4)</translation>
    </message>
    <message>
        <source>Applying migrations to %1</source>
        <translation>Migrationen werden auf %1 angewendet</translation>
    </message>
    <message>
        <source>Rolling back migrations on %1</source>
        <translation>Migrationen auf %1 werden zurückgerollt</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n migration(s).</source>
        <translation>
            <numerusform>Nach %n Migration abgebrochen.</numerusform>
            <numerusform>Nach %n Migrationen abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to run.</source>
        <translation>Nichts auszuführen.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n migration(s).</source>
        <translation>
            <numerusform>Fertig: %n Migration.</numerusform>
            <numerusform>Fertig: %n Migrationen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling after the current migration...</source>
        <translation>Abbruch nach der laufenden Migration...</translation>
    </message>
    <message>
        <source>Cannot Roll Back</source>
        <translation>Zurückrollen nicht möglich</translation>
    </message>
    <message>
        <source>Roll Back Migrations</source>
        <translation>Migrationen zurückrollen</translation>
    </message>
    <message numerus="yes">
        <source>Roll back %n migration(s), newest first:</source>
        <translation>
            <numerusform>%n Migration zurückrollen, die neueste zuerst:</numerusform>
            <numerusform>%n Migrationen zurückrollen, die neueste zuerst:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is dropped.</source>
        <translation>Nichts wird gelöscht.</translation>
    </message>
    <message>
        <source>This drops, with the data in it:</source>
        <translation>Dies löscht, samt den enthaltenen Daten:</translation>
    </message>
    <message>
        <source>Migration %1 %2 cannot be rolled back, so nothing is run:

%3</source>
        <translation>Migration %1 %2 kann nicht zurückgerollt werden, daher wird nichts ausgeführt:

%3</translation>
    </message>
    <message>
        <source>Record %1 %2 in %3 as applied, without running it?

Do this only when it already ran against this database some other way (for example with mix ecto.migrate). Nothing of its SQL is sent.</source>
        <translation>%1 %2 in %3 als angewendet eintragen, ohne sie auszuführen?

Tun Sie das nur, wenn sie auf dieser Datenbank schon auf anderem Weg lief (zum Beispiel mit mix ecto.migrate). Nichts von ihrem SQL wird gesendet.</translation>
    </message>
    <message>
        <source>Mark as Applied</source>
        <translation>Als angewendet markieren</translation>
    </message>
    <message>
        <source>Marking %1 as applied</source>
        <translation>%1 wird als angewendet eingetragen</translation>
    </message>
    <message>
        <source>Nothing to apply before %1.</source>
        <translation>Vor %1 ist nichts anzuwenden.</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::MigrationSampleReset</name>
    <message>
        <source>Reset the Sample Database</source>
        <translation>Beispieldatenbank zurücksetzen</translation>
    </message>
    <message>
        <source>Delete %1 and apply every migration of the sample again? Its data is lost.</source>
        <translation>%1 löschen und alle Migrationen des Beispiels erneut anwenden? Seine Daten gehen verloren.</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>Seeded with priv/repo/seeds.exs: %n statement(s).</source>
        <translation>
            <numerusform>Mit priv/repo/seeds.exs befüllt: %n Anweisung.</numerusform>
            <numerusform>Mit priv/repo/seeds.exs befüllt: %n Anweisungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The seeds did not run: %1</source>
        <translation>Die Seeds liefen nicht: %1</translation>
    </message>
    <message>
        <source>The sample database was not reset: %1</source>
        <translation>Die Beispieldatenbank wurde nicht zurückgesetzt: %1</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::MigrationSqlPanel</name>
    <message>
        <source>-- no statements</source>
        <translation>-- keine Anweisungen</translation>
    </message>
    <message>
        <source>SQL up</source>
        <translation>SQL aufwärts</translation>
    </message>
    <message>
        <source>SQL down</source>
        <translation>SQL abwärts</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>Select a migration to read its source and SQL.</source>
        <translation>Wählen Sie eine Migration, um ihren Quelltext und ihr SQL zu lesen.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelltext: %1</translation>
    </message>
    <message>
        <source>SQL up (%1)</source>
        <translation>SQL aufwärts (%1)</translation>
    </message>
    <message>
        <source>SQL down (%1)</source>
        <translation>SQL abwärts (%1)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read this migration: %1</source>
        <translation>Diese Migration kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>none (new table)</source>
        <translation>keine (neue Tabelle)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message numerus="yes">
        <source>Review: %n finding(s)</source>
        <translation>
            <numerusform>Prüfung: %n Befund</numerusform>
            <numerusform>Prüfung: %n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>-- The run stops here:
-- %1</source>
        <translation>-- Hier hält der Lauf an:
-- %1</translation>
    </message>
    <message>
        <source>Version %1 is recorded in %2 but no migration file has it: it cannot be rolled back from here.</source>
        <translation>Version %1 ist in %2 eingetragen, aber keine Migrationsdatei hat sie: sie kann von hier aus nicht zurückgerollt werden.</translation>
    </message>
    <message numerus="yes">
        <source>-- This migration reads rows at run time; here it reads an empty database.
-- %n statement(s) after the read may differ or be missing when it runs.

</source>
        <translation>
            <numerusform>-- Diese Migration liest zur Laufzeit Zeilen; hier liest sie eine leere Datenbank.
-- %n Anweisung nach dem Lesen kann beim Ausführen anders lauten oder fehlen.

</numerusform>
            <numerusform>-- Diese Migration liest zur Laufzeit Zeilen; hier liest sie eine leere Datenbank.
-- %n Anweisungen nach dem Lesen können beim Ausführen anders lauten oder fehlen.

</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::MigrationTimeline</name>
    <message>
        <source>The database whose SQL is shown (the connected one by default)</source>
        <translation>Die Datenbank, deren SQL angezeigt wird (standardmäßig die verbundene)</translation>
    </message>
    <message>
        <source>Loading the project...</source>
        <translation>Projekt wird geladen...</translation>
    </message>
    <message>
        <source>%1 does not exist yet; applying a migration creates it.</source>
        <translation>%1 existiert noch nicht; das Anwenden einer Migration legt sie an.</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Keine Datenbank</translation>
    </message>
    <message>
        <source>%1: %2
The migrations and their SQL are shown; use Open Database... to connect one.</source>
        <translation>%1: %2
Die Migrationen und ihr SQL werden angezeigt; mit „Datenbank öffnen...“ verbinden Sie eine.</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n migration(s) applied</source>
        <translation>
            <numerusform>%1: %2 von %n Migration angewendet</numerusform>
            <numerusform>%1: %2 von %n Migrationen angewendet</numerusform>
        </translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>Der Lauf wurde angehalten: %1</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Database URL (postgres://user@host/db, sqlite:/path/to.db); empty for the project&apos;s:</source>
        <translation>Datenbank-URL (postgres://user@host/db, sqlite:/pfad/zu.db); leer für die des Projekts:</translation>
    </message>
    <message>
        <source>Cannot use this database URL: %1</source>
        <translation>Diese Datenbank-URL ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>S&amp;QL for:</source>
        <translation>S&amp;QL für:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>How long a migration may wait for a lock before it is rolled back (lock_timeout)</source>
        <translation>Wie lange eine Migration auf eine Sperre warten darf, bevor sie zurückgerollt wird (lock_timeout)</translation>
    </message>
    <message>
        <source>Loc&amp;k timeout:</source>
        <translation>Sperr-Zeitlimi&amp;t:</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::MigrationTimelineActions</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Apply the next pending migration (mix ecto.migrate --step 1)</source>
        <translation>Die nächste ausstehende Migration anwenden (mix ecto.migrate --step 1)</translation>
    </message>
    <message>
        <source>Apply up to &amp;Here</source>
        <translation>Bis &amp;hier anwenden</translation>
    </message>
    <message>
        <source>Apply every pending migration up to the selected one (--to)</source>
        <translation>Alle ausstehenden Migrationen bis zur ausgewählten anwenden (--to)</translation>
    </message>
    <message>
        <source>Apply A&amp;ll</source>
        <translation>A&amp;lle anwenden</translation>
    </message>
    <message>
        <source>Apply every pending migration (mix ecto.migrate)</source>
        <translation>Alle ausstehenden Migrationen anwenden (mix ecto.migrate)</translation>
    </message>
    <message>
        <source>&amp;Roll Back</source>
        <translation>&amp;Zurückrollen</translation>
    </message>
    <message>
        <source>Roll back the last applied migration (mix ecto.rollback)</source>
        <translation>Die zuletzt angewendete Migration zurückrollen (mix ecto.rollback)</translation>
    </message>
    <message>
        <source>Roll Back &amp;to Here</source>
        <translation>Bis hier &amp;zurückrollen</translation>
    </message>
    <message>
        <source>Roll back every applied migration down to and including the selected one (--to)</source>
        <translation>Alle angewendeten Migrationen bis einschließlich der ausgewählten zurückrollen (--to)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>Stop after the migration that is running</source>
        <translation>Nach der laufenden Migration anhalten</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Read the migration status again</source>
        <translation>Den Migrationsstatus neu lesen</translation>
    </message>
    <message>
        <source>&amp;Open Database...</source>
        <translation>Datenbank ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Use another database than the project&apos;s</source>
        <translation>Eine andere Datenbank als die des Projekts verwenden</translation>
    </message>
    <message>
        <source>Re&amp;set Sample</source>
        <translation>Beispiel &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Delete the sample&apos;s database and apply every migration again</source>
        <translation>Die Datenbank des Beispiels löschen und alle Migrationen erneut anwenden</translation>
    </message>
    <message>
        <source>&amp;Plan...</source>
        <translation>&amp;Plan...</translation>
    </message>
    <message>
        <source>What Apply All would run: statements, locks, findings, reversibility (nothing runs)</source>
        <translation>Was „Alle anwenden“ ausführen würde: Anweisungen, Sperren, Befunde, Umkehrbarkeit (nichts wird ausgeführt)</translation>
    </message>
    <message>
        <source>&amp;Mark as Applied</source>
        <translation>Als angewendet mar&amp;kieren</translation>
    </message>
    <message>
        <source>Record the selected migration as applied without running it (it ran elsewhere)</source>
        <translation>Die ausgewählte Migration als angewendet eintragen, ohne sie auszuführen (sie lief anderswo)</translation>
    </message>
    <message>
        <source>&amp;Stop Here</source>
        <translation>Hier an&amp;halten</translation>
    </message>
    <message>
        <source>Apply every pending migration before the selected one, and stop there</source>
        <translation>Alle ausstehenden Migrationen vor der ausgewählten anwenden und dort anhalten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (irreversible)</source>
        <translation>%1 (irreversibel)</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::OpenParametersEditor</name>
    <message>
        <source>Pins the query leaves unbound get a value here.</source>
        <translation>Pins, die die Abfrage offen lässt, bekommen hier einen Wert.</translation>
    </message>
    <message>
        <source>an Elixir literal, cast to %1</source>
        <translation>ein Elixir-Literal, umgewandelt in %1</translation>
    </message>
    <message>
        <source>Not an Elixir literal: write 7, &quot;text&quot;, true, nil or [1, 2]</source>
        <translation>Kein Elixir-Literal: schreiben Sie 7, &quot;text&quot;, true, nil oder [1, 2]</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::OrderByEditor</name>
    <message>
        <source>Add a sort term</source>
        <translation>Einen Sortierbegriff hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected sort term</source>
        <translation>Den gewählten Sortierbegriff entfernen</translation>
    </message>
    <message>
        <source>This ordering is more than fields: edit it as code below.</source>
        <translation>Diese Sortierung ist mehr als Felder: bearbeiten Sie sie unten als Code.</translation>
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation>&amp;Begriffe:</translation>
    </message>
    <message>
        <source>F&amp;ield:</source>
        <translation>F&amp;eld:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::PasswordStore</name>
    <message>
        <source>This build has no keychain support.</source>
        <translation>Diese Version kann keinen Schlüsselbund verwenden.</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::PlanView</name>
    <message>
        <source>The database gave no plan.</source>
        <translation>Die Datenbank hat keinen Plan geliefert.</translation>
    </message>
    <message>
        <source>Explaining…</source>
        <translation>Plan wird ermittelt…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
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
<context>
    <name>ectowb::widgets::QueryComposer</name>
    <message>
        <source>Step &amp;through</source>
        <translation>Schri&amp;ttweise</translation>
    </message>
    <message>
        <source>Keyword syntax</source>
        <translation>Keyword-Syntax</translation>
    </message>
    <message>
        <source>Pipe syntax</source>
        <translation>Pipe-Syntax</translation>
    </message>
    <message>
        <source>Show the SQL after the selected step and mark what that step added</source>
        <translation>Das SQL nach dem gewählten Schritt zeigen und markieren, was dieser Schritt hinzufügt</translation>
    </message>
    <message>
        <source>Type or paste an Ecto query, e.g. from p in Post, where: p.published</source>
        <translation>Eine Ecto-Abfrage eingeben oder einfügen, z. B. from p in Post, where: p.published</translation>
    </message>
    <message>
        <source>Ecto &amp;code</source>
        <translation>Ecto-&amp;Code</translation>
    </message>
    <message>
        <source>Shown as code only (the steps stay as they were): %1</source>
        <translation>Nur als Code gezeigt (die Schritte bleiben, wie sie waren): %1</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run the query on the open database (Ctrl+Return)</source>
        <translation>Die Abfrage auf der geöffneten Datenbank ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation>Er&amp;klären</translation>
    </message>
    <message>
        <source>Show how the database plans the query (Ctrl+E)</source>
        <translation>Zeigen, wie die Datenbank die Abfrage plant (Strg+E)</translation>
    </message>
    <message>
        <source>Undo Step Edit</source>
        <translation>Schrittänderung rückgängig</translation>
    </message>
    <message>
        <source>Redo Step Edit</source>
        <translation>Schrittänderung wiederholen</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::QueryComposerRunController</name>
    <message>
        <source>Change the Database</source>
        <translation>Datenbank ändern</translation>
    </message>
    <message>
        <source>This statement changes rows of the database:

%1

Run it?</source>
        <translation>Diese Anweisung ändert Zeilen der Datenbank:

%1

Ausführen?</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::QueryComposerSqlPane</name>
    <message>
        <source>No parameters</source>
        <translation>Keine Parameter</translation>
    </message>
    <message>
        <source>S&amp;QL</source>
        <translation>S&amp;QL</translation>
    </message>
    <message>
        <source>P&amp;arameters</source>
        <translation>P&amp;arameter</translation>
    </message>
    <message>
        <source>Give %1 a value below to see the parameters.</source>
        <translation>Geben Sie %1 unten einen Wert, um die Parameter zu sehen.</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::QueryComposerStepPane</name>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Schritte</translation>
    </message>
    <message>
        <source>&amp;Add Step</source>
        <translation>Schritt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Step</source>
        <translation>Schritt &amp;entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::QueryRunPanel</name>
    <message>
        <source>Activate an entry (Enter or double-click) to bring its query back</source>
        <translation>Einen Eintrag aktivieren (Eingabe oder Doppelklick), um seine Abfrage zurückzuholen</translation>
    </message>
    <message>
        <source>&amp;Rows</source>
        <translation>&amp;Zeilen</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Pre&amp;loads</source>
        <translation>Pre&amp;loads</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>No database is open: the SQL is shown, nothing runs.</source>
        <translation>Keine Datenbank geöffnet: das SQL wird gezeigt, nichts läuft.</translation>
    </message>
    <message>
        <source>Runs on %1 (Ctrl+Return runs, Ctrl+E explains).</source>
        <translation>Läuft auf %1 (Strg+Eingabe führt aus, Strg+E erklärt).</translation>
    </message>
    <message>
        <source>-- this query preloads nothing</source>
        <translation>-- diese Abfrage lädt nichts vor</translation>
    </message>
    <message>
        <source>The rows and the plan below come from an earlier version of the query: run it again (Ctrl+Return).</source>
        <translation>Die Zeilen und der Plan unten stammen von einer früheren Fassung der Abfrage: Führen Sie sie erneut aus (Strg+Eingabe).</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::RelationFieldEditor</name>
    <message>
        <source>Add a row to %1</source>
        <translation>Zeile zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Send one more row in %1</source>
        <translation>Eine weitere Zeile in %1 senden</translation>
    </message>
    <message>
        <source>Send %1 as a nested map</source>
        <translation>%1 als verschachtelte Map senden</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Remove row %1 of %2</source>
        <translation>Zeile %1 von %2 entfernen</translation>
    </message>
    <message>
        <source>Stop sending %1</source>
        <translation>%1 nicht mehr senden</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::ResultGridView</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Als JSON exportieren…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy with Column Names</source>
        <translation>Mit Spaltennamen kopieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export Rows</source>
        <translation>Zeilen exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Export abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %n row(s) written</source>
        <translation>
            <numerusform>Export läuft… %n Zeile geschrieben</numerusform>
            <numerusform>Export läuft… %n Zeilen geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) fetched, more…</source>
        <translation>
            <numerusform>%n Zeile geladen, weitere folgen…</numerusform>
            <numerusform>%n Zeilen geladen, weitere folgen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) affected</source>
        <translation>
            <numerusform>%n Zeile betroffen</numerusform>
            <numerusform>%n Zeilen betroffen</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown; the others went to the export</source>
        <translation>
            <numerusform>%n Zeile angezeigt; die übrigen gingen in den Export</numerusform>
            <numerusform>%n Zeilen angezeigt; die übrigen gingen in den Export</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n row(s)</source>
        <translation>
            <numerusform>Abgebrochen nach %n Zeile</numerusform>
            <numerusform>Abgebrochen nach %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) fetched; the result was closed</source>
        <translation>
            <numerusform>%n Zeile geladen; das Ergebnis wurde geschlossen</numerusform>
            <numerusform>%n Zeilen geladen; das Ergebnis wurde geschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::SchemaBrowser</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Filter schemas (Ctrl+F)</source>
        <translation>Schemas filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter Schemas</source>
        <translation>Schemas filtern</translation>
    </message>
    <message>
        <source>Not compared with a database yet.</source>
        <translation>Noch nicht mit einer Datenbank verglichen.</translation>
    </message>
    <message>
        <source>The schemas match the database %1.</source>
        <translation>Die Schemas stimmen mit der Datenbank %1 überein.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) with the database %1.</source>
        <translation>
            <numerusform>%n Unterschied zur Datenbank %1.</numerusform>
            <numerusform>%n Unterschiede zur Datenbank %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>none (embedded schema)</source>
        <translation>keine (eingebettetes Schema)</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Virtual fields</source>
        <translation>Virtuelle Felder</translation>
    </message>
    <message>
        <source>Associations</source>
        <translation>Assoziationen</translation>
    </message>
    <message>
        <source>Embeds</source>
        <translation>Eingebettete</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Differences with the database</source>
        <translation>Unterschiede zur Datenbank</translation>
    </message>
    <message numerus="yes">
        <source>%n declaration(s) not understood; fields may be missing.</source>
        <translation>
            <numerusform>%n Deklaration nicht verstanden; Felder können fehlen.</numerusform>
            <numerusform>%n Deklarationen nicht verstanden; Felder können fehlen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::SchemaDiagram</name>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>  Showing the %1 most connected of %2 schemas.</source>
        <translation>  Gezeigt werden die %1 am stärksten verbundenen von %2 Schemas.</translation>
    </message>
    <message>
        <source>Schema diagram</source>
        <translation>Schema-Diagramm</translation>
    </message>
    <message>
        <source>Export the Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Find a schema</source>
        <translation>Schema suchen</translation>
    </message>
    <message>
        <source>Schemas…</source>
        <translation>Schemas …</translation>
    </message>
    <message>
        <source>Schemas in the Diagram</source>
        <translation>Schemas im Diagramm</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>  Showing %1 of %2 schemas.</source>
        <translation>  %1 von %2 Schemas werden gezeigt.</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::SchemaDock</name>
    <message>
        <source>Schemas</source>
        <translation>Schemas</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Reading the project… %p%</source>
        <translation>Projekt wird gelesen … %p%</translation>
    </message>
    <message>
        <source>Comparing with the database %1…</source>
        <translation>Vergleich mit der Datenbank %1 …</translation>
    </message>
    <message>
        <source>Cannot reach the database %1: %2</source>
        <translation>Die Datenbank %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>There is no database to compare with: %1</source>
        <translation>Es gibt keine Datenbank zum Vergleichen: %1</translation>
    </message>
    <message>
        <source>%1 does not exist yet: apply the migrations to create it.</source>
        <translation>%1 gibt es noch nicht: wenden Sie die Migrationen an, um sie anzulegen.</translation>
    </message>
    <message>
        <source>%1 has no mix.exs: it is not the root of a Mix project. Open the folder that holds mix.exs (File, Open Project).</source>
        <translation>%1 enthält keine mix.exs: Das ist nicht die Wurzel eines Mix-Projekts. Öffnen Sie den Ordner mit der mix.exs (Datei, Projekt öffnen).</translation>
    </message>
    <message numerus="yes">
        <source>No Ecto schema was found in %1 (%n file(s) read). Schemas are modules that use Ecto.Schema under lib/.</source>
        <translation>
            <numerusform>In %1 wurde kein Ecto-Schema gefunden (%n Datei gelesen). Schemas sind Module unter lib/, die Ecto.Schema verwenden.</numerusform>
            <numerusform>In %1 wurde kein Ecto-Schema gefunden (%n Dateien gelesen). Schemas sind Module unter lib/, die Ecto.Schema verwenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project is closed.</source>
        <translation>Das Projekt ist geschlossen.</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Next step (presentation mode)</source>
        <translation>Nächster Schritt (Präsentationsmodus)</translation>
    </message>
    <message>
        <source>Right, Down, Page Down</source>
        <translation>Rechts, Runter, Bild runter</translation>
    </message>
    <message>
        <source>Previous step (presentation mode)</source>
        <translation>Vorheriger Schritt (Präsentationsmodus)</translation>
    </message>
    <message>
        <source>Left, Up, Page Up</source>
        <translation>Links, Hoch, Bild hoch</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Präsentationsmodus verlassen</translation>
    </message>
    <message>
        <source>Esc, F11</source>
        <translation>Esc, F11</translation>
    </message>
    <message>
        <source>Zoom the diagram</source>
        <translation>Diagramm zoomen</translation>
    </message>
    <message>
        <source>Ctrl+Wheel</source>
        <translation>Strg+Mausrad</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::StepEditor</name>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Join:</source>
        <translation>&amp;Join:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;On:</translation>
    </message>
    <message>
        <source>&amp;Binding:</source>
        <translation>&amp;Bindung:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Named as:</source>
        <translation>&amp;Benannt als:</translation>
    </message>
    <message>
        <source>a value (10, &quot;text&quot;, true, [1, 2]) or a parameter name</source>
        <translation>ein Wert (10, &quot;text&quot;, true, [1, 2]) oder ein Parametername</translation>
    </message>
    <message>
        <source>&amp;Parameter (^)</source>
        <translation>&amp;Parameter (^)</translation>
    </message>
    <message>
        <source>Pin the value: it is sent as a bound parameter, as ^name in Ecto</source>
        <translation>Den Wert pinnen: er wird als gebundener Parameter gesendet, wie ^name in Ecto</translation>
    </message>
    <message>
        <source>This condition is more than one comparison: edit it as code below.</source>
        <translation>Diese Bedingung ist mehr als ein Vergleich: bearbeiten Sie sie unten als Code.</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Feld:</translation>
    </message>
    <message>
        <source>O&amp;perator:</source>
        <translation>O&amp;perator:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>The schema or table the query reads, bound to a variable.</source>
        <translation>Das Schema oder die Tabelle, die die Abfrage liest, an eine Variable gebunden.</translation>
    </message>
    <message>
        <source>Follow an association with assoc(p, :name), or join a schema with an on: condition.</source>
        <translation>Einer Assoziation mit assoc(p, :name) folgen oder ein Schema mit einer on:-Bedingung verbinden.</translation>
    </message>
    <message>
        <source>Rows to keep: p.published == true, p.view_count &gt; ^min, is_nil(p.published_at).</source>
        <translation>Zeilen, die bleiben: p.published == true, p.view_count &gt; ^min, is_nil(p.published_at).</translation>
    </message>
    <message>
        <source>Groups to keep: count(c.id) &gt; 2.</source>
        <translation>Gruppen, die bleiben: count(c.id) &gt; 2.</translation>
    </message>
    <message>
        <source>What each row returns: p, p.title, {p.id, p.title}, %{title: p.title}, map(p, [:id]).</source>
        <translation>Was jede Zeile liefert: p, p.title, {p.id, p.title}, %{title: p.title}, map(p, [:id]).</translation>
    </message>
    <message>
        <source>Fields merged into the select: %{author: u.name}.</source>
        <translation>Felder, die in das Select einfließen: %{author: u.name}.</translation>
    </message>
    <message>
        <source>true, or the expressions rows must differ in: [p.author_id].</source>
        <translation>true, oder die Ausdrücke, in denen sich Zeilen unterscheiden müssen: [p.author_id].</translation>
    </message>
    <message>
        <source>The expressions to group by: p.author_id or [p.author_id, p.published].</source>
        <translation>Die Ausdrücke, nach denen gruppiert wird: p.author_id oder [p.author_id, p.published].</translation>
    </message>
    <message>
        <source>Sorting: [desc: p.inserted_at] or [asc: p.title, desc: p.id].</source>
        <translation>Sortierung: [desc: p.inserted_at] oder [asc: p.title, desc: p.id].</translation>
    </message>
    <message>
        <source>How many rows at most: 10 or ^limit.</source>
        <translation>Höchstens so viele Zeilen: 10 oder ^limit.</translation>
    </message>
    <message>
        <source>How many rows to skip: 20 or ^offset.</source>
        <translation>So viele Zeilen überspringen: 20 oder ^offset.</translation>
    </message>
    <message>
        <source>Associations loaded with the rows: :comments or [comments: c] with a join.</source>
        <translation>Assoziationen, die mit den Zeilen geladen werden: :comments oder [comments: c] mit einem Join.</translation>
    </message>
    <message>
        <source>Select a step to edit it.</source>
        <translation>Wählen Sie einen Schritt, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::TemporalFieldEditor</name>
    <message>
        <source>send</source>
        <translation>senden</translation>
    </message>
    <message>
        <source>Send a value for this field; unchecked, the form leaves it out</source>
        <translation>Einen Wert für dieses Feld senden; ohne Häkchen lässt das Formular es weg</translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::TextFieldEditor</name>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
</context>
</TS>
