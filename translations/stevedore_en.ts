<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>stevedore::AboutDialog</name>
    <message>
        <source>About Stevedore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stevedore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libpq:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operators&apos; console for a data-import database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::BenchDialog</name>
    <message>
        <source>Run Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick (under 2 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full (under 15 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases (or e.g. pool, files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated case names: pool, import, files, mapping, tablecheck, schema, cache, logging, pooler, replica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs every optimisation against its naive baseline in a scratch project of this database, removed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;nly cases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the output folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The benchmark did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark Output Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::BenchProcess</name>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: removing the benchmark&apos;s scratch data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished %1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The benchmark crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The benchmark was stopped from outside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The benchmark ended with exit code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::BusyIndicator</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::ChartAxis</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::ChartExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart exported by Stevedore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::ChartFactory</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::ChartPanel</name>
    <message>
        <source>Export as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chart; its Export button saves it as an image or its data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chart has no data yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this chart or copy it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small (96 dpi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal (192 dpi, default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large (288 dpi)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::Confirmation</name>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::ConnectionDialog</name>
    <message>
        <source>Connect to a Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Embedded (SQLite file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new or existing database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a postgresql:// URI to fill in the fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>localhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: from ~/.pgpass or PGPASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in memory for this session only, never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One postgresql:// URI per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected through a transaction &amp;pooler (PgBouncer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SS&amp;L mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replicas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max replica &amp;lag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an SQLite Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A replica must be a postgresql:// URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip of SELECT 1: %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica %1: not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica %1: unreachable (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica %1: reachable, lag unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica %1: reachable, %2 ms behind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::ConnectionStatus</name>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No read replicas: every query goes to the primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: down (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: up, lag unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: up, lag %2 ms%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (too far behind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas: %1 of %2 usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooler: transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooler: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind a transaction pooler (PgBouncer): no session state is kept between transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct connections to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool: %1 busy / %2 open / %3 waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::DashboardView</name>
    <message numerus="yes">
        <source>Last %n minute(s)</source>
        <translation>
            <numerusform>Last %n minute</numerusform>
            <numerusform>Last %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Export All…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache hit ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hit ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 misses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replica %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export All Charts To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Benchmark…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure every optimisation against its naive baseline on this database, in the background, and open the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every chart that has data as PNG, SVG, PDF and CSV into a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job to chart its throughput, or several to compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished jobs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+click or Shift+click several jobs to compare their throughput on elapsed time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the finished jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No records imported in the last %n minute(s)</source>
        <translation>
            <numerusform>No records imported in the last minute</numerusform>
            <numerusform>No records imported in the last %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>No cache has published statistics yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No cache lookups in the last %n minute(s)</source>
        <translation>
            <numerusform>No cache lookups in the last minute</numerusform>
            <numerusform>No cache lookups in the last %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Connections in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection pool has published figures yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection acquire wait (p95)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No replica lag measured yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n file to %1.</numerusform>
            <numerusform>Wrote %n files to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped, nothing to show: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished imports yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one or more finished jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the jobs&apos; history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected jobs no longer exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job recorded no throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these jobs recorded any throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import throughput of past jobs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::FileActions</name>
    <message>
        <source>&amp;Open Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Re&amp;jects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;import (Replace)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stevedore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejects of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the rejects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record of this file was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 rejected records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-importing “%1” from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” and its %2 records from the project “%3”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its mapping and import history go with it. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1” and its %2 records from the project “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::FileDialog</name>
    <message>
        <source>%1 belongs to the database Stevedore has open. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::FileExporter</name>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 records to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 of %2 records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 records to %2; %n value(s) do not fit their column&apos;s type and were written as they are.</source>
        <translation>
            <numerusform>Exported %1 records to %2; %n value does not fit its column&apos;s type and was written as it is.</numerusform>
            <numerusform>Exported %1 records to %2; %n values do not fit their column&apos;s type and were written as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stevedore::FilesModel</name>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 columns mapped to the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::FilesView</name>
    <message>
        <source>Filter files by name</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files of the selected project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::FixReport</name>
    <message numerus="yes">
        <source>; %n had been applied before</source>
        <translation>
            <numerusform>; %n had been applied before</numerusform>
            <numerusform>; %n had been applied before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be applied</source>
        <translation>
            <numerusform>; %n could not be applied</numerusform>
            <numerusform>; %n could not be applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Some Fixes Were Not Applied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::FixedWidthEditor</name>
    <message>
        <source>Fixed-width lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s first lines under a ruler. Click between two characters, or move with Left and Right and press Space, to add or remove a column boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Li&amp;nes: click between two characters to add or remove a column boundary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One name per column, under the characters it takes; edit a name to rename the column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colu&amp;mn names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Spe&amp;c…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the columns from a spec file: CSV with the columns column,start,length, as csvkit&apos;s in2csv takes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Spec…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write these columns as a spec file (column,start,length; starts counted from 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every boundary and name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a column spec (larger than 1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) from %1.</source>
        <translation>
            <numerusform>%n column from %1.</numerusform>
            <numerusform>%n columns from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Column Spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column specs (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Column Spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters %1 to %2 of each line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::FixedWidthView</name>
    <message>
        <source>Click to remove the boundary after character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to split the columns after character %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::ImportDialog</name>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 LE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-32 LE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-32 BE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Latin-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n files</source>
        <translation>
            <numerusform>Import %n file</numerusform>
            <numerusform>Import %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>The project to import into; a new name creates the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double quote ( &quot; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single quote ( &apos; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First record is the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to All Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested mapping (from column names; edit it in the Mapping view after the import):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reading…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: %1, %2, %3 — confidence %4 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(low: check the preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the file; all shown.</source>
        <translation>
            <numerusform>%n record in the file; all shown.</numerusform>
            <numerusform>%n records in the file; all shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %n record(s) shown (from the first %1 KiB of %2 KiB).</source>
        <translation>
            <numerusform>First %n record shown (from the first %1 KiB of %2 KiB).</numerusform>
            <numerusform>First %n records shown (from the first %1 KiB of %2 KiB).</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n Files</source>
        <translation>
            <numerusform>Import %n File</numerusform>
            <numerusform>Import %n Files</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character that encloses fields holding the delimiter or line breaks; None reads quotes as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first records of the file as they will be read; rejected lines are marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema column suggested for each column of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gzip-compressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bzip2-compressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xz-compressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zstd-compressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in a zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Excel workbook, %n sheet(s).</source>
        <translation>
            <numerusform>Excel workbook, %n sheet.</numerusform>
            <numerusform>Excel workbook, %n sheets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OpenDocument spreadsheet, %n sheet(s).</source>
        <translation>
            <numerusform>OpenDocument spreadsheet, %n sheet.</numerusform>
            <numerusform>OpenDocument spreadsheet, %n sheets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Zip archive, %n file(s).</source>
        <translation>
            <numerusform>Zip archive, %n file.</numerusform>
            <numerusform>Zip archive, %n files.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; read decompressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import (*.csv *.tsv *.txt *.dat *.xlsx *.ods *.json *.jsonl *.ndjson *.zip *.gz *.bz2 *.xz *.zst);;Delimited text (*.csv *.tsv *.txt);;Workbooks (*.xlsx *.ods);;JSON (*.json *.jsonl *.ndjson);;Archives and compressed files (*.zip *.gz *.bz2 *.xz *.zst);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds. Detected from its content; choose another kind to read it as that (fixed-width text is never detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows above the header row to leave out (a title, notes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check or uncheck every part at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheets of the workbook or the files of the archive: the checked ones are imported, each as a file of the project; the selected one is previewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sheet of %1 is checked: check the sheets to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file of %1 is checked: check the files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed-width text needs columns: click between two characters of the lines above to cut them, or load a spec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n sheet(s))</source>
        <translation>
            <numerusform>%1 (%n sheet)</numerusform>
            <numerusform>%1 (%n sheets)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n file(s))</source>
        <translation>
            <numerusform>%1 (%n file)</numerusform>
            <numerusform>%1 (%n files)</numerusform>
        </translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;les in the archive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;All %n sheet(s)</source>
        <translation>
            <numerusform>&amp;All sheets (%n)</numerusform>
            <numerusform>&amp;All sheets (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;All %n file(s)</source>
        <translation>
            <numerusform>&amp;All files (%n)</numerusform>
            <numerusform>&amp;All files (%n)</numerusform>
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
        <source>First %n line(s) of the file shown above.</source>
        <translation>
            <numerusform>First line of the file shown above.</numerusform>
            <numerusform>First %n lines of the file shown above.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %n record(s) shown.</source>
        <translation>
            <numerusform>First record shown.</numerusform>
            <numerusform>First %n records shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fixed-width text in %1; every line is a record, fields trimmed of spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A JSON array of objects; the header is the keys of the first %n record(s).</source>
        <translation>
            <numerusform>A JSON array of objects; the header is the keys of the first record.</numerusform>
            <numerusform>A JSON array of objects; the header is the keys of the first %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>JSON Lines, one object a line; the header is the keys of the first %n record(s).</source>
        <translation>
            <numerusform>JSON Lines, one object a line; the header is the keys of the first record.</numerusform>
            <numerusform>JSON Lines, one object a line; the header is the keys of the first %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>First %n record(s) shown (from the first %1 KiB, decompressed).</source>
        <translation>
            <numerusform>First record shown (from the first %1 KiB, decompressed).</numerusform>
            <numerusform>First %n records shown (from the first %1 KiB, decompressed).</numerusform>
        </translation>
    </message>
    <message>
        <source>When more of a file&apos;s records than this are rejected, its import stops at the next batch boundary as a failed job and keeps the records it committed (All or nothing removes them). Unchecked: no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top after more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most rejects, in percent of the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number of rejects, or a share of the records read so far (imported and rejected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of the most rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All o&amp;r nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failed import (over its budget, unreadable, refused by the database) removes the file&apos;s records entirely, as if it had never been imported. A cancelled or paused one can still be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A named import template (Tools → Import Templates…): its format, dialect, sheet, rejects limit and All or nothing are set for every file, and its mapping is given to each file imported. Templates matching the file&apos;s columns come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — matches this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this file: left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template, transform %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping from the template “%1” (given to the file after the import):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::ImportPreview</name>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>space</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::ImportsView</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at the next batch boundary; Resume continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at the next batch boundary; the job can still be resumed or discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue after the last committed batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the unfinished job and the records it imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the finished job; the database keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Rejects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every rejected record as CSV (line, reason, raw).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not discard the job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job to see its summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → project %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records: %1   Rejected: %2   Time: %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average: %1 records/s   Peak: %2 records/s%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   (resumed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records so far: %1   Rejected so far: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run: %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rejected records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading rejected records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the rejected records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected records (first %1 of %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected records (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Rejected Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished job is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected records saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imports yet. Drop files on the window, or choose Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records of the selected job that were not imported, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queued, running and finished imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import of “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stops after the batch being written. The %1 records imported so far stay in the project “%2” until you discard them; Resume continues from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the import of “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 records it imported are deleted from the project “%2”. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of it was imported; it is removed from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected job has not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected records so far (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Fixes from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the records of an edited rejects CSV (line, reason, raw) back into the file at their lines, exactly once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the fixed records back into the file at their lines, in one transaction. Until then, Undo takes a fix back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apply %n Fix(es)</source>
        <translation>
            <numerusform>Apply %n Fix</numerusform>
            <numerusform>Apply %n Fixes</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply Fixes from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying fixes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not apply the fixes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Put %n fixed record(s) back into the file</source>
        <translation>
            <numerusform>Put %n fixed record back into the file</numerusform>
            <numerusform>Put %n fixed records back into the file</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They stay rejected; correct them and apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rejected record(s) fixed in place since the run (counted above)</source>
        <translation>
            <numerusform>%n rejected record fixed in place since the run (counted above)</numerusform>
            <numerusform>%n rejected records fixed in place since the run (counted above)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stevedore::JobCharts</name>
    <message>
        <source>%1 — job %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache hit ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 (%3), %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records, %2 rejected, in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean %1, peak %2 records/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No throughput was recorded for this job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No import job to show yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cache lookups during this job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import throughput compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these jobs recorded its throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each job from its own start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 mean %2 records/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::JobQueue</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already imported, nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This content was imported before: nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused after %1 records. Resume continues from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1 records. Resume continues from there; Discard deletes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed after %1 records: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 records in an earlier session. Resume continues from there; Discard deletes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted after %1 records: Stevedore quit or crashed during the import. Resume continues from there; Discard deletes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped as %1, whose header matches (confidence %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not mapped automatically: the best match, %1, has a confidence of %2 only. The Mapping view can take its mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping of an earlier file could not be applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped as the template “%1” (version %2) says: %3 of %4 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s mapping could not be applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template “%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template “%1” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::JobsModel</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::LogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::LogView</name>
    <message>
        <source>Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest line in view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line of this session matches the level, category and search above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged at this level yet in this session. Choose a lower level (Debug) to see more, or open the log folder for the lines of earlier sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s log, newest last</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::MainWindow</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stevedore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the &amp;Demo Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Stevedore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language will change when Stevedore is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stevedore — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Use File → Connect… to choose another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Stevedore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no projects yet. Create a demo project from the bundled sample files?</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the demo project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some sample files could not be imported:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo project is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is running already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 in the Schema&apos;s Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projects and their imported files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s): the Imports view shows their progress.</source>
        <translation>
            <numerusform>Importing %n file: the Imports view shows its progress.</numerusform>
            <numerusform>Importing %n files: the Imports view shows their progress.</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 → %2: %3 records so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) did not finish the last time this database was used.</source>
        <translation>
            <numerusform>%n import did not finish the last time this database was used.</numerusform>
            <numerusform>%n imports did not finish the last time this database was used.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume continues each after its last committed batch. Discard deletes the records they imported. Later leaves them in the Imports view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard All…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Unfinished Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discard %n unfinished import(s)?</source>
        <translation>
            <numerusform>Discard %n unfinished import?</numerusform>
            <numerusform>Discard %n unfinished imports?</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 records they imported are deleted. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies when Stevedore starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart now? Running imports stop after their current batch and are offered for resuming when Stevedore is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, edit and delete the named import templates (stevedore template)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::MappingEditor</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto-match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map unmapped file columns to the schema columns whose names match confidently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every mapped value of the file against the edited mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the saved mapping again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the mapping: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the mapping of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema has no columns yet: define it in the Schema view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not validated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping of %1 has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded the changes to the mapping of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping of %1 has no changes to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the mapping of %1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the mapping of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping of %1 could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: someone else changed the mapping of %1 first (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping Changed Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping of %1 was changed by someone else after you opened it, so your changes were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the mapping? Your unsaved changes will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Auto-match applied %n suggestion(s)</source>
        <translation>
            <numerusform>Auto-match applied %n suggestion</numerusform>
            <numerusform>Auto-match applied %n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weaker suggestion(s) left for you to decide</source>
        <translation>
            <numerusform>%n weaker suggestion left for you to decide</numerusform>
            <numerusform>%n weaker suggestions left for you to decide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Validating %n record(s)…</source>
        <translation>
            <numerusform>Validating %n record…</numerusform>
            <numerusform>Validating %n records…</numerusform>
        </translation>
    </message>
    <message>
        <source>Validation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not validate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Validated %n record(s) against the edited mapping (not saved yet).</source>
        <translation>
            <numerusform>Validated %n record against the edited mapping (not saved yet).</numerusform>
            <numerusform>Validated %n records against the edited mapping (not saved yet).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Validated %n record(s) against the saved mapping.</source>
        <translation>
            <numerusform>Validated %n record against the saved mapping.</numerusform>
            <numerusform>Validated %n records against the saved mapping.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every mapped value is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required schema columns left unmapped: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping of %1 is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each file column with the schema column it feeds; F2 edits a cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected file column in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n column(s).</source>
        <translation>
            <numerusform>%1 in %n column.</numerusform>
            <numerusform>%1 in %n columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid value(s)</source>
        <translation>
            <numerusform>%Ln invalid value</numerusform>
            <numerusform>%Ln invalid values</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping of %1 has problems: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n required column(s) unmapped</source>
        <translation>
            <numerusform>%n required column unmapped</numerusform>
            <numerusform>%n required columns unmapped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in project %2: %Ln record(s), mapping version %3</source>
        <translation>
            <numerusform>%1 in project %2: %Ln record, mapping version %3</numerusform>
            <numerusform>%1 in project %2: %Ln records, mapping version %3</numerusform>
        </translation>
    </message>
    <message>
        <source>From &amp;Earlier File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the columns as in the project&apos;s earlier file whose header matches this one best, corrections included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of this file is mapped yet. From Earlier File maps it as the project&apos;s file with the most alike header; Auto-match maps the columns whose names match the schema. Then adjust the rest by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look for an earlier mapping: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier file of this project shares a mapped column with this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping already is that of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mapped %n column(s) as in %1 (confidence %2); save to keep it.</source>
        <translation>
            <numerusform>Mapped %n column as in %1 (confidence %2); save to keep it.</numerusform>
            <numerusform>Mapped %n columns as in %1 (confidence %2); save to keep it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the mapping came from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transform text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample values before and after the transform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules of this file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::MappingModel</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly the same words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two equally good candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than one column named %1; such a column cannot be mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmap %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no schema column with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map %1 to a schema column before choosing a transform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a transform: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date format can only be parsed for a date or date-and-time column, and %1 is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the transform of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Auto-match %n column(s)</source>
        <translation>
            <numerusform>Auto-match %n column</numerusform>
            <numerusform>Auto-match %n columns</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1 of the file. The header repeats this name, so the column cannot be mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No values in the first records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— unmapped —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This schema column no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied to each value before it is checked and exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1? %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-matched with confidence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-match suggests %1 with confidence %2 (%3), below the threshold of %4: not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two schema columns match equally well: left unmapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed: validate again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalid</numerusform>
            <numerusform>%n invalid</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping of this column changed since it was validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every value is valid for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invalid value(s) for %1</source>
        <translation>
            <numerusform>%n invalid value for %1</numerusform>
            <numerusform>%n invalid values for %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Mapped from %1 now; choosing it here unmaps that column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values written as %1 become ISO 8601 dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trim spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no schema column named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before → after the transform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces before and after the value are removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces are trimmed, and runs of spaces inside become one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in any case) become empty values; type null-if:A|B for others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers written the %1 way become plain numbers (1234.56)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty if %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number written %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Look up %n value(s)</source>
        <translation>
            <numerusform>Look up %n value</numerusform>
            <numerusform>Look up %n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 + %n rule(s) of this file</source>
        <translation>
            <numerusform>%1 + %n rule of this file</numerusform>
            <numerusform>%1 + %n rules of this file</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules of this file, checked after the schema column&apos;s:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::PreviewModel</name>
    <message>
        <source>Line %1 will be rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(extra %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::ProjectActions</name>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stevedore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of the project “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project “%1” does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the project “%1”?</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the project “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed the project “%1” to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the project “%1” and its %2 records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::ProjectsModel</name>
    <message>
        <source>%1: %2 records</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not mapped: no column of this file feeds “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid %1 value “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), from the file column “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), from the file column “%3” with the transform %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed “%1” → “%2”, still invalid: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed “%1” → “%2”; not applied yet (Apply Fixes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix %1 on Line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert %1 on Line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Fixes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::RecordsView</name>
    <message>
        <source>Search records (on the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records as imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;JSON Lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First %1 matches; refine the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches so far</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Shows the records containing this text in any column of the file as imported (the raw values, also in the mapped view). The search runs in the database, page by page as you scroll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema has no columns yet — use the Schema view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of this file is mapped yet — use the Mapping view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the file&apos;s mapping: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports the whole file as shown: the schema&apos;s columns, through the file&apos;s mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports the whole file as shown: the fields as imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file selected. Choose a file in the Projects tree to see its records, or drop files on the window to import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records of the selected file; invalid values are marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records in the schema&apos;s columns, through the file&apos;s mapping; values that fail their column&apos;s type or rules are highlighted and can be corrected (double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply Fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores the corrected values in the file, in one transaction, each with an audit entry (who and when, before and after). Until then, Undo takes a fix back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard Fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drops the corrections not applied yet (Undo brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n Fix(es)</source>
        <translation>
            <numerusform>&amp;Apply %n Fix</numerusform>
            <numerusform>&amp;Apply %n Fixes</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying fixes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not apply the fixes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Corrected %n value(s)</source>
        <translation>
            <numerusform>Corrected %n value</numerusform>
            <numerusform>Corrected %n values</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay in the table; correct them and apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) not applied yet</source>
        <translation>
            <numerusform>%n correction not applied yet</numerusform>
            <numerusform>%n corrections not applied yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n of them still invalid (see the cell&apos;s tooltip)</source>
        <translation>
            <numerusform>; %n of them still invalid (see the cell&apos;s tooltip)</numerusform>
            <numerusform>; %n of them still invalid (see the cell&apos;s tooltip)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stevedore::RejectsModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot take fixes now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the record stays rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed: %1
Rejected as: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click the raw record to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a raw record (or press F2) to fix it; the Fix column checks it at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::RulesDialog</name>
    <message>
        <source>regular expression the whole value must match, e.g. [A-Z]{2}-\d{3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date: 2026-01-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a moment: 2026-01-31T12:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number: 0, 9.5, -1e3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters: 0, 1, 2, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation Rules of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by Validate and shown in the Mapped view, on the value after the mapping&apos;s transform (%1 column). An empty value is checked only by the required rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One rule a row, checked in this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a value to check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test a value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unique and required-with/-without rules need the other records: Validate checks them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not a valid %1 value: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the rules above to test them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Breaks rule %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Passes the type and the rules that look at one value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::SchemaEditor</name>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed from “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved to position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required, description or values changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file column “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invalid value(s)</source>
        <translation>
            <numerusform>%n invalid value</numerusform>
            <numerusform>%n invalid values</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a column after the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the allowed values of an enum column, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard unsaved edits and load the schema from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version %1 loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your unsaved edits and reload the schema?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved edit(s) will be lost.</source>
        <translation>
            <numerusform>%n unsaved edit will be lost.</numerusform>
            <numerusform>%n unsaved edits will be lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard and Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column_%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enum Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed values of “%1”, one a line (empty lines are ignored):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Values of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to apply: the edits leave the schema as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Schema Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s) to the schema? Version %1 becomes %2.</source>
        <translation>
            <numerusform>Apply %n change to the schema? Version %1 becomes %2.</numerusform>
            <numerusform>Apply %n changes to the schema? Version %1 becomes %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No file mapping is affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file mapping(s) affected:</source>
        <translation>
            <numerusform>%n file mapping affected:</numerusform>
            <numerusform>%n file mappings affected:</numerusform>
        </translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s)</source>
        <translation>
            <numerusform>%n mapping</numerusform>
            <numerusform>%n mappings</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema changes were not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the schema changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Schema version %1 applied (%n change(s)).</source>
        <translation>
            <numerusform>Schema version %1 applied (%n change).</numerusform>
            <numerusform>Schema version %1 applied (%n changes).</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema changes could not be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the schema since you loaded it; your changes were not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload to see the current schema (your edits are discarded), or keep editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your edits and load the current schema?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems marked in the table first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the pending changes and apply them to the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before Apply:</source>
        <translation>
            <numerusform>%n problem to fix before Apply:</numerusform>
            <numerusform>%n problems to fix before Apply:</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unapplied Schema Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema has edits that are not applied yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and apply them in the Schema view, or discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create From Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a file in the Projects tree first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One text column for each column of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema has no columns yet. Add them with Add Column, or select a file in the Projects tree to create them from its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema has no columns yet. Create one for each column of %1, then set their types, or add them one by one with Add Column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create columns from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns of the schema; problems are marked in their cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the column&apos;s validation rules: pattern, bounds, lengths, unique, required with another column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Rules of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::SchemaModel</name>
    <message>
        <source>Add Column “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Column “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Column “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enumeration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated; use Edit Values… for values that contain commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enum values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make “%1” Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make “%1” Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Type of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Description of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Values of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or Edit Rules… to edit the validation rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::TemplatesDialog</name>
    <message>
        <source>Import Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique, case does not matter; `stevedore import --template NAME` uses it. A saved template keeps its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workbook&apos;s sheet by name or 1-based number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of a sheet above its header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop an import once more than N records (&quot;1000&quot;) or N % of those read (&quot;2.5%&quot;) are rejected; empty: no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All or nothing: a failed import keeps nothing of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores the template as a new version (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;limiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip &amp;rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after re&amp;jects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the templates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Version %1, %n mapped column(s)</source>
        <translation>
            <numerusform>Version %1, %n mapped column</numerusform>
            <numerusform>Version %1, %n mapped columns</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template “%1” has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard them to show another template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template named “%1” exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed width needs the columns of a fixed-width file: save one imported that way as a template (stevedore template save NAME --project P --file F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no rejects limit: give a number of records (1000) or a share (2.5%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping row %1 names no file column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping row %1: “%2” is not a schema column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard them to start a new template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the template “%1”, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the import template “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files imported with it keep their mapping. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the template “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No import template yet: New starts one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, saved %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — changed, not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which file column feeds which schema column, with an optional transform such as trim or number:de_DE and validation rules of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit R&amp;ules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation rules that each file mapped with this template gets for the row&apos;s schema column, on top of the schema&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or Edit Rules… to edit them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template Rules for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each file mapped with this template gets these rules for “%1”, checked after the schema column&apos;s own, on the value after the transform. An empty value is checked only by the required rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping row %1, rules for “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stevedore::TimeSeriesChart</name>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
