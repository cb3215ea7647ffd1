<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>stevedore::BusyIndicator</name>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
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
            <translation>Mit einer Datenbank verbinden</translation>
        </message>
        <message>
            <source>Recent connections</source>
            <translation>Letzte Verbindungen</translation>
        </message>
        <message>
            <source>&amp;Embedded (SQLite file)</source>
            <translation>&amp;Eingebettet (SQLite-Datei)</translation>
        </message>
        <message>
            <source>&amp;PostgreSQL server</source>
            <translation>&amp;PostgreSQL-Server</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Verbinden</translation>
        </message>
        <message>
            <source>&amp;Test Connection</source>
            <translation>Verbindung &amp;testen</translation>
        </message>
        <message>
            <source>A new or existing database file</source>
            <translation>Eine neue oder vorhandene Datenbankdatei</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Durchsuchen…</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Datei:</translation>
        </message>
        <message>
            <source>Paste a postgresql:// URI to fill in the fields</source>
            <translation>postgresql://-URI einfügen, um die Felder auszufüllen</translation>
        </message>
        <message>
            <source>localhost</source>
            <translation>localhost</translation>
        </message>
        <message>
            <source>default (5432)</source>
            <translation>Standard (5432)</translation>
        </message>
        <message>
            <source>default (prefer)</source>
            <translation>Standard (prefer)</translation>
        </message>
        <message>
            <source>Empty: from ~/.pgpass or PGPASSWORD</source>
            <translation>Leer: aus ~/.pgpass oder PGPASSWORD</translation>
        </message>
        <message>
            <source>Kept in memory for this session only, never saved.</source>
            <translation>Nur für diese Sitzung im Speicher gehalten, nie gespeichert.</translation>
        </message>
        <message>
            <source>One postgresql:// URI per line</source>
            <translation>Eine postgresql://-URI pro Zeile</translation>
        </message>
        <message>
            <source>Connected through a transaction &amp;pooler (PgBouncer)</source>
            <translation>Über einen Transaktions-&amp;Pooler verbunden (PgBouncer)</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> ms</translation>
        </message>
        <message>
            <source>&amp;URI:</source>
            <translation>&amp;URI:</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>&amp;Host:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>P&amp;ort:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Datenbank:</translation>
        </message>
        <message>
            <source>U&amp;ser:</source>
            <translation>&amp;Benutzer:</translation>
        </message>
        <message>
            <source>SS&amp;L mode:</source>
            <translation>SS&amp;L-Modus:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Pass&amp;wort:</translation>
        </message>
        <message>
            <source>&amp;Replicas:</source>
            <translation>&amp;Replikate:</translation>
        </message>
        <message>
            <source>Max replica &amp;lag:</source>
            <translation>Maximaler Replikat&amp;verzug:</translation>
        </message>
        <message>
            <source>Choose an SQLite Database</source>
            <translation>SQLite-Datenbank wählen</translation>
        </message>
        <message>
            <source>SQLite databases (*.sqlite *.sqlite3 *.db)</source>
            <translation>SQLite-Datenbanken (*.sqlite *.sqlite3 *.db)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Choose an SQLite database file.</source>
            <translation>Wählen Sie eine SQLite-Datenbankdatei.</translation>
        </message>
        <message>
            <source>Enter the name of the database.</source>
            <translation>Geben Sie den Namen der Datenbank ein.</translation>
        </message>
        <message>
            <source>A replica must be a postgresql:// URI.</source>
            <translation>Ein Replikat muss eine postgresql://-URI sein.</translation>
        </message>
        <message>
            <source>Testing %1…</source>
            <translation>%1 wird getestet…</translation>
        </message>
        <message>
            <source>Connection failed: %1</source>
            <translation>Verbindung fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Connected to %1.</source>
            <translation>Verbunden mit %1.</translation>
        </message>
        <message>
            <source>Round trip of SELECT 1: %1 ms.</source>
            <translation>Umlaufzeit von SELECT 1: %1 ms.</translation>
        </message>
        <message>
            <source>Replica %1: not checked yet.</source>
            <translation>Replikat %1: noch nicht geprüft.</translation>
        </message>
        <message>
            <source>Replica %1: unreachable (%2).</source>
            <translation>Replikat %1: nicht erreichbar (%2).</translation>
        </message>
        <message>
            <source>Replica %1: reachable, lag unknown.</source>
            <translation>Replikat %1: erreichbar, Verzug unbekannt.</translation>
        </message>
        <message>
            <source>Replica %1: reachable, %2 ms behind.</source>
            <translation>Replikat %1: erreichbar, %2 ms im Rückstand.</translation>
        </message>
    </context>
    <context>
        <name>stevedore::ConnectionStatus</name>
        <message>
            <source>PostgreSQL</source>
            <translation>PostgreSQL</translation>
        </message>
        <message>
            <source>SQLite</source>
            <translation>SQLite</translation>
        </message>
        <message>
            <source>Connecting to %1 %2…</source>
            <translation>Verbindung mit %1 %2…</translation>
        </message>
        <message>
            <source>Not connected: %1 %2</source>
            <translation>Nicht verbunden: %1 %2</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1
%2</source>
            <translation>%1
%2</translation>
        </message>
        <message>
            <source>Primary only</source>
            <translation>Nur Primärserver</translation>
        </message>
        <message>
            <source>No read replicas: every query goes to the primary.</source>
            <translation>Keine Lesereplikate: Alle Abfragen gehen an den Primärserver.</translation>
        </message>
        <message>
            <source>%1: down (%2)</source>
            <translation>%1: ausgefallen (%2)</translation>
        </message>
        <message>
            <source>%1: up, lag unknown</source>
            <translation>%1: verfügbar, Verzug unbekannt</translation>
        </message>
        <message>
            <source>%1: up, lag %2 ms%3</source>
            <translation>%1: verfügbar, Verzug %2 ms%3</translation>
        </message>
        <message>
            <source> (too far behind)</source>
            <translation> (zu weit im Rückstand)</translation>
        </message>
        <message>
            <source>Replicas: %1 of %2 usable</source>
            <translation>Replikate: %1 von %2 nutzbar</translation>
        </message>
        <message>
            <source>Pooler: transaction</source>
            <translation>Pooler: Transaktion</translation>
        </message>
        <message>
            <source>Pooler: none</source>
            <translation>Pooler: keiner</translation>
        </message>
        <message>
            <source>Behind a transaction pooler (PgBouncer): no session state is kept between transactions.</source>
            <translation>Hinter einem Transaktions-Pooler (PgBouncer): Zwischen Transaktionen bleibt kein Sitzungszustand erhalten.</translation>
        </message>
        <message>
            <source>Direct connections to the server.</source>
            <translation>Direkte Verbindungen zum Server.</translation>
        </message>
        <message>
            <source>Pool: %1 busy / %2 open / %3 waiting</source>
            <translation>Pool: %1 belegt / %2 offen / %3 wartend</translation>
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
            <translation>%1 wird exportiert…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Export failed: %1</source>
            <translation>Export fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Export cancelled.</source>
            <translation>Export abgebrochen.</translation>
        </message>
        <message>
            <source>Exported %1 records to %2.</source>
            <translation>%1 Datensätze nach %2 exportiert.</translation>
        </message>
        <message>
            <source>Exported %1 of %2 records…</source>
            <translation>%1 von %2 Datensätzen exportiert…</translation>
        </message>
    </context>
    <context>
        <name>stevedore::FilesModel</name>
        <message>
            <source>Imported</source>
            <translation>Importiert</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Wird importiert</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>%1/%2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 Byte</translation>
        </message>
        <message>
            <source>%1 of %2 columns mapped to the schema</source>
            <translation>%1 von %2 Spalten dem Schema zugeordnet</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Datensätze</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Imported at</source>
            <translation>Importiert am</translation>
        </message>
        <message>
            <source>Mapping</source>
            <translation>Zuordnung</translation>
        </message>
        <message>
            <source>Rejects</source>
            <translation>Abgewiesen</translation>
        </message>
    </context>
    <context>
        <name>stevedore::FilesView</name>
        <message>
            <source>Filter files by name</source>
            <translation>Dateien nach Namen filtern</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n Datei</numerusform>
                <numerusform>%n Dateien</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n file(s)</source>
            <translation>
                <numerusform>%1 von %n Datei</numerusform>
                <numerusform>%1 von %n Dateien</numerusform>
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
            <translation type="unfinished">Abbrechen</translation>
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
            <translation type="unfinished">CSV-Dateien (*.csv)</translation>
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
            <translation type="unfinished">Importiert</translation>
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
            <translation type="unfinished">Wird abgebrochen…</translation>
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
            <translation type="unfinished">Fehlgeschlagen</translation>
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
            <translation type="unfinished">Projekt</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records</source>
            <translation type="unfinished">Datensätze</translation>
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
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Unknown error</source>
            <translation>Unbekannter Fehler</translation>
        </message>
        <message>
            <source>--max-replica-lag must be a duration such as 500ms or 2s</source>
            <translation>--max-replica-lag muss eine Dauer wie 500ms oder 2s sein</translation>
        </message>
        <message>
            <source>Stevedore</source>
            <translation>Stevedore</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>Projekte</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Dateien</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Datensätze</translation>
        </message>
        <message>
            <source>Schema</source>
            <translation>Schema</translation>
        </message>
        <message>
            <source>The schema editor is not available yet.</source>
            <translation>Der Schema-Editor ist noch nicht verfügbar.</translation>
        </message>
        <message>
            <source>Mapping</source>
            <translation>Zuordnung</translation>
        </message>
        <message>
            <source>The mapping editor is not available yet.</source>
            <translation>Der Zuordnungseditor ist noch nicht verfügbar.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Connect…</source>
            <translation>&amp;Verbinden…</translation>
        </message>
        <message>
            <source>&amp;Recent Connections</source>
            <translation>&amp;Letzte Verbindungen</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>A&amp;ktualisieren</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>E&amp;xtras</translation>
        </message>
        <message>
            <source>Import the &amp;Demo Project</source>
            <translation>&amp;Demoprojekt importieren</translation>
        </message>
        <message>
            <source>Open the &amp;Log Folder</source>
            <translation>&amp;Protokollordner öffnen</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About Stevedore</source>
            <translation>&amp;Über Stevedore</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
        <message>
            <source>No recent connections</source>
            <translation>Keine letzten Verbindungen</translation>
        </message>
        <message>
            <source>The language will change when Stevedore is restarted.</source>
            <translation>Die Sprache ändert sich beim nächsten Start von Stevedore.</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Nicht verbunden</translation>
        </message>
        <message>
            <source>About Stevedore</source>
            <translation>Über Stevedore</translation>
        </message>
        <message>
            <source>Stevedore %1</source>
            <translation>Stevedore %1</translation>
        </message>
        <message>
            <source>Imports CSV files into projects and lets you browse them.

Qt %1 (built with %2)
Database: %3</source>
            <translation>Importiert CSV-Dateien in Projekte und zeigt sie an.

Qt %1 (erstellt mit %2)
Datenbank: %3</translation>
        </message>
        <message>
            <source>Stevedore — %1</source>
            <translation>Stevedore — %1</translation>
        </message>
        <message>
            <source>Cannot Open the Database</source>
            <translation>Datenbank kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>%1

Use File → Connect… to choose another database.</source>
            <translation>%1

Wählen Sie mit Datei → Verbinden… eine andere Datenbank.</translation>
        </message>
        <message>
            <source>Welcome to Stevedore</source>
            <translation>Willkommen bei Stevedore</translation>
        </message>
        <message>
            <source>This database has no projects yet. Create a demo project from the bundled sample files?</source>
            <translation>Diese Datenbank enthält noch keine Projekte. Ein Demoprojekt aus den mitgelieferten Beispieldateien anlegen?</translation>
        </message>
        <message numerus="yes">
            <source>It imports %n small CSV file(s) into a project named “demo”.</source>
            <translation>
                <numerusform>Dabei wird %n kleine CSV-Datei in ein Projekt namens „demo“ importiert.</numerusform>
                <numerusform>Dabei werden %n kleine CSV-Dateien in ein Projekt namens „demo“ importiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Create Demo Project</source>
            <translation>Demoprojekt anlegen</translation>
        </message>
        <message>
            <source>Not Now</source>
            <translation>Nicht jetzt</translation>
        </message>
        <message>
            <source>Importing the demo project…</source>
            <translation>Demoprojekt wird importiert…</translation>
        </message>
        <message>
            <source>Demo Project</source>
            <translation>Demoprojekt</translation>
        </message>
        <message>
            <source>Some sample files could not be imported:
%1</source>
            <translation>Einige Beispieldateien konnten nicht importiert werden:
%1</translation>
        </message>
        <message>
            <source>The demo project is ready.</source>
            <translation>Das Demoprojekt ist bereit.</translation>
        </message>
        <message>
            <source>Export %1</source>
            <translation>%1 exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>JSON Lines files (*.jsonl)</source>
            <translation>JSON-Lines-Dateien (*.jsonl)</translation>
        </message>
        <message>
            <source>An export is running already.</source>
            <translation>Es läuft bereits ein Export.</translation>
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
            <translation>&amp;Neues Projekt…</translation>
        </message>
        <message>
            <source>&amp;Rename Project…</source>
            <translation>Projekt &amp;umbenennen…</translation>
        </message>
        <message>
            <source>&amp;Delete Project…</source>
            <translation>Projekt &amp;löschen…</translation>
        </message>
        <message>
            <source>Stevedore</source>
            <translation>Stevedore</translation>
        </message>
        <message>
            <source>New Project</source>
            <translation>Neues Projekt</translation>
        </message>
        <message>
            <source>Name of the new project:</source>
            <translation>Name des neuen Projekts:</translation>
        </message>
        <message>
            <source>Rename Project</source>
            <translation>Projekt umbenennen</translation>
        </message>
        <message>
            <source>New name of the project “%1”:</source>
            <translation>Neuer Name des Projekts „%1“:</translation>
        </message>
        <message>
            <source>The project “%1” does not exist any more.</source>
            <translation>Das Projekt „%1“ existiert nicht mehr.</translation>
        </message>
        <message>
            <source>Delete Project</source>
            <translation>Projekt löschen</translation>
        </message>
        <message>
            <source>Delete the project “%1”?</source>
            <translation>Das Projekt „%1“ löschen?</translation>
        </message>
        <message numerus="yes">
            <source>Its %n file(s) and %1 records will be deleted. This cannot be undone.</source>
            <translation>
                <numerusform>%n Datei und %1 Datensätze werden gelöscht. Das kann nicht rückgängig gemacht werden.</numerusform>
                <numerusform>%n Dateien und %1 Datensätze werden gelöscht. Das kann nicht rückgängig gemacht werden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Cannot create the project: %1</source>
            <translation>Das Projekt kann nicht angelegt werden: %1</translation>
        </message>
        <message>
            <source>Created the project “%1”.</source>
            <translation>Projekt „%1“ angelegt.</translation>
        </message>
        <message>
            <source>Cannot rename the project: %1</source>
            <translation>Das Projekt kann nicht umbenannt werden: %1</translation>
        </message>
        <message>
            <source>Renamed the project “%1” to “%2”.</source>
            <translation>Projekt „%1“ in „%2“ umbenannt.</translation>
        </message>
        <message>
            <source>Cannot delete the project: %1</source>
            <translation>Das Projekt kann nicht gelöscht werden: %1</translation>
        </message>
        <message>
            <source>Deleted the project “%1” and its %2 records.</source>
            <translation>Projekt „%1“ mit seinen %2 Datensätzen gelöscht.</translation>
        </message>
    </context>
    <context>
        <name>stevedore::ProjectsModel</name>
        <message>
            <source>%1: %2 records</source>
            <translation>%1: %2 Datensätze</translation>
        </message>
        <message numerus="yes">
            <source>Project %1: %n file(s)</source>
            <translation>
                <numerusform>Projekt %1: %n Datei</numerusform>
                <numerusform>Projekt %1: %n Dateien</numerusform>
            </translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Projekt</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Datensätze</translation>
        </message>
    </context>
    <context>
        <name>stevedore::RecentConnections</name>
        <message numerus="yes">
            <source>(+%n replica(s))</source>
            <translation>
                <numerusform>(+%n Replikat)</numerusform>
                <numerusform>(+%n Replikate)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>stevedore::RecordsModel</name>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <source>Record %1, line %2</source>
            <translation>Datensatz %1, Zeile %2</translation>
        </message>
    </context>
    <context>
        <name>stevedore::RecordsView</name>
        <message>
            <source>Search records (on the server)</source>
            <translation>Datensätze durchsuchen (auf dem Server)</translation>
        </message>
        <message>
            <source>Shows the records containing this text in any column. The search runs in the database, page by page as you scroll.</source>
            <translation>Zeigt die Datensätze, die diesen Text in einer beliebigen Spalte enthalten. Die Suche läuft in der Datenbank, seitenweise beim Blättern.</translation>
        </message>
        <message>
            <source>Raw</source>
            <translation>Roh</translation>
        </message>
        <message>
            <source>The records as imported</source>
            <translation>Die Datensätze wie importiert</translation>
        </message>
        <message>
            <source>Mapped</source>
            <translation>Zugeordnet</translation>
        </message>
        <message>
            <source>The records mapped to the schema (not available yet)</source>
            <translation>Die dem Schema zugeordneten Datensätze (noch nicht verfügbar)</translation>
        </message>
        <message>
            <source>Export as &amp;CSV…</source>
            <translation>Als &amp;CSV exportieren…</translation>
        </message>
        <message>
            <source>Export as &amp;JSON Lines…</source>
            <translation>Als &amp;JSON Lines exportieren…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
        <message>
            <source>Go to &amp;Start</source>
            <translation>Zum &amp;Anfang</translation>
        </message>
        <message>
            <source>Go to &amp;End</source>
            <translation>Zum &amp;Ende</translation>
        </message>
        <message>
            <source>%1 records</source>
            <translation>%1 Datensätze</translation>
        </message>
        <message>
            <source>First %1 matches; refine the search</source>
            <translation>Erste %1 Treffer; verfeinern Sie die Suche</translation>
        </message>
        <message>
            <source>%1 matches</source>
            <translation>%1 Treffer</translation>
        </message>
        <message>
            <source>%1 matches so far</source>
            <translation>Bisher %1 Treffer</translation>
        </message>
        <message numerus="yes">
            <source>Copied %n row(s).</source>
            <translation>
                <numerusform>%n Zeile kopiert.</numerusform>
                <numerusform>%n Zeilen kopiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n selected row(s) not loaded yet were left out.</source>
            <translation>
                <numerusform>%n ausgewählte, noch nicht geladene Zeile wurde ausgelassen.</numerusform>
                <numerusform>%n ausgewählte, noch nicht geladene Zeilen wurden ausgelassen.</numerusform>
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
