<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>stevedore::BusyIndicator</name>
        <message>
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stevedore::ChartExport</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart exported by Stevedore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the folder %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stevedore::ChartFactory</name>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stevedore::ChartPanel</name>
        <message>
            <source>Export as PNG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export as SVG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Data as CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy Image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export this chart or copy it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 files (*.%2)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stevedore::ConnectionDialog</name>
        <message>
            <source>Connect to a Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent connections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Embedded (SQLite file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;PostgreSQL server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Test Connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new or existing database file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste a postgresql:// URI to fill in the fields</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>localhost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>default (5432)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>default (prefer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Empty: from ~/.pgpass or PGPASSWORD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept in memory for this session only, never saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One postgresql:// URI per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected through a transaction &amp;pooler (PgBouncer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;URI:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>U&amp;ser:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SS&amp;L mode:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Replicas:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Max replica &amp;lag:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an SQLite Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SQLite databases (*.sqlite *.sqlite3 *.db)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an SQLite database file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the name of the database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A replica must be a postgresql:// URI.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Testing %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Round trip of SELECT 1: %1 ms.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replica %1: not checked yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replica %1: unreachable (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replica %1: reachable, lag unknown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replica %1: reachable, %2 ms behind.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stevedore::ConnectionStatus</name>
        <message>
            <source>PostgreSQL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SQLite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connecting to %1 %2…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not connected: %1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1
%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Primary only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No read replicas: every query goes to the primary.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: down (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: up, lag unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: up, lag %2 ms%3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (too far behind)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replicas: %1 of %2 usable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pooler: transaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pooler: none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behind a transaction pooler (PgBouncer): no session state is kept between transactions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Direct connections to the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pool: %1 busy / %2 open / %3 waiting</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stevedore::DashboardView</name>
        <message numerus="yes">
            <source>Last %n minute(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Export All…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write every chart as PNG, SVG, PDF and CSV into a folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import throughput of a past job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No finished job yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Window:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Job:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import throughput</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>records/s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cache hit ratio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hit ratio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lookups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>per s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cache hit ratio (no cache has published statistics yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 hit ratio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 hits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 misses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection pools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Acquire wait p95</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 busy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 idle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 wait p95</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replica lag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>replica %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export All Charts To</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Wrote %n file(s) to %1</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Cannot read the job's history: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rate</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stevedore::FileExporter</name>
        <message>
            <source>Exporting %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelling…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported %1 records to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported %1 of %2 records…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stevedore::FilesModel</name>
        <message>
            <source>Imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1/%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 columns mapped to the schema</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mapping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rejects</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stevedore::FilesView</name>
        <message>
            <source>Filter files by name</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n file</numerusform>
                <numerusform>%n files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n file(s)</source>
            <translation>
                <numerusform>%1 of %n file</numerusform>
                <numerusform>%1 of %n files</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>stevedore::FixedRecords</name>
        <message>
            <source>Cannot read %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has no "raw" column (expected line,reason,raw)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 holds no records to re-import</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stevedore::ImportDialog</name>
        <message>
            <source>UTF-8</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UTF-8 with BOM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UTF-16 LE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UTF-16 BE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Windows-1252 (Latin-1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Import %n files</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The project to import into; a new name creates the project.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comma ( , )</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Semicolon ( ; )</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pipe ( | )</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double quote ( " )</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Single quote ( ' )</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes the preview; the importer reads double quotes only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First record is the header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply to All Files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suggested mapping (from column names; edit it in the Mapping view after the import):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schema column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delimiter:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quote:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Header:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Project:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refused: %1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The importer reads double quotes only; choose the double quote to import this file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (reading…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (refused)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detected: %1, %2, %3 — confidence %4 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(low: check the preview)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n record(s) in the file; all shown.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>First %n record(s) shown (from the first %1 KiB of %2 KiB).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 % (%2)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Import %n Files</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Not connected to a database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a project.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stevedore::ImportPreview</name>
        <message>
            <source>comma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>semicolon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pipe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>space</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stevedore::ImportsView</name>
        <message>
            <source>the imported file no longer exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import Files…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose files to import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop at the next batch boundary; Resume continues.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop at the next batch boundary; the job can still be resumed or discarded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue after the last committed batch.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the unfinished job and the records it imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove from List</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide the finished job; the database keeps it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Rejects…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save every rejected record as CSV (line, reason, raw).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re-import Fixed Records…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import an edited rejects CSV as "&lt;name&gt;.fixed.csv" in the same project; the raw column is read with the original file's header.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Selected Job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not discard the job: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a job to see its summary.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 → project %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records: %1   Rejected: %2   Time: %3 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Average: %1 records/s   Peak: %2 records/s%3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>   (resumed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records so far: %1   Rejected so far: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No rejected records.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading rejected records…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read the rejected records: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rejected records (first %1 of %2):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rejected records (%1):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Rejected Records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No finished job is selected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rejected records saved to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re-import Fixed Records</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Queued %1 (%n record(s))</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Import Files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delimited text (*.csv *.tsv *.txt);;All files (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stevedore::JobCharts</name>
        <message>
            <source>%1 — job %2, %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import throughput</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>records/s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>records imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hit ratio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cache hit ratio (not recorded)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cache hit ratio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hit ratio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>#%1 %2 (%3), %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rate</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stevedore::JobQueue</name>
        <message>
            <source>Queued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pausing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelling…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interrupted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stevedore::JobsModel</name>
        <message>
            <source>%1 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records/s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ETA</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stevedore::LogModel</name>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stevedore::LogView</name>
        <message>
            <source>Trace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Debug</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Info</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Critical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the newest line in view.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Log Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Level:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stevedore::MainWindow</name>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--max-replica-lag must be a duration such as 500ms or 2s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stevedore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>System</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Projects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schema</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The schema editor is not available yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mapping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mapping editor is not available yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Connect…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Recent Connections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import the &amp;Demo Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the &amp;Log Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Stevedore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No recent connections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The language will change when Stevedore is restarted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Stevedore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stevedore %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imports CSV files into projects and lets you browse them.

Qt %1 (built with %2)
Database: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stevedore — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot Open the Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1

Use File → Connect… to choose another database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome to Stevedore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This database has no projects yet. Create a demo project from the bundled sample files?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>It imports %n small CSV file(s) into a project named “demo”.</source>
            <translation>
                <numerusform>It imports %n small CSV file into a project named “demo”.</numerusform>
                <numerusform>It imports %n small CSV files into a project named “demo”.</numerusform>
            </translation>
        </message>
        <message>
            <source>Create Demo Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing the demo project…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demo Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some sample files could not be imported:
%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The demo project is ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JSON Lines files (*.jsonl)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An export is running already.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stevedore::PreviewModel</name>
        <message>
            <source>Line %1 will be rejected: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(extra %1)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stevedore::ProjectActions</name>
        <message>
            <source>&amp;New Project…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Rename Project…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete Project…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stevedore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of the new project:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New name of the project “%1”:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The project “%1” does not exist any more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the project “%1”?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Its %n file(s) and %1 records will be deleted. This cannot be undone.</source>
            <translation>
                <numerusform>Its %n file and %1 records will be deleted. This cannot be undone.</numerusform>
                <numerusform>Its %n files and %1 records will be deleted. This cannot be undone.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the project: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created the project “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot rename the project: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renamed the project “%1” to “%2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot delete the project: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted the project “%1” and its %2 records.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stevedore::ProjectsModel</name>
        <message>
            <source>%1: %2 records</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Project %1: %n file(s)</source>
            <translation>
                <numerusform>Project %1: %n file</numerusform>
                <numerusform>Project %1: %n files</numerusform>
            </translation>
        </message>
        <message>
            <source>Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stevedore::RecentConnections</name>
        <message numerus="yes">
            <source>(+%n replica(s))</source>
            <translation>
                <numerusform>(+%n replica)</numerusform>
                <numerusform>(+%n replicas)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>stevedore::RecordsModel</name>
        <message>
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record %1, line %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stevedore::RecordsView</name>
        <message>
            <source>Search records (on the server)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shows the records containing this text in any column. The search runs in the database, page by page as you scroll.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raw</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The records as imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mapped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The records mapped to the schema (not available yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export as &amp;CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export as &amp;JSON Lines…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to &amp;Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to &amp;End</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First %1 matches; refine the search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 matches so far</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Copied %n row(s).</source>
            <translation>
                <numerusform>Copied %n row.</numerusform>
                <numerusform>Copied %n rows.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n selected row(s) not loaded yet were left out.</source>
            <translation>
                <numerusform>%n selected row not loaded yet was left out.</numerusform>
                <numerusform>%n selected rows not loaded yet were left out.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>stevedore::RejectsModel</name>
        <message>
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raw record</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
