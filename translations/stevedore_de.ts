<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>stevedore::AboutDialog</name>
    <message>
        <source>About Stevedore</source>
        <translation>Über Stevedore</translation>
    </message>
    <message>
        <source>Stevedore %1</source>
        <translation>Stevedore %1</translation>
    </message>
    <message>
        <source>Commit:</source>
        <translation>Commit:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <source>libpq:</source>
        <translation>libpq:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Protokollordner:</translation>
    </message>
    <message>
        <source>The operators&apos; console for a data-import database.</source>
        <translation>Die Konsole für den Betrieb einer Datenimport-Datenbank.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>stevedore::BenchDialog</name>
    <message>
        <source>Run Benchmark</source>
        <translation>Benchmark ausführen</translation>
    </message>
    <message>
        <source>&amp;Quick (under 2 minutes)</source>
        <translation>&amp;Schnell (unter 2 Minuten)</translation>
    </message>
    <message>
        <source>&amp;Full (under 15 minutes)</source>
        <translation>&amp;Vollständig (unter 15 Minuten)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>All cases (or e.g. pool, files)</source>
        <translation>Alle Fälle (oder z. B. pool, files)</translation>
    </message>
    <message>
        <source>Comma-separated case names: pool, import, files, mapping, tablecheck, schema, cache, logging, pooler, replica.</source>
        <translation>Namen der Fälle, durch Kommas getrennt: pool, import, files, mapping, tablecheck, schema, cache, logging, pooler, replica.</translation>
    </message>
    <message>
        <source>Runs every optimisation against its naive baseline in a scratch project of this database, removed afterwards.</source>
        <translation>Misst jede Optimierung gegen ihre naive Vergleichsbasis, in einem temporären Projekt dieser Datenbank, das danach entfernt wird.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>A&amp;usgabeordner:</translation>
    </message>
    <message>
        <source>O&amp;nly cases:</source>
        <translation>&amp;Nur Fälle:</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Open Report</source>
        <translation>Bericht ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fertig: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot create the output folder %1.</source>
        <translation>Der Ausgabeordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The benchmark did not finish.</source>
        <translation>Der Benchmark wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Benchmark Output Folder</source>
        <translation>Ausgabeordner für den Benchmark</translation>
    </message>
    <message>
        <source>Replicas:</source>
        <translation>Replikate:</translation>
    </message>
    <message>
        <source>Benchmark output</source>
        <translation>Ausgabe des Benchmarks</translation>
    </message>
</context>
<context>
    <name>stevedore::BenchProcess</name>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Cancelling: removing the benchmark&apos;s scratch data…</source>
        <translation>Wird abgebrochen: Die temporären Daten des Benchmarks werden entfernt…</translation>
    </message>
    <message>
        <source>Running %1 (%2 of %3)…</source>
        <translation>%1 läuft (%2 von %3)…</translation>
    </message>
    <message>
        <source>Finished %1 (%2 of %3)</source>
        <translation>%1 abgeschlossen (%2 von %3)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The benchmark crashed.</source>
        <translation>Der Benchmark ist abgestürzt.</translation>
    </message>
    <message>
        <source>The benchmark was stopped from outside.</source>
        <translation>Der Benchmark wurde von außen beendet.</translation>
    </message>
    <message>
        <source>The benchmark ended with exit code %1.</source>
        <translation>Der Benchmark wurde mit dem Exit-Code %1 beendet.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>stevedore::BusyIndicator</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>stevedore::ChartAxis</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>stevedore::ChartExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Chart exported by Stevedore</source>
        <translation>Von Stevedore exportiertes Diagramm</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>stevedore::ChartFactory</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>stevedore::ChartPanel</name>
    <message>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Als SVG exportieren…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <source>Export Data as CSV…</source>
        <translation>Daten als CSV exportieren…</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>A chart; its Export button saves it as an image or its data as CSV</source>
        <translation>Ein Diagramm; seine Schaltfläche „Exportieren“ speichert es als Bild oder seine Daten als CSV</translation>
    </message>
    <message>
        <source>This chart has no data yet.</source>
        <translation>Dieses Diagramm hat noch keine Daten.</translation>
    </message>
    <message>
        <source>Nothing to export: %1</source>
        <translation>Nichts zu exportieren: %1</translation>
    </message>
    <message>
        <source>Export this chart or copy it (%1)</source>
        <translation>Dieses Diagramm exportieren oder kopieren (%1)</translation>
    </message>
    <message>
        <source>Chart copied</source>
        <translation>Diagramm kopiert</translation>
    </message>
    <message>
        <source>Image Size</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <source>Text Size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Small (96 dpi)</source>
        <translation>Klein (96 dpi)</translation>
    </message>
    <message>
        <source>Normal (192 dpi, default)</source>
        <translation>Normal (192 dpi, Standard)</translation>
    </message>
    <message>
        <source>Large (288 dpi)</source>
        <translation>Groß (288 dpi)</translation>
    </message>
</context>
<context>
    <name>stevedore::Confirmation</name>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
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
        <translation>
            <numerusform>Letzte %n Minute</numerusform>
            <numerusform>Letzte %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Export All…</source>
        <translation>Alle exportieren…</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Import throughput</source>
        <translation>Importdurchsatz</translation>
    </message>
    <message>
        <source>records/s</source>
        <translation>Datensätze/s</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <source>Cache hit ratio</source>
        <translation>Cache-Trefferquote</translation>
    </message>
    <message>
        <source>Hit ratio</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation>Zugriffe</translation>
    </message>
    <message>
        <source>per s</source>
        <translation>pro s</translation>
    </message>
    <message>
        <source>%1 hit ratio</source>
        <translation>%1: Trefferquote</translation>
    </message>
    <message>
        <source>%1 hits</source>
        <translation>%1: Treffer</translation>
    </message>
    <message>
        <source>%1 misses</source>
        <translation>%1: Fehlzugriffe</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Replica lag</source>
        <translation>Replikatverzug</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Verzug</translation>
    </message>
    <message>
        <source>replica %1</source>
        <translation>Replikat %1</translation>
    </message>
    <message>
        <source>Export All Charts To</source>
        <translation>Alle Diagramme exportieren nach</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Run Benchmark…</source>
        <translation>Benchmark ausführen…</translation>
    </message>
    <message>
        <source>Measure every optimisation against its naive baseline on this database, in the background, and open the report.</source>
        <translation>Jede Optimierung im Hintergrund gegen ihre naive Vergleichsbasis auf dieser Datenbank messen und den Bericht öffnen.</translation>
    </message>
    <message>
        <source>readers</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>writer</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>lookups</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Write every chart that has data as PNG, SVG, PDF and CSV into a folder.</source>
        <translation>Jedes Diagramm mit Daten als PNG, SVG, PDF und CSV in einen Ordner schreiben.</translation>
    </message>
    <message>
        <source>Not connected to a database</source>
        <translation>Mit keiner Datenbank verbunden</translation>
    </message>
    <message>
        <source>Finished jobs</source>
        <translation>Abgeschlossene Jobs</translation>
    </message>
    <message>
        <source>Select a job to chart its throughput, or several to compare them</source>
        <translation>Einen Job wählen, um seinen Durchsatz zu zeigen, oder mehrere, um sie zu vergleichen</translation>
    </message>
    <message>
        <source>Finished jobs:</source>
        <translation>Abgeschlossene Jobs:</translation>
    </message>
    <message>
        <source>Ctrl+click or Shift+click several jobs to compare their throughput on elapsed time.</source>
        <translation>Mit Strg+Klick oder Umschalt+Klick mehrere Jobs wählen, um ihren Durchsatz über die verstrichene Zeit zu vergleichen.</translation>
    </message>
    <message>
        <source>Reading the finished jobs…</source>
        <translation>Abgeschlossene Jobs werden gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>No records imported in the last %n minute(s)</source>
        <translation>
            <numerusform>In der letzten Minute keine Datensätze importiert</numerusform>
            <numerusform>In den letzten %n Minuten keine Datensätze importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>No cache has published statistics yet</source>
        <translation>Noch kein Cache hat Statistiken veröffentlicht</translation>
    </message>
    <message numerus="yes">
        <source>No cache lookups in the last %n minute(s)</source>
        <translation>
            <numerusform>In der letzten Minute keine Cache-Abfragen</numerusform>
            <numerusform>In den letzten %n Minuten keine Cache-Abfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Connections in use</source>
        <translation>Belegte Verbindungen</translation>
    </message>
    <message>
        <source>No connection pool has published figures yet</source>
        <translation>Noch kein Verbindungspool hat Werte veröffentlicht</translation>
    </message>
    <message>
        <source>Connection acquire wait (p95)</source>
        <translation>Wartezeit auf eine Verbindung (p95)</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>No replica lag measured yet</source>
        <translation>Noch keine Replikatverzögerung gemessen</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben.</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped, nothing to show: %1.</source>
        <translation>Übersprungen, nichts zu zeigen: %1.</translation>
    </message>
    <message>
        <source>No finished imports yet</source>
        <translation>Noch keine abgeschlossenen Importe</translation>
    </message>
    <message>
        <source>Pick one or more finished jobs</source>
        <translation>Einen oder mehrere abgeschlossene Jobs wählen</translation>
    </message>
    <message>
        <source>Cannot read the jobs&apos; history: %1</source>
        <translation>Der Verlauf der Jobs kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The selected jobs no longer exist</source>
        <translation>Die gewählten Jobs gibt es nicht mehr</translation>
    </message>
    <message>
        <source>This job recorded no throughput</source>
        <translation>Dieser Job hat keinen Durchsatz aufgezeichnet</translation>
    </message>
    <message>
        <source>None of these jobs recorded any throughput</source>
        <translation>Keiner dieser Jobs hat Durchsatz aufgezeichnet</translation>
    </message>
    <message>
        <source>Import throughput of past jobs</source>
        <translation>Importdurchsatz früherer Jobs</translation>
    </message>
</context>
<context>
    <name>stevedore::FileActions</name>
    <message>
        <source>&amp;Open Records</source>
        <translation>Datensätze ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Show Re&amp;jects</source>
        <translation>Abge&amp;wiesene anzeigen</translation>
    </message>
    <message>
        <source>Re-&amp;import (Replace)…</source>
        <translation>Neu &amp;importieren (ersetzen)…</translation>
    </message>
    <message>
        <source>&amp;Delete File…</source>
        <translation>Datei &amp;löschen…</translation>
    </message>
    <message>
        <source>Stevedore</source>
        <translation>Stevedore</translation>
    </message>
    <message>
        <source>Rejects of %1</source>
        <translation>Abgewiesene von %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Cannot read the rejects: %1</source>
        <translation>Die abgewiesenen Datensätze können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No record of this file was rejected.</source>
        <translation>Kein Datensatz dieser Datei wurde abgewiesen.</translation>
    </message>
    <message>
        <source>The first %1 of %2 rejected records.</source>
        <translation>Die ersten %1 von %2 abgewiesenen Datensätzen.</translation>
    </message>
    <message>
        <source>%1 rejected records.</source>
        <translation>%1 abgewiesene Datensätze.</translation>
    </message>
    <message>
        <source>Re-import %1</source>
        <translation>%1 neu importieren</translation>
    </message>
    <message>
        <source>Re-importing “%1” from %2.</source>
        <translation>„%1“ wird aus %2 neu importiert.</translation>
    </message>
    <message>
        <source>Delete File</source>
        <translation>Datei löschen</translation>
    </message>
    <message>
        <source>Delete “%1” and its %2 records from the project “%3”?</source>
        <translation>„%1“ und seine %2 Datensätze aus dem Projekt „%3“ löschen?</translation>
    </message>
    <message>
        <source>Its mapping and import history go with it. This cannot be undone.</source>
        <translation>Seine Zuordnung und Importhistorie werden mit gelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Cannot delete the file: %1</source>
        <translation>Die Datei kann nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Deleted “%1” and its %2 records from the project “%3”.</source>
        <translation>„%1“ und seine %2 Datensätze wurden aus dem Projekt „%3“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>stevedore::FileDialog</name>
    <message>
        <source>%1 belongs to the database Stevedore has open. Choose another file.</source>
        <translation>%1 gehört zur Datenbank, die Stevedore geöffnet hat. Wählen Sie eine andere Datei.</translation>
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
    <message numerus="yes">
        <source>Exported %1 records to %2; %n value(s) do not fit their column&apos;s type and were written as they are.</source>
        <translation>
            <numerusform>%1 Datensätze nach %2 exportiert; %n Wert passt nicht zum Typ seiner Spalte und wurde unverändert geschrieben.</numerusform>
            <numerusform>%1 Datensätze nach %2 exportiert; %n Werte passen nicht zum Typ ihrer Spalte und wurden unverändert geschrieben.</numerusform>
        </translation>
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
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>The files of the selected project</source>
        <translation>Die Dateien des ausgewählten Projekts</translation>
    </message>
</context>
<context>
    <name>stevedore::FixReport</name>
    <message numerus="yes">
        <source>; %n had been applied before</source>
        <translation>
            <numerusform>; %n war bereits angewendet</numerusform>
            <numerusform>; %n waren bereits angewendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be applied</source>
        <translation>
            <numerusform>; %n konnte nicht angewendet werden</numerusform>
            <numerusform>; %n konnten nicht angewendet werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Some Fixes Were Not Applied</source>
        <translation>Einige Korrekturen wurden nicht angewendet</translation>
    </message>
</context>
<context>
    <name>stevedore::FixedWidthEditor</name>
    <message>
        <source>Fixed-width lines</source>
        <translation>Zeilen fester Breite</translation>
    </message>
    <message>
        <source>The file&apos;s first lines under a ruler. Click between two characters, or move with Left and Right and press Space, to add or remove a column boundary</source>
        <translation>Die ersten Zeilen der Datei unter einem Lineal. Zwischen zwei Zeichen klicken oder mit Links und Rechts dorthin gehen und die Leertaste drücken, um eine Spaltengrenze zu setzen oder zu entfernen</translation>
    </message>
    <message>
        <source>Li&amp;nes: click between two characters to add or remove a column boundary.</source>
        <translation>Ze&amp;ilen: zwischen zwei Zeichen klicken, um eine Spaltengrenze zu setzen oder zu entfernen.</translation>
    </message>
    <message>
        <source>Column names</source>
        <translation>Spaltennamen</translation>
    </message>
    <message>
        <source>One name per column, under the characters it takes; edit a name to rename the column</source>
        <translation>Ein Name je Spalte, unter ihren Zeichen; einen Namen bearbeiten, um die Spalte umzubenennen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Colu&amp;mn names:</source>
        <translation>Spalten&amp;namen:</translation>
    </message>
    <message>
        <source>Load Spe&amp;c…</source>
        <translation>Spezifikation &amp;laden…</translation>
    </message>
    <message>
        <source>Read the columns from a spec file: CSV with the columns column,start,length, as csvkit&apos;s in2csv takes it.</source>
        <translation>Die Spalten aus einer Spezifikationsdatei lesen: CSV mit den Spalten column,start,length, wie csvkits in2csv sie liest.</translation>
    </message>
    <message>
        <source>Sa&amp;ve Spec…</source>
        <translation>Spezifikation &amp;speichern…</translation>
    </message>
    <message>
        <source>Write these columns as a spec file (column,start,length; starts counted from 0).</source>
        <translation>Diese Spalten als Spezifikationsdatei schreiben (column,start,length; Anfänge ab 0 gezählt).</translation>
    </message>
    <message>
        <source>Clear Columns</source>
        <translation>Spalten entfernen</translation>
    </message>
    <message>
        <source>Remove every boundary and name.</source>
        <translation>Alle Grenzen und Namen entfernen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a column spec (larger than 1 MiB).</source>
        <translation>%1 ist keine Spaltenspezifikation (größer als 1 MiB).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) from %1.</source>
        <translation>
            <numerusform>%n Spalte aus %1.</numerusform>
            <numerusform>%n Spalten aus %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Load Column Spec</source>
        <translation>Spaltenspezifikation laden</translation>
    </message>
    <message>
        <source>Column specs (*.csv);;All files (*)</source>
        <translation>Spaltenspezifikationen (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Column Spec</source>
        <translation>Spaltenspezifikation speichern</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>In %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Characters %1 to %2 of each line</source>
        <translation>Zeichen %1 bis %2 jeder Zeile</translation>
    </message>
</context>
<context>
    <name>stevedore::FixedWidthView</name>
    <message>
        <source>Click to remove the boundary after character %1</source>
        <translation>Klicken, um die Grenze nach Zeichen %1 zu entfernen</translation>
    </message>
    <message>
        <source>Click to split the columns after character %1</source>
        <translation>Klicken, um die Spalten nach Zeichen %1 zu teilen</translation>
    </message>
</context>
<context>
    <name>stevedore::ImportDialog</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <source>UTF-16 LE</source>
        <translation>UTF-16 LE</translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <source>UTF-32 LE</source>
        <translation>UTF-32 LE</translation>
    </message>
    <message>
        <source>UTF-32 BE</source>
        <translation>UTF-32 BE</translation>
    </message>
    <message>
        <source>Windows-1252 (Latin-1)</source>
        <translation>Windows-1252 (Latin-1)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message numerus="yes">
        <source>Import %n files</source>
        <translation>
            <numerusform>%n Datei importieren</numerusform>
            <numerusform>%n Dateien importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>The project to import into; a new name creates the project.</source>
        <translation>Das Zielprojekt des Imports; ein neuer Name legt das Projekt an.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <source>Double quote ( &quot; )</source>
        <translation>Doppeltes Anführungszeichen ( &quot; )</translation>
    </message>
    <message>
        <source>Single quote ( &apos; )</source>
        <translation>Einfaches Anführungszeichen ( &apos; )</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>First record is the header</source>
        <translation>Erster Datensatz ist die Kopfzeile</translation>
    </message>
    <message>
        <source>No header</source>
        <translation>Keine Kopfzeile</translation>
    </message>
    <message>
        <source>Apply to All Files</source>
        <translation>Auf alle Dateien anwenden</translation>
    </message>
    <message>
        <source>Suggested mapping (from column names; edit it in the Mapping view after the import):</source>
        <translation>Vorgeschlagene Zuordnung (aus den Spaltennamen; nach dem Import in der Ansicht „Zuordnung“ bearbeitbar):</translation>
    </message>
    <message>
        <source>File column</source>
        <translation>Dateispalte</translation>
    </message>
    <message>
        <source>Schema column</source>
        <translation>Schemaspalte</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Anführungszeichen:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>Kopf&amp;zeile:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>Refused: %1 %2</source>
        <translation>Abgelehnt: %1 %2</translation>
    </message>
    <message>
        <source>%1 (reading…)</source>
        <translation>%1 (wird gelesen…)</translation>
    </message>
    <message>
        <source>%1 (refused)</source>
        <translation>%1 (abgelehnt)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Detected: %1, %2, %3 — confidence %4 %</source>
        <translation>Erkannt: %1, %2, %3 – Konfidenz %4 %</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>keine Kopfzeile</translation>
    </message>
    <message>
        <source>(low: check the preview)</source>
        <translation>(niedrig: Vorschau prüfen)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the file; all shown.</source>
        <translation>
            <numerusform>%n Datensatz in der Datei; alle angezeigt.</numerusform>
            <numerusform>%n Datensätze in der Datei; alle angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %n record(s) shown (from the first %1 KiB of %2 KiB).</source>
        <translation>
            <numerusform>%n Datensatz angezeigt (aus den ersten %1 KiB von %2 KiB).</numerusform>
            <numerusform>Die ersten %n Datensätze angezeigt (aus den ersten %1 KiB von %2 KiB).</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 % (%2)</source>
        <translation>%1 % (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Import %n Files</source>
        <translation>
            <numerusform>%n Datei importieren</numerusform>
            <numerusform>%n Dateien importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a database.</source>
        <translation>Nicht mit einer Datenbank verbunden.</translation>
    </message>
    <message>
        <source>Choose a project.</source>
        <translation>Wählen Sie ein Projekt.</translation>
    </message>
    <message>
        <source>The character that encloses fields holding the delimiter or line breaks; None reads quotes as plain text.</source>
        <translation>Das Zeichen, das Felder mit Trennzeichen oder Zeilenumbrüchen umschließt; bei „Keines“ werden Anführungszeichen als normaler Text gelesen.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The first records of the file as they will be read; rejected lines are marked</source>
        <translation>Die ersten Datensätze der Datei, wie sie gelesen werden; abgewiesene Zeilen sind markiert</translation>
    </message>
    <message>
        <source>Suggested mapping</source>
        <translation>Vorgeschlagene Zuordnung</translation>
    </message>
    <message>
        <source>The schema column suggested for each column of the file</source>
        <translation>Die für jede Spalte der Datei vorgeschlagene Schemaspalte</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>OpenDocument</source>
        <translation>OpenDocument</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Fixed width</source>
        <translation>Feste Breite</translation>
    </message>
    <message>
        <source>gzip-compressed</source>
        <translation>gzip-komprimiert</translation>
    </message>
    <message>
        <source>bzip2-compressed</source>
        <translation>bzip2-komprimiert</translation>
    </message>
    <message>
        <source>xz-compressed</source>
        <translation>xz-komprimiert</translation>
    </message>
    <message>
        <source>zstd-compressed</source>
        <translation>zstd-komprimiert</translation>
    </message>
    <message>
        <source>zip archive</source>
        <translation>Zip-Archiv</translation>
    </message>
    <message>
        <source>%1 in a zip archive</source>
        <translation>%1 in einem Zip-Archiv</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Excel workbook, %n sheet(s).</source>
        <translation>
            <numerusform>Excel-Arbeitsmappe, %n Tabellenblatt.</numerusform>
            <numerusform>Excel-Arbeitsmappe, %n Tabellenblätter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OpenDocument spreadsheet, %n sheet(s).</source>
        <translation>
            <numerusform>OpenDocument-Tabelle, %n Tabellenblatt.</numerusform>
            <numerusform>OpenDocument-Tabelle, %n Tabellenblätter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Zip archive, %n file(s).</source>
        <translation>
            <numerusform>Zip-Archiv, %n Datei.</numerusform>
            <numerusform>Zip-Archiv, %n Dateien.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; read decompressed.</source>
        <translation>%1; wird entpackt gelesen.</translation>
    </message>
    <message>
        <source>Files to import (*.csv *.tsv *.txt *.dat *.xlsx *.ods *.json *.jsonl *.ndjson *.zip *.gz *.bz2 *.xz *.zst);;Delimited text (*.csv *.tsv *.txt);;Workbooks (*.xlsx *.ods);;JSON (*.json *.jsonl *.ndjson);;Archives and compressed files (*.zip *.gz *.bz2 *.xz *.zst);;All files (*)</source>
        <translation>Importierbare Dateien (*.csv *.tsv *.txt *.dat *.xlsx *.ods *.json *.jsonl *.ndjson *.zip *.gz *.bz2 *.xz *.zst);;Text mit Trennzeichen (*.csv *.tsv *.txt);;Arbeitsmappen (*.xlsx *.ods);;JSON (*.json *.jsonl *.ndjson);;Archive und komprimierte Dateien (*.zip *.gz *.bz2 *.xz *.zst);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>What the file holds. Detected from its content; choose another kind to read it as that (fixed-width text is never detected).</source>
        <translation>Was die Datei enthält. Aus ihrem Inhalt erkannt; eine andere Art wählen, um sie so zu lesen (Text fester Breite wird nie erkannt).</translation>
    </message>
    <message>
        <source>Rows above the header row to leave out (a title, notes).</source>
        <translation>Zeilen über der Kopfzeile, die ausgelassen werden (ein Titel, Anmerkungen).</translation>
    </message>
    <message>
        <source>Check or uncheck every part at once.</source>
        <translation>Alle Teile auf einmal auswählen oder abwählen.</translation>
    </message>
    <message>
        <source>Parts of the file</source>
        <translation>Teile der Datei</translation>
    </message>
    <message>
        <source>The sheets of the workbook or the files of the archive: the checked ones are imported, each as a file of the project; the selected one is previewed</source>
        <translation>Die Tabellenblätter der Arbeitsmappe oder die Dateien des Archivs: die angehakten werden importiert, jedes als eigene Datei des Projekts; das ausgewählte wird in der Vorschau gezeigt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>S&amp;kip rows:</source>
        <translation>Zeilen über&amp;springen:</translation>
    </message>
    <message>
        <source>No sheet of %1 is checked: check the sheets to import.</source>
        <translation>Kein Tabellenblatt von %1 ist angehakt: die zu importierenden Blätter anhaken.</translation>
    </message>
    <message>
        <source>No file of %1 is checked: check the files to import.</source>
        <translation>Keine Datei von %1 ist angehakt: die zu importierenden Dateien anhaken.</translation>
    </message>
    <message>
        <source>Fixed-width text needs columns: click between two characters of the lines above to cut them, or load a spec.</source>
        <translation>Text fester Breite braucht Spalten: zwischen zwei Zeichen der Zeilen oben klicken, um sie zu teilen, oder eine Spezifikation laden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n sheet(s))</source>
        <translation>
            <numerusform>%1 (%n Tabellenblatt)</numerusform>
            <numerusform>%1 (%n Tabellenblätter)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n file(s))</source>
        <translation>
            <numerusform>%1 (%n Datei)</numerusform>
            <numerusform>%1 (%n Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Erkannt: %1</translation>
    </message>
    <message>
        <source>&amp;Sheets:</source>
        <translation>Tabellen&amp;blätter:</translation>
    </message>
    <message>
        <source>Fi&amp;les in the archive:</source>
        <translation>Dat&amp;eien im Archiv:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;All %n sheet(s)</source>
        <translation>
            <numerusform>A&amp;lle Tabellenblätter (%n)</numerusform>
            <numerusform>A&amp;lle Tabellenblätter (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;All %n file(s)</source>
        <translation>
            <numerusform>A&amp;lle Dateien (%n)</numerusform>
            <numerusform>A&amp;lle Dateien (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %n line(s) of the file shown above.</source>
        <translation>
            <numerusform>Oben die erste Zeile der Datei.</numerusform>
            <numerusform>Oben die ersten %n Zeilen der Datei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %n record(s) shown.</source>
        <translation>
            <numerusform>Der erste Datensatz wird gezeigt.</numerusform>
            <numerusform>Die ersten %n Datensätze werden gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fixed-width text in %1; every line is a record, fields trimmed of spaces.</source>
        <translation>Text fester Breite in %1; jede Zeile ist ein Datensatz, Felder ohne umgebende Leerzeichen.</translation>
    </message>
    <message numerus="yes">
        <source>A JSON array of objects; the header is the keys of the first %n record(s).</source>
        <translation>
            <numerusform>Ein JSON-Array von Objekten; die Kopfzeile sind die Schlüssel des ersten Datensatzes.</numerusform>
            <numerusform>Ein JSON-Array von Objekten; die Kopfzeile sind die Schlüssel der ersten %n Datensätze.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>JSON Lines, one object a line; the header is the keys of the first %n record(s).</source>
        <translation>
            <numerusform>JSON Lines, ein Objekt je Zeile; die Kopfzeile sind die Schlüssel des ersten Datensatzes.</numerusform>
            <numerusform>JSON Lines, ein Objekt je Zeile; die Kopfzeile sind die Schlüssel der ersten %n Datensätze.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet %1.</source>
        <translation>Tabellenblatt %1.</translation>
    </message>
    <message numerus="yes">
        <source>First %n record(s) shown (from the first %1 KiB, decompressed).</source>
        <translation>
            <numerusform>%n Datensatz angezeigt (aus den ersten %1 KiB, entpackt).</numerusform>
            <numerusform>Die ersten %n Datensätze angezeigt (aus den ersten %1 KiB, entpackt).</numerusform>
        </translation>
    </message>
    <message>
        <source>When more of a file&apos;s records than this are rejected, its import stops at the next batch boundary as a failed job and keeps the records it committed (All or nothing removes them). Unchecked: no limit.</source>
        <translation>Werden mehr Datensätze einer Datei als diese abgewiesen, endet ihr Import an der nächsten Batch-Grenze als fehlgeschlagener Job und behält die bereits festgeschriebenen Datensätze („Alles oder nichts“ entfernt sie). Nicht angehakt: keine Grenze.</translation>
    </message>
    <message>
        <source>S&amp;top after more than</source>
        <translation>Beenden nach &amp;mehr als</translation>
    </message>
    <message>
        <source>Most rejects</source>
        <translation>Höchstzahl abgewiesener Datensätze</translation>
    </message>
    <message>
        <source>Most rejects, in percent of the records</source>
        <translation>Höchstanteil abgewiesener Datensätze in Prozent</translation>
    </message>
    <message>
        <source>rejects</source>
        <translation>Abweisungen</translation>
    </message>
    <message>
        <source>% of the records</source>
        <translation>% der Datensätze</translation>
    </message>
    <message>
        <source>A number of rejects, or a share of the records read so far (imported and rejected).</source>
        <translation>Eine Anzahl abgewiesener Datensätze oder ein Anteil der bisher gelesenen Datensätze (importierte und abgewiesene).</translation>
    </message>
    <message>
        <source>Unit of the most rejects</source>
        <translation>Einheit der Höchstgrenze für Abweisungen</translation>
    </message>
    <message>
        <source>All o&amp;r nothing</source>
        <translation>Alles o&amp;der nichts</translation>
    </message>
    <message>
        <source>A failed import (over its budget, unreadable, refused by the database) removes the file&apos;s records entirely, as if it had never been imported. A cancelled or paused one can still be resumed.</source>
        <translation>Ein fehlgeschlagener Import (über seiner Grenze, unlesbar, von der Datenbank abgelehnt) entfernt die Datensätze der Datei vollständig, als wäre sie nie importiert worden. Ein abgebrochener oder angehaltener Import kann weiterhin fortgesetzt werden.</translation>
    </message>
    <message>
        <source>A named import template (Tools → Import Templates…): its format, dialect, sheet, rejects limit and All or nothing are set for every file, and its mapping is given to each file imported. Templates matching the file&apos;s columns come first.</source>
        <translation>Eine benannte Importvorlage (Extras → Importvorlagen…): Ihr Format, Dialekt, Blatt, ihre Grenze für Abweisungen und „Alles oder nichts“ gelten für jede Datei, und jede importierte Datei erhält ihre Zuordnung. Vorlagen, die zu den Spalten der Datei passen, stehen vorn.</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>%1 — matches this file</source>
        <translation>%1 — passt zu dieser Datei</translation>
    </message>
    <message>
        <source>not in this file: left out</source>
        <translation>nicht in dieser Datei: ausgelassen</translation>
    </message>
    <message>
        <source>template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>template, transform %1</source>
        <translation>Vorlage, Transformation %1</translation>
    </message>
    <message>
        <source>Mapping from the template “%1” (given to the file after the import):</source>
        <translation>Zuordnung aus der Vorlage „%1“ (erhält die Datei nach dem Import):</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
</context>
<context>
    <name>stevedore::ImportPreview</name>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <source>space</source>
        <translation>Leerzeichen</translation>
    </message>
</context>
<context>
    <name>stevedore::ImportsView</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Import Files…</source>
        <translation>Dateien importieren…</translation>
    </message>
    <message>
        <source>Choose files to import.</source>
        <translation>Dateien zum Importieren auswählen.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop at the next batch boundary; Resume continues.</source>
        <translation>An der nächsten Batch-Grenze anhalten; „Fortsetzen“ setzt den Import fort.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop at the next batch boundary; the job can still be resumed or discarded.</source>
        <translation>An der nächsten Batch-Grenze abbrechen; der Job kann danach fortgesetzt oder verworfen werden.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Continue after the last committed batch.</source>
        <translation>Nach dem letzten festgeschriebenen Batch fortfahren.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Delete the unfinished job and the records it imported.</source>
        <translation>Den unvollständigen Job und die von ihm importierten Datensätze löschen.</translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Hide the finished job; the database keeps it.</source>
        <translation>Den abgeschlossenen Job ausblenden; die Datenbank behält ihn.</translation>
    </message>
    <message>
        <source>Export Rejects…</source>
        <translation>Abgewiesene exportieren…</translation>
    </message>
    <message>
        <source>Save every rejected record as CSV (line, reason, raw).</source>
        <translation>Alle abgewiesenen Datensätze als CSV speichern (line, reason, raw).</translation>
    </message>
    <message>
        <source>Selected Job</source>
        <translation>Ausgewählter Job</translation>
    </message>
    <message>
        <source>Could not discard the job: %1</source>
        <translation>Der Job konnte nicht verworfen werden: %1</translation>
    </message>
    <message>
        <source>Select a job to see its summary.</source>
        <translation>Wählen Sie einen Job aus, um seine Zusammenfassung zu sehen.</translation>
    </message>
    <message>
        <source>%1 → project %2: %3</source>
        <translation>%1 → Projekt %2: %3</translation>
    </message>
    <message>
        <source>Records: %1   Rejected: %2   Time: %3 s</source>
        <translation>Datensätze: %1   Abgewiesen: %2   Zeit: %3 s</translation>
    </message>
    <message>
        <source>Average: %1 records/s   Peak: %2 records/s%3</source>
        <translation>Durchschnitt: %1 Datensätze/s   Spitze: %2 Datensätze/s%3</translation>
    </message>
    <message>
        <source>   (resumed)</source>
        <translation>   (fortgesetzt)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Records so far: %1   Rejected so far: %2</source>
        <translation>Datensätze bisher: %1   Bisher abgewiesen: %2</translation>
    </message>
    <message>
        <source>This run: %1 records</source>
        <translation>Dieser Lauf: %1 Datensätze</translation>
    </message>
    <message>
        <source>No rejected records.</source>
        <translation>Keine abgewiesenen Datensätze.</translation>
    </message>
    <message>
        <source>Loading rejected records…</source>
        <translation>Abgewiesene Datensätze werden geladen…</translation>
    </message>
    <message>
        <source>Cannot read the rejected records: %1</source>
        <translation>Die abgewiesenen Datensätze können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Rejected records (first %1 of %2):</source>
        <translation>Abgewiesene Datensätze (die ersten %1 von %2):</translation>
    </message>
    <message>
        <source>Rejected records (%1):</source>
        <translation>Abgewiesene Datensätze (%1):</translation>
    </message>
    <message>
        <source>Export Rejected Records</source>
        <translation>Abgewiesene Datensätze exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>No finished job is selected.</source>
        <translation>Es ist kein abgeschlossener Job ausgewählt.</translation>
    </message>
    <message>
        <source>Rejected records saved to %1</source>
        <translation>Abgewiesene Datensätze in %1 gespeichert</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>No imports yet. Drop files on the window, or choose Import Files…</source>
        <translation>Noch keine Importe. Ziehen Sie Dateien auf das Fenster, oder wählen Sie „Dateien importieren…“.</translation>
    </message>
    <message>
        <source>Rejected records</source>
        <translation>Abgewiesene Datensätze</translation>
    </message>
    <message>
        <source>The records of the selected job that were not imported, and why</source>
        <translation>Die nicht importierten Datensätze des ausgewählten Jobs und der Grund</translation>
    </message>
    <message>
        <source>Import jobs</source>
        <translation>Importjobs</translation>
    </message>
    <message>
        <source>The queued, running and finished imports</source>
        <translation>Die wartenden, laufenden und beendeten Importe</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Cancel the import of “%1”?</source>
        <translation>Den Import von „%1“ abbrechen?</translation>
    </message>
    <message>
        <source>It stops after the batch being written. The %1 records imported so far stay in the project “%2” until you discard them; Resume continues from there.</source>
        <translation>Er endet nach dem Stapel, der gerade geschrieben wird. Die %1 bisher importierten Datensätze bleiben im Projekt „%2“, bis Sie sie verwerfen; Fortsetzen macht dort weiter.</translation>
    </message>
    <message>
        <source>Discard Import</source>
        <translation>Import verwerfen</translation>
    </message>
    <message>
        <source>Discard the import of “%1”?</source>
        <translation>Den Import von „%1“ verwerfen?</translation>
    </message>
    <message>
        <source>The %1 records it imported are deleted from the project “%2”. This cannot be undone.</source>
        <translation>Die %1 von ihm importierten Datensätze werden aus dem Projekt „%2“ gelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Nothing of it was imported; it is removed from the list.</source>
        <translation>Davon wurde nichts importiert; er wird aus der Liste entfernt.</translation>
    </message>
    <message>
        <source>imported %1 records</source>
        <translation>%1 Datensätze importiert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The selected job has not started yet.</source>
        <translation>Der ausgewählte Job hat noch nicht begonnen.</translation>
    </message>
    <message>
        <source>Rejected records so far (%1):</source>
        <translation>Bisher abgewiesene Datensätze (%1):</translation>
    </message>
    <message>
        <source>Apply Fixes from CSV…</source>
        <translation>Korrekturen aus CSV anwenden…</translation>
    </message>
    <message>
        <source>Put the records of an edited rejects CSV (line, reason, raw) back into the file at their lines, exactly once.</source>
        <translation>Die Datensätze einer bearbeiteten Abweisungs-CSV (line, reason, raw) genau einmal an ihren Zeilen in die Datei zurückschreiben.</translation>
    </message>
    <message>
        <source>Apply Fixes</source>
        <translation>Korrekturen anwenden</translation>
    </message>
    <message>
        <source>Put the fixed records back into the file at their lines, in one transaction. Until then, Undo takes a fix back.</source>
        <translation>Die korrigierten Datensätze in einer Transaktion an ihren Zeilen in die Datei zurückschreiben. Bis dahin nimmt „Rückgängig“ eine Korrektur zurück.</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n Fix(es)</source>
        <translation>
            <numerusform>%n Korrektur anwenden</numerusform>
            <numerusform>%n Korrekturen anwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply Fixes from CSV</source>
        <translation>Korrekturen aus CSV anwenden</translation>
    </message>
    <message>
        <source>Applying fixes…</source>
        <translation>Korrekturen werden angewendet…</translation>
    </message>
    <message>
        <source>Could not apply the fixes: %1</source>
        <translation>Die Korrekturen konnten nicht angewendet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Put %n fixed record(s) back into the file</source>
        <translation>
            <numerusform>%n korrigierter Datensatz in die Datei zurückgeschrieben</numerusform>
            <numerusform>%n korrigierte Datensätze in die Datei zurückgeschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>They stay rejected; correct them and apply again.</source>
        <translation>Sie bleiben abgewiesen; korrigieren Sie sie und wenden Sie sie erneut an.</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected record(s) fixed in place since the run (counted above)</source>
        <translation>
            <numerusform>%n abgelehnter Datensatz seit dem Lauf an Ort und Stelle korrigiert (oben mitgezählt)</numerusform>
            <numerusform>%n abgelehnte Datensätze seit dem Lauf an Ort und Stelle korrigiert (oben mitgezählt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stevedore::JobCharts</name>
    <message>
        <source>%1 — job %2, %3</source>
        <translation>%1 – Job %2, %3</translation>
    </message>
    <message>
        <source>Import throughput</source>
        <translation>Importdurchsatz</translation>
    </message>
    <message>
        <source>records/s</source>
        <translation>Datensätze/s</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>records imported</source>
        <translation>importierte Datensätze</translation>
    </message>
    <message>
        <source>Hit ratio</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Cache hit ratio</source>
        <translation>Cache-Trefferquote</translation>
    </message>
    <message>
        <source>hit ratio</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>#%1 %2 (%3), %4</source>
        <translation>#%1 %2 (%3), %4</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Gestartet %1</translation>
    </message>
    <message>
        <source>%1 records, %2 rejected, in %3</source>
        <translation>%1 Datensätze, %2 abgewiesen, in %3</translation>
    </message>
    <message>
        <source>mean %1, peak %2 records/s</source>
        <translation>Mittel %1, Spitze %2 Datensätze/s</translation>
    </message>
    <message>
        <source>No throughput was recorded for this job</source>
        <translation>Für diesen Job wurde kein Durchsatz aufgezeichnet</translation>
    </message>
    <message>
        <source>No import job to show yet</source>
        <translation>Noch kein Importjob zum Anzeigen</translation>
    </message>
    <message>
        <source>No cache lookups during this job</source>
        <translation>Keine Cache-Abfragen während dieses Jobs</translation>
    </message>
    <message>
        <source>Import throughput compared</source>
        <translation>Importdurchsatz im Vergleich</translation>
    </message>
    <message>
        <source>None of these jobs recorded its throughput</source>
        <translation>Keiner dieser Jobs hat seinen Durchsatz aufgezeichnet</translation>
    </message>
    <message>
        <source>Each job from its own start</source>
        <translation>Jeder Job ab seinem eigenen Start</translation>
    </message>
    <message>
        <source>#%1 %2, %3</source>
        <translation>#%1 %2, %3</translation>
    </message>
    <message>
        <source>#%1 mean %2 records/s</source>
        <translation>#%1 Mittel %2 Datensätze/s</translation>
    </message>
</context>
<context>
    <name>stevedore::JobQueue</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Already imported, nothing to do</source>
        <translation>Bereits importiert, nichts zu tun</translation>
    </message>
    <message>
        <source>This content was imported before: nothing to do.</source>
        <translation>Dieser Inhalt wurde bereits importiert: nichts zu tun.</translation>
    </message>
    <message>
        <source>Paused after %1 records. Resume continues from there.</source>
        <translation>Nach %1 Datensätzen angehalten. Fortsetzen macht dort weiter.</translation>
    </message>
    <message>
        <source>Cancelled after %1 records. Resume continues from there; Discard deletes them.</source>
        <translation>Nach %1 Datensätzen abgebrochen. Fortsetzen macht dort weiter; Verwerfen löscht sie.</translation>
    </message>
    <message>
        <source>Failed after %1 records: %2</source>
        <translation>Nach %1 Datensätzen fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Stopped after %1 records in an earlier session. Resume continues from there; Discard deletes them.</source>
        <translation>In einer früheren Sitzung nach %1 Datensätzen beendet. Fortsetzen macht dort weiter; Verwerfen löscht sie.</translation>
    </message>
    <message>
        <source>Interrupted after %1 records: Stevedore quit or crashed during the import. Resume continues from there; Discard deletes them.</source>
        <translation>Nach %1 Datensätzen unterbrochen: Stevedore wurde während des Imports beendet oder ist abgestürzt. Fortsetzen macht dort weiter; Verwerfen löscht sie.</translation>
    </message>
    <message>
        <source>Paused before it started.</source>
        <translation>Angehalten, bevor er begann.</translation>
    </message>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Abgebrochen, bevor er begann.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Mapped as %1, whose header matches (confidence %2).</source>
        <translation>Zugeordnet wie %1, dessen Kopfzeile passt (Konfidenz %2).</translation>
    </message>
    <message>
        <source>Not mapped automatically: the best match, %1, has a confidence of %2 only. The Mapping view can take its mapping.</source>
        <translation>Nicht automatisch zugeordnet: Die beste Übereinstimmung, %1, hat nur eine Konfidenz von %2. Die Ansicht „Zuordnung“ kann ihre Zuordnung übernehmen.</translation>
    </message>
    <message>
        <source>The mapping of an earlier file could not be applied: %1</source>
        <translation>Die Zuordnung einer früheren Datei konnte nicht übernommen werden: %1</translation>
    </message>
    <message>
        <source>Mapped as the template “%1” (version %2) says: %3 of %4 columns.</source>
        <translation>Zugeordnet, wie die Vorlage „%1“ (Version %2) es angibt: %3 von %4 Spalten.</translation>
    </message>
    <message>
        <source>Not in the file: %1.</source>
        <translation>Nicht in der Datei: %1.</translation>
    </message>
    <message>
        <source>The template&apos;s mapping could not be applied: %1</source>
        <translation>Die Zuordnung der Vorlage konnte nicht angewendet werden: %1</translation>
    </message>
    <message>
        <source>The template “%1” could not be read: %2</source>
        <translation>Die Vorlage „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The template “%1” no longer exists.</source>
        <translation>Die Vorlage „%1“ gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>stevedore::JobsModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Records/s</source>
        <translation>Datensätze/s</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>stevedore::LogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>stevedore::LogView</name>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Meldungen durchsuchen</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Mitlaufen</translation>
    </message>
    <message>
        <source>Keep the newest line in view.</source>
        <translation>Die neueste Zeile immer im Blick behalten.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <source>No line of this session matches the level, category and search above.</source>
        <translation>Keine Zeile dieser Sitzung passt zu Stufe, Kategorie und Suche oben.</translation>
    </message>
    <message>
        <source>Nothing logged at this level yet in this session. Choose a lower level (Debug) to see more, or open the log folder for the lines of earlier sessions.</source>
        <translation>In dieser Sitzung wurde auf dieser Stufe noch nichts protokolliert. Wählen Sie eine niedrigere Stufe (Debug), um mehr zu sehen, oder öffnen Sie den Protokollordner für die Zeilen früherer Sitzungen.</translation>
    </message>
    <message>
        <source>Log messages</source>
        <translation>Protokollmeldungen</translation>
    </message>
    <message>
        <source>The application&apos;s log, newest last</source>
        <translation>Das Protokoll der Anwendung, neueste zuletzt</translation>
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
        <source>Mapping</source>
        <translation>Zuordnung</translation>
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
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
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
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Cannot Connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>Keine Verbindung zu %1 möglich.</translation>
    </message>
    <message>
        <source>Still connected to %1.</source>
        <translation>Weiterhin verbunden mit %1.</translation>
    </message>
    <message>
        <source>Edit Connection…</source>
        <translation>Verbindung bearbeiten…</translation>
    </message>
    <message>
        <source>Export %1 in the Schema&apos;s Columns</source>
        <translation>%1 in den Spalten des Schemas exportieren</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The projects and their imported files</source>
        <translation>Die Projekte und ihre importierten Dateien</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s): the Imports view shows their progress.</source>
        <translation>
            <numerusform>%n Datei wird importiert: die Ansicht Importe zeigt den Fortschritt.</numerusform>
            <numerusform>%n Dateien werden importiert: die Ansicht Importe zeigt den Fortschritt.</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 → %2: %3 records so far</source>
        <translation>• %1 → %2: bisher %3 Datensätze</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Unfinished Imports</source>
        <translation>Unvollendete Importe</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) did not finish the last time this database was used.</source>
        <translation>
            <numerusform>%n Import wurde bei der letzten Nutzung dieser Datenbank nicht beendet.</numerusform>
            <numerusform>%n Importe wurden bei der letzten Nutzung dieser Datenbank nicht beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume continues each after its last committed batch. Discard deletes the records they imported. Later leaves them in the Imports view.</source>
        <translation>Fortsetzen macht bei jedem nach seinem letzten festgeschriebenen Stapel weiter. Verwerfen löscht die importierten Datensätze. Später lässt sie in der Ansicht Importe.</translation>
    </message>
    <message>
        <source>Resume All</source>
        <translation>Alle fortsetzen</translation>
    </message>
    <message>
        <source>Discard All…</source>
        <translation>Alle verwerfen…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Discard Unfinished Imports</source>
        <translation>Unvollendete Importe verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n unfinished import(s)?</source>
        <translation>
            <numerusform>%n unvollendeten Import verwerfen?</numerusform>
            <numerusform>%n unvollendete Importe verwerfen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 records they imported are deleted. This cannot be undone.</source>
        <translation>Die %1 importierten Datensätze werden gelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Discard All</source>
        <translation>Alle verwerfen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language applies when Stevedore starts again.</source>
        <translation>Die neue Sprache gilt, sobald Stevedore neu startet.</translation>
    </message>
    <message>
        <source>Restart now? Running imports stop after their current batch and are offered for resuming when Stevedore is back.</source>
        <translation>Jetzt neu starten? Laufende Importe enden nach ihrem aktuellen Stapel und werden nach dem Neustart zum Fortsetzen angeboten.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Import &amp;Templates…</source>
        <translation>Import&amp;vorlagen…</translation>
    </message>
    <message>
        <source>List, edit and delete the named import templates (stevedore template)</source>
        <translation>Die benannten Importvorlagen auflisten, bearbeiten und löschen (stevedore template)</translation>
    </message>
</context>
<context>
    <name>stevedore::MappingEditor</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Auto-match</source>
        <translation>&amp;Automatisch zuordnen</translation>
    </message>
    <message>
        <source>Map unmapped file columns to the schema columns whose names match confidently</source>
        <translation>Nicht zugeordnete Dateispalten den Schemaspalten zuordnen, deren Namen sicher übereinstimmen</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Validieren</translation>
    </message>
    <message>
        <source>Check every mapped value of the file against the edited mapping</source>
        <translation>Jeden zugeordneten Wert der Datei gegen die bearbeitete Zuordnung prüfen</translation>
    </message>
    <message>
        <source>&amp;Save Mapping</source>
        <translation>Zuordnung &amp;speichern</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Load the saved mapping again</source>
        <translation>Die gespeicherte Zuordnung erneut laden</translation>
    </message>
    <message>
        <source>Could not load the mapping: %1</source>
        <translation>Die Zuordnung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load the mapping of %1: %2</source>
        <translation>Die Zuordnung von %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>The schema has no columns yet: define it in the Schema view.</source>
        <translation>Das Schema hat noch keine Spalten: Legen Sie es in der Ansicht „Schema“ fest.</translation>
    </message>
    <message>
        <source>Not validated yet.</source>
        <translation>Noch nicht validiert.</translation>
    </message>
    <message>
        <source>Unsaved Mapping</source>
        <translation>Nicht gespeicherte Zuordnung</translation>
    </message>
    <message>
        <source>The mapping of %1 has unsaved changes.</source>
        <translation>Die Zuordnung von %1 hat nicht gespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Do you want to save them?</source>
        <translation>Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <source>Discarded the changes to the mapping of %1</source>
        <translation>Änderungen an der Zuordnung von %1 verworfen</translation>
    </message>
    <message>
        <source>The mapping of %1 has no changes to save</source>
        <translation>Die Zuordnung von %1 hat keine zu speichernden Änderungen</translation>
    </message>
    <message>
        <source>Saved the mapping of %1 (version %2)</source>
        <translation>Zuordnung von %1 gespeichert (Version %2)</translation>
    </message>
    <message>
        <source>Could not save the mapping of %1: %2</source>
        <translation>Die Zuordnung von %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Mapping Not Saved</source>
        <translation>Zuordnung nicht gespeichert</translation>
    </message>
    <message>
        <source>The mapping of %1 could not be saved.</source>
        <translation>Die Zuordnung von %1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed the mapping of %1 first (%2)</source>
        <translation>Nicht gespeichert: Jemand anderes hat die Zuordnung von %1 zuvor geändert (%2)</translation>
    </message>
    <message>
        <source>Mapping Changed Elsewhere</source>
        <translation>Zuordnung andernorts geändert</translation>
    </message>
    <message>
        <source>The mapping of %1 was changed by someone else after you opened it, so your changes were not saved.</source>
        <translation>Die Zuordnung von %1 wurde nach dem Öffnen von jemand anderem geändert; Ihre Änderungen wurden daher nicht gespeichert.</translation>
    </message>
    <message>
        <source>Reload the mapping? Your unsaved changes will be lost.</source>
        <translation>Die Zuordnung neu laden? Ihre nicht gespeicherten Änderungen gehen verloren.</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message numerus="yes">
        <source>Auto-match applied %n suggestion(s)</source>
        <translation>
            <numerusform>Automatische Zuordnung hat %n Vorschlag übernommen</numerusform>
            <numerusform>Automatische Zuordnung hat %n Vorschläge übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weaker suggestion(s) left for you to decide</source>
        <translation>
            <numerusform>%n schwächerer Vorschlag bleibt Ihnen zur Entscheidung</numerusform>
            <numerusform>%n schwächere Vorschläge bleiben Ihnen zur Entscheidung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Validating %n record(s)…</source>
        <translation>
            <numerusform>%n Datensatz wird validiert…</numerusform>
            <numerusform>%n Datensätze werden validiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Validation failed: %1</source>
        <translation>Validierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not validate %1: %2</source>
        <translation>%1 konnte nicht validiert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Validated %n record(s) against the edited mapping (not saved yet).</source>
        <translation>
            <numerusform>%n Datensatz gegen die bearbeitete Zuordnung validiert (noch nicht gespeichert).</numerusform>
            <numerusform>%n Datensätze gegen die bearbeitete Zuordnung validiert (noch nicht gespeichert).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Validated %n record(s) against the saved mapping.</source>
        <translation>
            <numerusform>%n Datensatz gegen die gespeicherte Zuordnung validiert.</numerusform>
            <numerusform>%n Datensätze gegen die gespeicherte Zuordnung validiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every mapped value is valid.</source>
        <translation>Alle zugeordneten Werte sind gültig.</translation>
    </message>
    <message>
        <source>Required schema columns left unmapped: %1.</source>
        <translation>Nicht zugeordnete Pflichtspalten des Schemas: %1.</translation>
    </message>
    <message>
        <source>The mapping of %1 is valid</source>
        <translation>Die Zuordnung von %1 ist gültig</translation>
    </message>
    <message>
        <source>No file selected.</source>
        <translation>Keine Datei ausgewählt.</translation>
    </message>
    <message>
        <source>File column</source>
        <translation>Dateispalte</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Beispielwerte</translation>
    </message>
    <message>
        <source>Schema column</source>
        <translation>Schemaspalte</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Why it is invalid</source>
        <translation>Grund der Ungültigkeit</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Each file column with the schema column it feeds; F2 edits a cell</source>
        <translation>Jede Dateispalte mit der Schemaspalte, die sie füllt; F2 bearbeitet eine Zelle</translation>
    </message>
    <message>
        <source>Mapping details</source>
        <translation>Details der Zuordnung</translation>
    </message>
    <message>
        <source>The selected file column in full</source>
        <translation>Die ausgewählte Dateispalte vollständig</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n column(s).</source>
        <translation>
            <numerusform>%1 in %n Spalte.</numerusform>
            <numerusform>%1 in %n Spalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid value(s)</source>
        <translation>
            <numerusform>%Ln ungültiger Wert</numerusform>
            <numerusform>%Ln ungültige Werte</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping of %1 has problems: %2, %3</source>
        <translation>Die Zuordnung von %1 hat Probleme: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n required column(s) unmapped</source>
        <translation>
            <numerusform>%n Pflichtspalte nicht zugeordnet</numerusform>
            <numerusform>%n Pflichtspalten nicht zugeordnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in project %2: %Ln record(s), mapping version %3</source>
        <translation>
            <numerusform>%1 im Projekt %2: %Ln Datensatz, Zuordnungsversion %3</numerusform>
            <numerusform>%1 im Projekt %2: %Ln Datensätze, Zuordnungsversion %3</numerusform>
        </translation>
    </message>
    <message>
        <source>From &amp;Earlier File</source>
        <translation>Aus &amp;früherer Datei</translation>
    </message>
    <message>
        <source>Map the columns as in the project&apos;s earlier file whose header matches this one best, corrections included</source>
        <translation>Die Spalten wie in der früheren Datei des Projekts zuordnen, deren Kopfzeile am besten passt, Korrekturen eingeschlossen</translation>
    </message>
    <message>
        <source>No column of this file is mapped yet. From Earlier File maps it as the project&apos;s file with the most alike header; Auto-match maps the columns whose names match the schema. Then adjust the rest by hand.</source>
        <translation>Noch keine Spalte dieser Datei ist zugeordnet. „Aus früherer Datei“ ordnet sie wie die Datei des Projekts mit der ähnlichsten Kopfzeile zu; die automatische Zuordnung ordnet die Spalten zu, deren Namen zum Schema passen. Den Rest passen Sie dann von Hand an.</translation>
    </message>
    <message>
        <source>Could not look for an earlier mapping: %1</source>
        <translation>Nach einer früheren Zuordnung konnte nicht gesucht werden: %1</translation>
    </message>
    <message>
        <source>No earlier file of this project shares a mapped column with this one.</source>
        <translation>Keine frühere Datei dieses Projekts hat eine zugeordnete Spalte mit dieser gemeinsam.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Map as %1</source>
        <translation>Zuordnen wie %1</translation>
    </message>
    <message>
        <source>The mapping already is that of %1.</source>
        <translation>Die Zuordnung ist bereits die von %1.</translation>
    </message>
    <message numerus="yes">
        <source>Mapped %n column(s) as in %1 (confidence %2); save to keep it.</source>
        <translation>
            <numerusform>%n Spalte wie in %1 zugeordnet (Konfidenz %2); speichern, um sie zu behalten.</numerusform>
            <numerusform>%n Spalten wie in %1 zugeordnet (Konfidenz %2); speichern, um sie zu behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the mapping came from: %1</source>
        <translation>Herkunft der Zuordnung: %1</translation>
    </message>
    <message>
        <source>Transform text</source>
        <translation>Transformation als Text</translation>
    </message>
    <message>
        <source>The sample values before and after the transform:</source>
        <translation>Die Beispielwerte vor und nach der Transformation:</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>Rules of this file</source>
        <translation>Regeln dieser Datei</translation>
    </message>
</context>
<context>
    <name>stevedore::MappingModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <source>synonym</source>
        <translation>Synonym</translation>
    </message>
    <message>
        <source>same words</source>
        <translation>gleiche Wörter</translation>
    </message>
    <message>
        <source>similar spelling</source>
        <translation>ähnliche Schreibweise</translation>
    </message>
    <message>
        <source>partly the same words</source>
        <translation>teilweise gleiche Wörter</translation>
    </message>
    <message>
        <source>two equally good candidates</source>
        <translation>zwei gleich gute Kandidaten</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <source>decimal</source>
        <translation>Dezimalzahl</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Boolescher Wert</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>one of a list</source>
        <translation>Wert aus einer Liste</translation>
    </message>
    <message>
        <source>%1, required</source>
        <translation>%1, erforderlich</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(Spalte %1)</translation>
    </message>
    <message>
        <source>The file has more than one column named %1; such a column cannot be mapped.</source>
        <translation>Die Datei hat mehr als eine Spalte namens %1; eine solche Spalte kann nicht zugeordnet werden.</translation>
    </message>
    <message>
        <source>Unmap %1</source>
        <translation>Zuordnung von %1 aufheben</translation>
    </message>
    <message>
        <source>There is no schema column with id %1.</source>
        <translation>Es gibt keine Schemaspalte mit der ID %1.</translation>
    </message>
    <message>
        <source>Map %1 to %2</source>
        <translation>Zuordnung %1 → %2</translation>
    </message>
    <message>
        <source>Map %1 to a schema column before choosing a transform.</source>
        <translation>Ordnen Sie %1 einer Schemaspalte zu, bevor Sie eine Transformation wählen.</translation>
    </message>
    <message>
        <source>%1 is not a transform: %2</source>
        <translation>%1 ist keine Transformation: %2</translation>
    </message>
    <message>
        <source>A date format can only be parsed for a date or date-and-time column, and %1 is not one.</source>
        <translation>Ein Datumsformat kann nur für eine Datums- oder Datum-Uhrzeit-Spalte ausgewertet werden, und %1 ist keine solche.</translation>
    </message>
    <message>
        <source>Set the transform of %1 to %2</source>
        <translation>Transformation von %1 auf %2 setzen</translation>
    </message>
    <message numerus="yes">
        <source>Auto-match %n column(s)</source>
        <translation>
            <numerusform>%n Spalte automatisch zuordnen</numerusform>
            <numerusform>%n Spalten automatisch zuordnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1 of the file. The header repeats this name, so the column cannot be mapped.</source>
        <translation>Spalte %1 der Datei. Die Kopfzeile enthält diesen Namen mehrfach, daher kann die Spalte nicht zugeordnet werden.</translation>
    </message>
    <message>
        <source>Column %1 of the file</source>
        <translation>Spalte %1 der Datei</translation>
    </message>
    <message>
        <source>No values in the first records</source>
        <translation>Keine Werte in den ersten Datensätzen</translation>
    </message>
    <message>
        <source>— unmapped —</source>
        <translation>— nicht zugeordnet —</translation>
    </message>
    <message>
        <source>This schema column no longer exists</source>
        <translation>Diese Schemaspalte existiert nicht mehr</translation>
    </message>
    <message>
        <source>Applied to each value before it is checked and exported</source>
        <translation>Wird auf jeden Wert angewendet, bevor er geprüft und exportiert wird</translation>
    </message>
    <message>
        <source>%1? %2</source>
        <translation>%1? %2</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>Gleichstand</translation>
    </message>
    <message>
        <source>Auto-matched with confidence %1</source>
        <translation>Automatisch zugeordnet mit Konfidenz %1</translation>
    </message>
    <message>
        <source>Auto-match suggests %1 with confidence %2 (%3), below the threshold of %4: not applied</source>
        <translation>Die automatische Zuordnung schlägt %1 mit Konfidenz %2 vor (%3), unter dem Schwellenwert von %4: nicht übernommen</translation>
    </message>
    <message>
        <source>Two schema columns match equally well: left unmapped</source>
        <translation>Zwei Schemaspalten passen gleich gut: nicht zugeordnet</translation>
    </message>
    <message>
        <source>changed: validate again</source>
        <translation>geändert: erneut validieren</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n ungültig</numerusform>
            <numerusform>%n ungültig</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>The mapping of this column changed since it was validated</source>
        <translation>Die Zuordnung dieser Spalte hat sich seit der Validierung geändert</translation>
    </message>
    <message>
        <source>Every value is valid for %1</source>
        <translation>Alle Werte sind für %1 gültig</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid value(s) for %1</source>
        <translation>
            <numerusform>%n ungültiger Wert für %1</numerusform>
            <numerusform>%n ungültige Werte für %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2 (%3)</source>
        <translation>Zeile %1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Mapped from %1 now; choosing it here unmaps that column</source>
        <translation>Derzeit aus %1 zugeordnet; wenn Sie sie hier wählen, wird die Zuordnung jener Spalte aufgehoben</translation>
    </message>
    <message>
        <source>Values written as %1 become ISO 8601 dates</source>
        <translation>Als %1 geschriebene Werte werden zu ISO-8601-Datumsangaben</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Trim spaces</source>
        <translation>Leerzeichen an den Rändern entfernen</translation>
    </message>
    <message>
        <source>Upper case</source>
        <translation>Großbuchstaben</translation>
    </message>
    <message>
        <source>Lower case</source>
        <translation>Kleinbuchstaben</translation>
    </message>
    <message>
        <source>Date from %1</source>
        <translation>Datum aus %1</translation>
    </message>
    <message>
        <source>There is no schema column named %1.</source>
        <translation>Es gibt keine Schemaspalte namens %1.</translation>
    </message>
    <message>
        <source>File column</source>
        <translation>Dateispalte</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Beispielwerte</translation>
    </message>
    <message>
        <source>Schema column</source>
        <translation>Schemaspalte</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>lines %1</source>
        <translation>Zeilen %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Before → after the transform:</source>
        <translation>Vorher → nachher:</translation>
    </message>
    <message>
        <source>Spaces before and after the value are removed</source>
        <translation>Leerzeichen vor und nach dem Wert werden entfernt</translation>
    </message>
    <message>
        <source>Spaces are trimmed, and runs of spaces inside become one</source>
        <translation>Leerzeichen an den Rändern werden entfernt, mehrere im Wert werden zu einem</translation>
    </message>
    <message>
        <source>%1 (in any case) become empty values; type null-if:A|B for others</source>
        <translation>%1 (in beliebiger Schreibung) werden zu leeren Werten; für andere null-if:A|B eingeben</translation>
    </message>
    <message>
        <source>Numbers written the %1 way become plain numbers (1234.56)</source>
        <translation>Zahlen in der Schreibweise „%1“ werden zu einfachen Zahlen (1234.56)</translation>
    </message>
    <message>
        <source>Steps: %1</source>
        <translation>Schritte: %1</translation>
    </message>
    <message>
        <source>Collapse spaces</source>
        <translation>Leerzeichen zusammenfassen</translation>
    </message>
    <message>
        <source>Empty if %1</source>
        <translation>Leer bei %1</translation>
    </message>
    <message>
        <source>Number written %1</source>
        <translation>Zahl geschrieben %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message numerus="yes">
        <source>Look up %n value(s)</source>
        <translation>
            <numerusform>%n Wert nachschlagen</numerusform>
            <numerusform>%n Werte nachschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 + %n rule(s) of this file</source>
        <translation>
            <numerusform>%1 + %n Regel dieser Datei</numerusform>
            <numerusform>%1 + %n Regeln dieser Datei</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules of this file, checked after the schema column&apos;s:</source>
        <translation>Regeln dieser Datei, geprüft nach denen der Schemaspalte:</translation>
    </message>
</context>
<context>
    <name>stevedore::PreviewModel</name>
    <message>
        <source>Line %1 will be rejected: %2</source>
        <translation>Zeile %1 wird abgewiesen: %2</translation>
    </message>
    <message>
        <source>(extra %1)</source>
        <translation>(zusätzlich %1)</translation>
    </message>
    <message>
        <source>%1 will be rejected: %2</source>
        <translation>%1 wird abgewiesen: %2</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
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
    <message>
        <source>Not mapped: no column of this file feeds “%1”.</source>
        <translation>Nicht zugeordnet: Keine Spalte dieser Datei liefert Werte für „%1“.</translation>
    </message>
    <message>
        <source>Invalid %1 value “%2”: %3</source>
        <translation>Ungültiger Wert „%2“ für den Typ %1: %3</translation>
    </message>
    <message>
        <source>%1 (%2): not mapped</source>
        <translation>%1 (%2): nicht zugeordnet</translation>
    </message>
    <message>
        <source>%1 (%2), from the file column “%3”</source>
        <translation>%1 (%2), aus der Dateispalte „%3“</translation>
    </message>
    <message>
        <source>%1 (%2), from the file column “%3” with the transform %4</source>
        <translation>%1 (%2), aus der Dateispalte „%3“ mit der Transformation %4</translation>
    </message>
    <message>
        <source>Fixed “%1” → “%2”, still invalid: %3</source>
        <translation>Korrigiert „%1“ → „%2“, weiterhin ungültig: %3</translation>
    </message>
    <message>
        <source>Fixed “%1” → “%2”; not applied yet (Apply Fixes).</source>
        <translation>Korrigiert „%1“ → „%2“; noch nicht angewendet (Korrekturen anwenden).</translation>
    </message>
    <message>
        <source>Fix %1 on Line %2</source>
        <translation>%1 in Zeile %2 korrigieren</translation>
    </message>
    <message>
        <source>Revert %1 on Line %2</source>
        <translation>%1 in Zeile %2 zurücksetzen</translation>
    </message>
    <message>
        <source>Discard Fixes</source>
        <translation>Korrekturen verwerfen</translation>
    </message>
</context>
<context>
    <name>stevedore::RecordsView</name>
    <message>
        <source>Search records (on the server)</source>
        <translation>Datensätze durchsuchen (auf dem Server)</translation>
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
    <message>
        <source>Shows the records containing this text in any column of the file as imported (the raw values, also in the mapped view). The search runs in the database, page by page as you scroll.</source>
        <translation>Zeigt die Datensätze, die diesen Text in einer beliebigen Spalte der Datei wie importiert enthalten (die Rohwerte, auch in der zugeordneten Ansicht). Die Suche läuft in der Datenbank, seitenweise beim Blättern.</translation>
    </message>
    <message>
        <source>The schema has no columns yet — use the Schema view.</source>
        <translation>Das Schema hat noch keine Spalten – verwenden Sie die Ansicht „Schema“.</translation>
    </message>
    <message>
        <source>No column of this file is mapped yet — use the Mapping view.</source>
        <translation>Noch keine Spalte dieser Datei ist zugeordnet – verwenden Sie die Ansicht „Zuordnung“.</translation>
    </message>
    <message>
        <source>Could not load the file&apos;s mapping: %1</source>
        <translation>Die Zuordnung der Datei konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Exports the whole file as shown: the schema&apos;s columns, through the file&apos;s mapping</source>
        <translation>Exportiert die ganze Datei wie angezeigt: die Spalten des Schemas, über die Zuordnung der Datei</translation>
    </message>
    <message>
        <source>Exports the whole file as shown: the fields as imported</source>
        <translation>Exportiert die ganze Datei wie angezeigt: die Felder wie importiert</translation>
    </message>
    <message>
        <source>No file selected. Choose a file in the Projects tree to see its records, or drop files on the window to import them.</source>
        <translation>Keine Datei ausgewählt. Wählen Sie eine Datei im Projektbaum, um ihre Datensätze zu sehen, oder ziehen Sie Dateien auf das Fenster, um sie zu importieren.</translation>
    </message>
    <message>
        <source>%1 has no records.</source>
        <translation>%1 enthält keine Datensätze.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>The records of the selected file; invalid values are marked</source>
        <translation>Die Datensätze der ausgewählten Datei; ungültige Werte sind markiert</translation>
    </message>
    <message>
        <source>Records of %1</source>
        <translation>Datensätze von %1</translation>
    </message>
    <message>
        <source>The records in the schema&apos;s columns, through the file&apos;s mapping; values that fail their column&apos;s type or rules are highlighted and can be corrected (double-click)</source>
        <translation>Die Datensätze in den Spalten des Schemas, über die Zuordnung der Datei; Werte, die Typ oder Regeln ihrer Spalte verletzen, sind hervorgehoben und lassen sich korrigieren (Doppelklick)</translation>
    </message>
    <message>
        <source>&amp;Apply Fixes</source>
        <translation>Korrekturen &amp;anwenden</translation>
    </message>
    <message>
        <source>Stores the corrected values in the file, in one transaction, each with an audit entry (who and when, before and after). Until then, Undo takes a fix back.</source>
        <translation>Speichert die korrigierten Werte in einer Transaktion in der Datei, jeden mit einem Protokolleintrag (wer und wann, vorher und nachher). Bis dahin nimmt Rückgängig eine Korrektur zurück.</translation>
    </message>
    <message>
        <source>&amp;Discard Fixes</source>
        <translation>Korrekturen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Drops the corrections not applied yet (Undo brings them back)</source>
        <translation>Verwirft die noch nicht angewendeten Korrekturen (Rückgängig holt sie zurück)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n Fix(es)</source>
        <translation>
            <numerusform>%n Korrektur &amp;anwenden</numerusform>
            <numerusform>%n Korrekturen &amp;anwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying fixes…</source>
        <translation>Korrekturen werden angewendet…</translation>
    </message>
    <message>
        <source>Could not apply the fixes: %1</source>
        <translation>Die Korrekturen konnten nicht angewendet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Corrected %n value(s)</source>
        <translation>
            <numerusform>%n Wert korrigiert</numerusform>
            <numerusform>%n Werte korrigiert</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay in the table; correct them and apply again.</source>
        <translation>Sie bleiben in der Tabelle; korrigieren Sie sie und wenden Sie sie erneut an.</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) not applied yet</source>
        <translation>
            <numerusform>%n Korrektur noch nicht angewendet</numerusform>
            <numerusform>%n Korrekturen noch nicht angewendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n of them still invalid (see the cell&apos;s tooltip)</source>
        <translation>
            <numerusform>; davon %n weiterhin ungültig (siehe Tooltip der Zelle)</numerusform>
            <numerusform>; davon %n weiterhin ungültig (siehe Tooltip der Zelle)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stevedore::RejectsModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Raw record</source>
        <translation>Rohdatensatz</translation>
    </message>
    <message>
        <source>Fix Line %1</source>
        <translation>Zeile %1 korrigieren</translation>
    </message>
    <message>
        <source>Revert Line %1</source>
        <translation>Zeile %1 zurücksetzen</translation>
    </message>
    <message>
        <source>The file cannot take fixes now.</source>
        <translation>Die Datei kann jetzt keine Korrekturen aufnehmen.</translation>
    </message>
    <message>
        <source>Empty: the record stays rejected.</source>
        <translation>Leer: Der Datensatz bleibt abgewiesen.</translation>
    </message>
    <message>
        <source>Fixed: %1
Rejected as: %2</source>
        <translation>Korrigiert: %1
Abgewiesen als: %2</translation>
    </message>
    <message>
        <source>Double-click the raw record to fix it.</source>
        <translation>Doppelklick auf den Rohdatensatz, um ihn zu korrigieren.</translation>
    </message>
    <message>
        <source>Ready to apply</source>
        <translation>Bereit zum Anwenden</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Double-click a raw record (or press F2) to fix it; the Fix column checks it at once.</source>
        <translation>Doppelklick auf einen Rohdatensatz (oder F2), um ihn zu korrigieren; die Spalte „Korrektur“ prüft ihn sofort.</translation>
    </message>
</context>
<context>
    <name>stevedore::RulesDialog</name>
    <message>
        <source>regular expression the whole value must match, e.g. [A-Z]{2}-\d{3}</source>
        <translation>regulärer Ausdruck, dem der ganze Wert entsprechen muss, z. B. [A-Z]{2}-\d{3}</translation>
    </message>
    <message>
        <source>a date: 2026-01-31</source>
        <translation>ein Datum: 2026-01-31</translation>
    </message>
    <message>
        <source>a moment: 2026-01-31T12:00:00Z</source>
        <translation>ein Zeitpunkt: 2026-01-31T12:00:00Z</translation>
    </message>
    <message>
        <source>a number: 0, 9.5, -1e3</source>
        <translation>eine Zahl: 0, 9.5, -1e3</translation>
    </message>
    <message>
        <source>characters: 0, 1, 2, …</source>
        <translation>Zeichen: 0, 1, 2, …</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Minimum length</source>
        <translation>Mindestlänge</translation>
    </message>
    <message>
        <source>Maximum length</source>
        <translation>Höchstlänge</translation>
    </message>
    <message>
        <source>Unique in the file</source>
        <translation>Eindeutig in der Datei</translation>
    </message>
    <message>
        <source>Unique in the project</source>
        <translation>Eindeutig im Projekt</translation>
    </message>
    <message>
        <source>Required with</source>
        <translation>Pflicht mit</translation>
    </message>
    <message>
        <source>Required without</source>
        <translation>Pflicht ohne</translation>
    </message>
    <message>
        <source>Validation Rules of “%1”</source>
        <translation>Prüfregeln von „%1“</translation>
    </message>
    <message>
        <source>Checked by Validate and shown in the Mapped view, on the value after the mapping&apos;s transform (%1 column). An empty value is checked only by the required rules.</source>
        <translation>Von „Validieren“ geprüft und in der Ansicht „Zugeordnet“ gezeigt, am Wert nach der Umwandlung der Zuordnung (Spalte vom Typ %1). Ein leerer Wert wird nur von den Pflichtregeln geprüft.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>One rule a row, checked in this order</source>
        <translation>Eine Regel je Zeile, in dieser Reihenfolge geprüft</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Other column</source>
        <translation>Andere Spalte</translation>
    </message>
    <message>
        <source>Message (optional)</source>
        <translation>Meldung (optional)</translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Rule</source>
        <translation>Regel &amp;entfernen</translation>
    </message>
    <message>
        <source>Type a value to check it</source>
        <translation>Einen Wert eingeben, um ihn zu prüfen</translation>
    </message>
    <message>
        <source>Test a value</source>
        <translation>Einen Wert testen</translation>
    </message>
    <message>
        <source>&amp;Test a value:</source>
        <translation>Wert &amp;testen:</translation>
    </message>
    <message>
        <source>The unique and required-with/-without rules need the other records: Validate checks them.</source>
        <translation>Die Regeln „eindeutig“ und „Pflicht mit/ohne“ brauchen die anderen Datensätze: „Validieren“ prüft sie.</translation>
    </message>
    <message>
        <source>✗ Not a valid %1 value: %2</source>
        <translation>✗ Kein gültiger Wert vom Typ %1: %2</translation>
    </message>
    <message>
        <source>Fix the rules above to test them.</source>
        <translation>Korrigieren Sie die Regeln oben, um sie zu testen.</translation>
    </message>
    <message>
        <source>✗ Breaks rule %1 (%2): %3</source>
        <translation>✗ Verletzt Regel %1 (%2): %3</translation>
    </message>
    <message>
        <source>✓ Passes the type and the rules that look at one value.</source>
        <translation>✓ Erfüllt den Typ und die Regeln, die einen einzelnen Wert prüfen.</translation>
    </message>
</context>
<context>
    <name>stevedore::SchemaEditor</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>renamed from “%1”</source>
        <translation>umbenannt von „%1“</translation>
    </message>
    <message>
        <source>type %1 → %2</source>
        <translation>Typ %1 → %2</translation>
    </message>
    <message>
        <source>moved to position %1</source>
        <translation>an Position %1 verschoben</translation>
    </message>
    <message>
        <source>required, description or values changed</source>
        <translation>Pflichtangabe, Beschreibung oder Werte geändert</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>file column “%1”</source>
        <translation>Dateispalte „%1“</translation>
    </message>
    <message>
        <source>mapping removed</source>
        <translation>Zuordnung entfernt</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid value(s)</source>
        <translation>
            <numerusform>%n ungültiger Wert</numerusform>
            <numerusform>%n ungültige Werte</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add Column</source>
        <translation>Spalte &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a column after the current one</source>
        <translation>Eine Spalte nach der aktuellen hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Column</source>
        <translation>Spalte &amp;entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Edit &amp;Values…</source>
        <translation>Werte &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the allowed values of an enum column, one a line</source>
        <translation>Die zulässigen Werte einer Aufzählungsspalte bearbeiten, einen pro Zeile</translation>
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
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Discard unsaved edits and load the schema from the database</source>
        <translation>Nicht gespeicherte Änderungen verwerfen und das Schema aus der Datenbank laden</translation>
    </message>
    <message>
        <source>A&amp;pply…</source>
        <translation>&amp;Anwenden…</translation>
    </message>
    <message>
        <source>Could not load the schema: %1</source>
        <translation>Das Schema konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Schema version %1 loaded.</source>
        <translation>Schemaversion %1 geladen.</translation>
    </message>
    <message>
        <source>Discard your unsaved edits and reload the schema?</source>
        <translation>Ihre nicht gespeicherten Änderungen verwerfen und das Schema neu laden?</translation>
    </message>
    <message>
        <source>Reload Schema</source>
        <translation>Schema neu laden</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved edit(s) will be lost.</source>
        <translation>
            <numerusform>%n nicht gespeicherte Änderung geht verloren.</numerusform>
            <numerusform>%n nicht gespeicherte Änderungen gehen verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard and Reload</source>
        <translation>Verwerfen und neu laden</translation>
    </message>
    <message>
        <source>column_%1</source>
        <translation>spalte_%1</translation>
    </message>
    <message>
        <source>Enum Values</source>
        <translation>Aufzählungswerte</translation>
    </message>
    <message>
        <source>Allowed values of “%1”, one a line (empty lines are ignored):</source>
        <translation>Zulässige Werte von „%1“, einer pro Zeile (leere Zeilen werden ignoriert):</translation>
    </message>
    <message>
        <source>Edit Values of “%1”</source>
        <translation>Werte von „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Checking the changes…</source>
        <translation>Änderungen werden geprüft…</translation>
    </message>
    <message>
        <source>Nothing to apply: the edits leave the schema as it is.</source>
        <translation>Nichts anzuwenden: Die Änderungen lassen das Schema unverändert.</translation>
    </message>
    <message>
        <source>Apply Schema Changes</source>
        <translation>Schemaänderungen anwenden</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s) to the schema? Version %1 becomes %2.</source>
        <translation>
            <numerusform>%n Änderung auf das Schema anwenden? Aus Version %1 wird %2.</numerusform>
            <numerusform>%n Änderungen auf das Schema anwenden? Aus Version %1 wird %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No file mapping is affected.</source>
        <translation>Keine Dateizuordnung ist betroffen.</translation>
    </message>
    <message numerus="yes">
        <source>%n file mapping(s) affected:</source>
        <translation>
            <numerusform>%n Dateizuordnung betroffen:</numerusform>
            <numerusform>%n Dateizuordnungen betroffen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s)</source>
        <translation>
            <numerusform>%n Zuordnung</numerusform>
            <numerusform>%n Zuordnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>The schema changes were not applied.</source>
        <translation>Die Schemaänderungen wurden nicht angewendet.</translation>
    </message>
    <message>
        <source>Applying the schema changes…</source>
        <translation>Schemaänderungen werden angewendet…</translation>
    </message>
    <message numerus="yes">
        <source>Schema version %1 applied (%n change(s)).</source>
        <translation>
            <numerusform>Schemaversion %1 angewendet (%n Änderung).</numerusform>
            <numerusform>Schemaversion %1 angewendet (%n Änderungen).</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema changes could not be applied.</source>
        <translation>Die Schemaänderungen konnten nicht angewendet werden.</translation>
    </message>
    <message>
        <source>Someone else changed the schema since you loaded it; your changes were not applied.</source>
        <translation>Jemand anderes hat das Schema seit dem Laden geändert; Ihre Änderungen wurden nicht angewendet.</translation>
    </message>
    <message>
        <source>Reload to see the current schema (your edits are discarded), or keep editing.</source>
        <translation>Laden Sie neu, um das aktuelle Schema zu sehen (Ihre Änderungen werden verworfen), oder bearbeiten Sie weiter.</translation>
    </message>
    <message>
        <source>Reload…</source>
        <translation>Neu laden…</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Discard your edits and load the current schema?</source>
        <translation>Ihre Änderungen verwerfen und das aktuelle Schema laden?</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>Fix the problems marked in the table first</source>
        <translation>Beheben Sie zuerst die in der Tabelle markierten Probleme</translation>
    </message>
    <message>
        <source>Show the pending changes and apply them to the database</source>
        <translation>Die ausstehenden Änderungen anzeigen und auf die Datenbank anwenden</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Keine Datenbank</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Version %1, unsaved changes</source>
        <translation>Version %1, nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before Apply:</source>
        <translation>
            <numerusform>%n Problem vor dem Anwenden zu beheben:</numerusform>
            <numerusform>%n Probleme vor dem Anwenden zu beheben:</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Unapplied Schema Edits</source>
        <translation>Nicht angewendete Schemaänderungen</translation>
    </message>
    <message>
        <source>The schema has edits that are not applied yet.</source>
        <translation>Das Schema hat Änderungen, die noch nicht angewendet sind.</translation>
    </message>
    <message>
        <source>Review and apply them in the Schema view, or discard them?</source>
        <translation>Sie in der Ansicht „Schema“ prüfen und anwenden oder verwerfen?</translation>
    </message>
    <message>
        <source>Review and Apply…</source>
        <translation>Prüfen und anwenden…</translation>
    </message>
    <message>
        <source>Create From Header</source>
        <translation>Aus Kopfzeile erstellen</translation>
    </message>
    <message>
        <source>Select a file in the Projects tree first</source>
        <translation>Wählen Sie zuerst eine Datei im Projektbaum</translation>
    </message>
    <message>
        <source>One text column for each column of %1: %2</source>
        <translation>Eine Textspalte für jede Spalte von %1: %2</translation>
    </message>
    <message>
        <source>The schema has no columns yet. Add them with Add Column, or select a file in the Projects tree to create them from its header.</source>
        <translation>Das Schema hat noch keine Spalten. Fügen Sie sie mit „Spalte hinzufügen“ hinzu, oder wählen Sie eine Datei im Projektbaum, um sie aus ihrer Kopfzeile zu erstellen.</translation>
    </message>
    <message>
        <source>The schema has no columns yet. Create one for each column of %1, then set their types, or add them one by one with Add Column.</source>
        <translation>Das Schema hat noch keine Spalten. Erstellen Sie eine für jede Spalte von %1 und legen Sie dann ihre Typen fest, oder fügen Sie sie einzeln mit „Spalte hinzufügen“ hinzu.</translation>
    </message>
    <message>
        <source>create columns from %1</source>
        <translation>Spalten aus %1 erstellen</translation>
    </message>
    <message>
        <source>Schema columns</source>
        <translation>Schemaspalten</translation>
    </message>
    <message>
        <source>The columns of the schema; problems are marked in their cells</source>
        <translation>Die Spalten des Schemas; Probleme sind in ihren Zellen markiert</translation>
    </message>
    <message>
        <source>Edit &amp;Rules…</source>
        <translation>Re&amp;geln bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the column&apos;s validation rules: pattern, bounds, lengths, unique, required with another column</source>
        <translation>Die Prüfregeln der Spalte bearbeiten: Muster, Grenzen, Längen, eindeutig, Pflicht mit einer anderen Spalte</translation>
    </message>
    <message>
        <source>Edit Rules of “%1”</source>
        <translation>Regeln von „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>stevedore::SchemaModel</name>
    <message>
        <source>Add Column “%1”</source>
        <translation>Spalte „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove Column “%1”</source>
        <translation>Spalte „%1“ entfernen</translation>
    </message>
    <message>
        <source>Move Column “%1”</source>
        <translation>Spalte „%1“ verschieben</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Integer</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <source>Decimal</source>
        <translation>Dezimalzahl</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>Boolescher Wert</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Enumeration</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <source>Comma-separated; use Edit Values… for values that contain commas</source>
        <translation>Durch Kommas getrennt; für Werte mit Kommas „Werte bearbeiten…“ verwenden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Enum values</source>
        <translation>Aufzählungswerte</translation>
    </message>
    <message>
        <source>Make “%1” Required</source>
        <translation>„%1“ als erforderlich festlegen</translation>
    </message>
    <message>
        <source>Make “%1” Optional</source>
        <translation>„%1“ als optional festlegen</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>„%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Change Type of “%1”</source>
        <translation>Typ von „%1“ ändern</translation>
    </message>
    <message>
        <source>Change Description of “%1”</source>
        <translation>Beschreibung von „%1“ ändern</translation>
    </message>
    <message>
        <source>Change Values of “%1”</source>
        <translation>Werte von „%1“ ändern</translation>
    </message>
    <message>
        <source>Double-click or Edit Rules… to edit the validation rules</source>
        <translation>Doppelklick oder „Regeln bearbeiten…“, um die Prüfregeln zu bearbeiten</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
</context>
<context>
    <name>stevedore::TemplatesDialog</name>
    <message>
        <source>Import Templates</source>
        <translation>Importvorlagen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Unique, case does not matter; `stevedore import --template NAME` uses it. A saved template keeps its name.</source>
        <translation>Eindeutig, Groß- und Kleinschreibung zählt nicht; `stevedore import --template NAME` verwendet ihn. Eine gespeicherte Vorlage behält ihren Namen.</translation>
    </message>
    <message>
        <source>The first</source>
        <translation>Das erste</translation>
    </message>
    <message>
        <source>A workbook&apos;s sheet by name or 1-based number</source>
        <translation>Das Tabellenblatt einer Arbeitsmappe, nach Name oder Nummer (ab 1)</translation>
    </message>
    <message>
        <source>Rows of a sheet above its header row</source>
        <translation>Zeilen eines Tabellenblatts über seiner Kopfzeile</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>Stop an import once more than N records (&quot;1000&quot;) or N % of those read (&quot;2.5%&quot;) are rejected; empty: no limit</source>
        <translation>Einen Import anhalten, sobald mehr als N Datensätze („1000“) oder N % der gelesenen („2.5%“) abgewiesen sind; leer: keine Grenze</translation>
    </message>
    <message>
        <source>All or nothing: a failed import keeps nothing of the file</source>
        <translation>Alles oder nichts: Ein fehlgeschlagener Import behält nichts von der Datei</translation>
    </message>
    <message>
        <source>File column</source>
        <translation>Dateispalte</translation>
    </message>
    <message>
        <source>Schema column</source>
        <translation>Schemaspalte</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>&amp;Add Column</source>
        <translation>Spalte &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Column</source>
        <translation>Spalte &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Stores the template as a new version (Ctrl+S)</source>
        <translation>Speichert die Vorlage als neue Version (Strg+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>De&amp;limiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Anführungszeichen:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>Kopf&amp;zeile:</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Blatt:</translation>
    </message>
    <message>
        <source>Skip &amp;rows:</source>
        <translation>Zeilen &amp;überspringen:</translation>
    </message>
    <message>
        <source>Stop after re&amp;jects:</source>
        <translation>Anhalten nach A&amp;bweisungen:</translation>
    </message>
    <message>
        <source>Mapping:</source>
        <translation>Zuordnung:</translation>
    </message>
    <message>
        <source>Could not read the templates: %1</source>
        <translation>Die Vorlagen konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Version %1, %n mapped column(s)</source>
        <translation>
            <numerusform>Version %1, %n zugeordnete Spalte</numerusform>
            <numerusform>Version %1, %n zugeordnete Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>The template “%1” has changes that are not saved.</source>
        <translation>Die Vorlage „%1“ hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Discard them to show another template?</source>
        <translation>Verwerfen, um eine andere Vorlage anzuzeigen?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>No template is shown.</source>
        <translation>Keine Vorlage wird angezeigt.</translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation>Die Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <source>A template named “%1” exists already.</source>
        <translation>Eine Vorlage namens „%1“ gibt es schon.</translation>
    </message>
    <message>
        <source>Fixed width needs the columns of a fixed-width file: save one imported that way as a template (stevedore template save NAME --project P --file F).</source>
        <translation>Feste Breite braucht die Spalten einer Datei fester Breite: Speichern Sie eine so importierte Datei als Vorlage (stevedore template save NAME --project P --file F).</translation>
    </message>
    <message>
        <source>“%1” is no rejects limit: give a number of records (1000) or a share (2.5%).</source>
        <translation>„%1“ ist keine Grenze für Abweisungen: Geben Sie eine Zahl von Datensätzen (1000) oder einen Anteil (2.5%) an.</translation>
    </message>
    <message>
        <source>Mapping row %1 names no file column.</source>
        <translation>Zuordnungszeile %1 nennt keine Dateispalte.</translation>
    </message>
    <message>
        <source>Mapping row %1: “%2” is not a schema column.</source>
        <translation>Zuordnungszeile %1: „%2“ ist keine Schemaspalte.</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>Discard them to start a new template?</source>
        <translation>Verwerfen, um eine neue Vorlage zu beginnen?</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved the template “%1”, version %2</source>
        <translation>Vorlage „%1“ gespeichert, Version %2</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the import template “%1”?</source>
        <translation>Die Importvorlage „%1“ löschen?</translation>
    </message>
    <message>
        <source>Files imported with it keep their mapping. This cannot be undone.</source>
        <translation>Damit importierte Dateien behalten ihre Zuordnung. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Deleted the template “%1”</source>
        <translation>Vorlage „%1“ gelöscht</translation>
    </message>
    <message>
        <source>No import template yet: New starts one.</source>
        <translation>Noch keine Importvorlage: „Neu“ beginnt eine.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Version %1, saved %2 by %3</source>
        <translation>Version %1, gespeichert am %2 von %3</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>einem unbekannten Benutzer</translation>
    </message>
    <message>
        <source> — changed, not saved</source>
        <translation> — geändert, nicht gespeichert</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Which file column feeds which schema column, with an optional transform such as trim or number:de_DE and validation rules of its own</source>
        <translation>Welche Dateispalte welche Schemaspalte füllt, mit optionaler Umwandlung wie trim oder number:de_DE und eigenen Prüfregeln</translation>
    </message>
    <message>
        <source>Edit R&amp;ules…</source>
        <translation>R&amp;egeln bearbeiten…</translation>
    </message>
    <message>
        <source>Validation rules that each file mapped with this template gets for the row&apos;s schema column, on top of the schema&apos;s own</source>
        <translation>Prüfregeln, die jede mit dieser Vorlage zugeordnete Datei für die Schemaspalte der Zeile erhält, zusätzlich zu denen des Schemas</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Double-click or Edit Rules… to edit them</source>
        <translation>Doppelklick oder „Regeln bearbeiten…“, um sie zu bearbeiten</translation>
    </message>
    <message>
        <source>Template Rules for “%1”</source>
        <translation>Vorlagenregeln für „%1“</translation>
    </message>
    <message>
        <source>Each file mapped with this template gets these rules for “%1”, checked after the schema column&apos;s own, on the value after the transform. An empty value is checked only by the required rules.</source>
        <translation>Jede mit dieser Vorlage zugeordnete Datei erhält diese Regeln für „%1“. Sie werden nach denen der Schemaspalte geprüft, am Wert nach der Umwandlung. Ein leerer Wert wird nur von den Pflichtregeln geprüft.</translation>
    </message>
    <message>
        <source>Mapping row %1, rules for “%2”: %3</source>
        <translation>Zuordnungszeile %1, Regeln für „%2“: %3</translation>
    </message>
</context>
<context>
    <name>stevedore::TimeSeriesChart</name>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>fortgesetzt</translation>
    </message>
    <message>
        <source>retried</source>
        <translation>wiederholt</translation>
    </message>
    <message>
        <source>Time since the start</source>
        <translation>Zeit seit dem Start</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
</context>
</TS>
