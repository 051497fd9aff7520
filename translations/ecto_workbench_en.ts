<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ectowb::models::MigrationListModel</name>
    <message numerus="yes">
        <source>Review: %n finding(s), the worst: %1</source>
        <translation>
            <numerusform>Review: %n finding, the worst: %1</numerusform>
            <numerusform>Review: %n findings, the worst: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ectowb::models::QueryHistoryModel</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::ChangesetResultPanel</name>
    <message numerus="yes">
        <source>(unverified: %n step(s) could not be evaluated)</source>
        <translation>
            <numerusform>(unverified: %n step could not be evaluated)</numerusform>
            <numerusform>(unverified: %n steps could not be evaluated)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n step(s) could not be evaluated)</source>
        <translation>
            <numerusform>(and %n step could not be evaluated)</numerusform>
            <numerusform>(and %n steps could not be evaluated)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::MainWindow</name>
    <message numerus="yes">
        <source>Showing the first %n file(s); the folder holds more.</source>
        <translation>
            <numerusform>Showing the first %n file; the folder holds more.</numerusform>
            <numerusform>Showing the first %n files; the folder holds more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n file(s).</source>
        <translation>
            <numerusform>Loaded %n file.</numerusform>
            <numerusform>Loaded %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::MigrationRunController</name>
    <message numerus="yes">
        <source>Cancelled after %n migration(s).</source>
        <translation>
            <numerusform>Cancelled after %n migration.</numerusform>
            <numerusform>Cancelled after %n migrations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n migration(s).</source>
        <translation>
            <numerusform>Done: %n migration.</numerusform>
            <numerusform>Done: %n migrations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Roll back %n migration(s), newest first:</source>
        <translation>
            <numerusform>Roll back %n migration:</numerusform>
            <numerusform>Roll back %n migrations, newest first:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::MigrationSampleReset</name>
    <message numerus="yes">
        <source>Seeded with priv/repo/seeds.exs: %n statement(s).</source>
        <translation>
            <numerusform>Seeded with priv/repo/seeds.exs: %n statement.</numerusform>
            <numerusform>Seeded with priv/repo/seeds.exs: %n statements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::MigrationSqlPanel</name>
    <message numerus="yes">
        <source>Review: %n finding(s)</source>
        <translation>
            <numerusform>Review: %n finding</numerusform>
            <numerusform>Review: %n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>-- This migration reads rows at run time; here it reads an empty database.
-- %n statement(s) after the read may differ or be missing when it runs.

</source>
        <translation>
            <numerusform>-- This migration reads rows at run time; here it reads an empty database.
-- %n statement after the read may differ or be missing when it runs.

</numerusform>
            <numerusform>-- This migration reads rows at run time; here it reads an empty database.
-- %n statements after the read may differ or be missing when it runs.

</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::MigrationTimeline</name>
    <message numerus="yes">
        <source>%1: %2 of %n migration(s) applied</source>
        <translation>
            <numerusform>%1: %2 of %n migration applied</numerusform>
            <numerusform>%1: %2 of %n migrations applied</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::ResultGridView</name>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %n row(s) written</source>
        <translation>
            <numerusform>Exporting… %n row written</numerusform>
            <numerusform>Exporting… %n rows written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) fetched, more…</source>
        <translation>
            <numerusform>%n row fetched, more…</numerusform>
            <numerusform>%n rows fetched, more…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) affected</source>
        <translation>
            <numerusform>%n row affected</numerusform>
            <numerusform>%n rows affected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown; the others went to the export</source>
        <translation>
            <numerusform>%n row shown; the others went to the export</numerusform>
            <numerusform>%n rows shown; the others went to the export</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n row(s)</source>
        <translation>
            <numerusform>Cancelled after %n row</numerusform>
            <numerusform>Cancelled after %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) fetched; the result was closed</source>
        <translation>
            <numerusform>%n row fetched; the result was closed</numerusform>
            <numerusform>%n rows fetched; the result was closed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::SchemaBrowser</name>
    <message numerus="yes">
        <source>%n difference(s) with the database %1.</source>
        <translation>
            <numerusform>%n difference with the database %1.</numerusform>
            <numerusform>%n differences with the database %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n declaration(s) not understood; fields may be missing.</source>
        <translation>
            <numerusform>%n declaration not understood; fields may be missing.</numerusform>
            <numerusform>%n declarations not understood; fields may be missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ectowb::widgets::SchemaDock</name>
    <message numerus="yes">
        <source>No Ecto schema was found in %1 (%n file(s) read). Schemas are modules that use Ecto.Schema under lib/.</source>
        <translation>
            <numerusform>No Ecto schema was found in %1 (%n file read). Schemas are modules that use Ecto.Schema under lib/.</numerusform>
            <numerusform>No Ecto schema was found in %1 (%n files read). Schemas are modules that use Ecto.Schema under lib/.</numerusform>
        </translation>
    </message>
</context>
</TS>
