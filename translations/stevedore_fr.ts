<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>stevedore::BusyIndicator</name>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
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
            <translation>Se connecter à une base de données</translation>
        </message>
        <message>
            <source>Recent connections</source>
            <translation>Connexions récentes</translation>
        </message>
        <message>
            <source>&amp;Embedded (SQLite file)</source>
            <translation>&amp;Intégrée (fichier SQLite)</translation>
        </message>
        <message>
            <source>&amp;PostgreSQL server</source>
            <translation>Serveur &amp;PostgreSQL</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>Se &amp;connecter</translation>
        </message>
        <message>
            <source>&amp;Test Connection</source>
            <translation>&amp;Tester la connexion</translation>
        </message>
        <message>
            <source>A new or existing database file</source>
            <translation>Un fichier de base de données nouveau ou existant</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Fichier :</translation>
        </message>
        <message>
            <source>Paste a postgresql:// URI to fill in the fields</source>
            <translation>Collez une URI postgresql:// pour remplir les champs</translation>
        </message>
        <message>
            <source>localhost</source>
            <translation>localhost</translation>
        </message>
        <message>
            <source>default (5432)</source>
            <translation>par défaut (5432)</translation>
        </message>
        <message>
            <source>default (prefer)</source>
            <translation>par défaut (prefer)</translation>
        </message>
        <message>
            <source>Empty: from ~/.pgpass or PGPASSWORD</source>
            <translation>Vide : depuis ~/.pgpass ou PGPASSWORD</translation>
        </message>
        <message>
            <source>Kept in memory for this session only, never saved.</source>
            <translation>Conservé en mémoire pour cette session uniquement, jamais enregistré.</translation>
        </message>
        <message>
            <source>One postgresql:// URI per line</source>
            <translation>Une URI postgresql:// par ligne</translation>
        </message>
        <message>
            <source>Connected through a transaction &amp;pooler (PgBouncer)</source>
            <translation>Connecté via un &amp;pooler de transactions (PgBouncer)</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> ms</translation>
        </message>
        <message>
            <source>&amp;URI:</source>
            <translation>&amp;URI :</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>&amp;Hôte :</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>P&amp;ort :</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Base de données :</translation>
        </message>
        <message>
            <source>U&amp;ser:</source>
            <translation>&amp;Utilisateur :</translation>
        </message>
        <message>
            <source>SS&amp;L mode:</source>
            <translation>Mode SS&amp;L :</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Mot de pa&amp;sse :</translation>
        </message>
        <message>
            <source>&amp;Replicas:</source>
            <translation>&amp;Réplicas :</translation>
        </message>
        <message>
            <source>Max replica &amp;lag:</source>
            <translation>&amp;Retard maximal des réplicas :</translation>
        </message>
        <message>
            <source>Choose an SQLite Database</source>
            <translation>Choisir une base de données SQLite</translation>
        </message>
        <message>
            <source>SQLite databases (*.sqlite *.sqlite3 *.db)</source>
            <translation>Bases de données SQLite (*.sqlite *.sqlite3 *.db)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Choose an SQLite database file.</source>
            <translation>Choisissez un fichier de base de données SQLite.</translation>
        </message>
        <message>
            <source>Enter the name of the database.</source>
            <translation>Saisissez le nom de la base de données.</translation>
        </message>
        <message>
            <source>A replica must be a postgresql:// URI.</source>
            <translation>Un réplica doit être une URI postgresql://.</translation>
        </message>
        <message>
            <source>Testing %1…</source>
            <translation>Test de %1…</translation>
        </message>
        <message>
            <source>Connection failed: %1</source>
            <translation>Échec de la connexion : %1</translation>
        </message>
        <message>
            <source>Connected to %1.</source>
            <translation>Connecté à %1.</translation>
        </message>
        <message>
            <source>Round trip of SELECT 1: %1 ms.</source>
            <translation>Aller-retour de SELECT 1 : %1 ms.</translation>
        </message>
        <message>
            <source>Replica %1: not checked yet.</source>
            <translation>Réplica %1 : pas encore vérifié.</translation>
        </message>
        <message>
            <source>Replica %1: unreachable (%2).</source>
            <translation>Réplica %1 : injoignable (%2).</translation>
        </message>
        <message>
            <source>Replica %1: reachable, lag unknown.</source>
            <translation>Réplica %1 : joignable, retard inconnu.</translation>
        </message>
        <message>
            <source>Replica %1: reachable, %2 ms behind.</source>
            <translation>Réplica %1 : joignable, %2 ms de retard.</translation>
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
            <translation>Connexion à %1 %2…</translation>
        </message>
        <message>
            <source>Not connected: %1 %2</source>
            <translation>Non connecté : %1 %2</translation>
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
            <translation>Serveur principal seul</translation>
        </message>
        <message>
            <source>No read replicas: every query goes to the primary.</source>
            <translation>Aucun réplica de lecture : toutes les requêtes vont au serveur principal.</translation>
        </message>
        <message>
            <source>%1: down (%2)</source>
            <translation>%1 : hors service (%2)</translation>
        </message>
        <message>
            <source>%1: up, lag unknown</source>
            <translation>%1 : disponible, retard inconnu</translation>
        </message>
        <message>
            <source>%1: up, lag %2 ms%3</source>
            <translation>%1 : disponible, retard %2 ms%3</translation>
        </message>
        <message>
            <source> (too far behind)</source>
            <translation> (trop en retard)</translation>
        </message>
        <message>
            <source>Replicas: %1 of %2 usable</source>
            <translation>Réplicas : %1 sur %2 utilisables</translation>
        </message>
        <message>
            <source>Pooler: transaction</source>
            <translation>Pooler : transaction</translation>
        </message>
        <message>
            <source>Pooler: none</source>
            <translation>Pooler : aucun</translation>
        </message>
        <message>
            <source>Behind a transaction pooler (PgBouncer): no session state is kept between transactions.</source>
            <translation>Derrière un pooler de transactions (PgBouncer) : aucun état de session n’est conservé entre les transactions.</translation>
        </message>
        <message>
            <source>Direct connections to the server.</source>
            <translation>Connexions directes au serveur.</translation>
        </message>
        <message>
            <source>Pool: %1 busy / %2 open / %3 waiting</source>
            <translation>Pool : %1 occupées / %2 ouvertes / %3 en attente</translation>
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
            <translation>Export de %1…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation>impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <source>Export failed: %1</source>
            <translation>Échec de l’export : %1</translation>
        </message>
        <message>
            <source>Export cancelled.</source>
            <translation>Export annulé.</translation>
        </message>
        <message>
            <source>Exported %1 records to %2.</source>
            <translation>%1 enregistrements exportés vers %2.</translation>
        </message>
        <message>
            <source>Exported %1 of %2 records…</source>
            <translation>%1 enregistrements sur %2 exportés…</translation>
        </message>
    </context>
    <context>
        <name>stevedore::FilesModel</name>
        <message>
            <source>Imported</source>
            <translation>Importé</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Importation en cours</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Échoué</translation>
        </message>
        <message>
            <source>%1/%2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 octets</translation>
        </message>
        <message>
            <source>%1 of %2 columns mapped to the schema</source>
            <translation>%1 colonnes sur %2 associées au schéma</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Enregistrements</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Imported at</source>
            <translation>Importé le</translation>
        </message>
        <message>
            <source>Mapping</source>
            <translation>Correspondance</translation>
        </message>
        <message>
            <source>Rejects</source>
            <translation>Rejets</translation>
        </message>
    </context>
    <context>
        <name>stevedore::FilesView</name>
        <message>
            <source>Filter files by name</source>
            <translation>Filtrer les fichiers par nom</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n fichier</numerusform>
                <numerusform>%n fichiers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n file(s)</source>
            <translation>
                <numerusform>%1 sur %n fichier</numerusform>
                <numerusform>%1 sur %n fichiers</numerusform>
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
            <translation type="unfinished">Annuler</translation>
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
            <translation type="unfinished">Fichiers CSV (*.csv)</translation>
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
            <translation type="unfinished">Importé</translation>
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
            <translation type="unfinished">Annulation…</translation>
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
            <translation type="unfinished">Échoué</translation>
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
            <translation type="unfinished">Projet</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records</source>
            <translation type="unfinished">Enregistrements</translation>
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
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Unknown error</source>
            <translation>Erreur inconnue</translation>
        </message>
        <message>
            <source>--max-replica-lag must be a duration such as 500ms or 2s</source>
            <translation>--max-replica-lag doit être une durée comme 500ms ou 2s</translation>
        </message>
        <message>
            <source>Stevedore</source>
            <translation>Stevedore</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Système</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>Projets</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Fichiers</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Enregistrements</translation>
        </message>
        <message>
            <source>Schema</source>
            <translation>Schéma</translation>
        </message>
        <message>
            <source>The schema editor is not available yet.</source>
            <translation>L’éditeur de schéma n’est pas encore disponible.</translation>
        </message>
        <message>
            <source>Mapping</source>
            <translation>Correspondance</translation>
        </message>
        <message>
            <source>The mapping editor is not available yet.</source>
            <translation>L’éditeur de correspondances n’est pas encore disponible.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Connect…</source>
            <translation>Se &amp;connecter…</translation>
        </message>
        <message>
            <source>&amp;Recent Connections</source>
            <translation>Connexions &amp;récentes</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>A&amp;ctualiser</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Rechercher…</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Outils</translation>
        </message>
        <message>
            <source>Import the &amp;Demo Project</source>
            <translation>Importer le projet de &amp;démonstration</translation>
        </message>
        <message>
            <source>Open the &amp;Log Folder</source>
            <translation>Ouvrir le dossier des &amp;journaux</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;About Stevedore</source>
            <translation>À &amp;propos de Stevedore</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>À propos de &amp;Qt</translation>
        </message>
        <message>
            <source>No recent connections</source>
            <translation>Aucune connexion récente</translation>
        </message>
        <message>
            <source>The language will change when Stevedore is restarted.</source>
            <translation>La langue changera au prochain démarrage de Stevedore.</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Non connecté</translation>
        </message>
        <message>
            <source>About Stevedore</source>
            <translation>À propos de Stevedore</translation>
        </message>
        <message>
            <source>Stevedore %1</source>
            <translation>Stevedore %1</translation>
        </message>
        <message>
            <source>Imports CSV files into projects and lets you browse them.

Qt %1 (built with %2)
Database: %3</source>
            <translation>Importe des fichiers CSV dans des projets et permet de les consulter.

Qt %1 (compilé avec %2)
Base de données : %3</translation>
        </message>
        <message>
            <source>Stevedore — %1</source>
            <translation>Stevedore — %1</translation>
        </message>
        <message>
            <source>Cannot Open the Database</source>
            <translation>Impossible d’ouvrir la base de données</translation>
        </message>
        <message>
            <source>%1

Use File → Connect… to choose another database.</source>
            <translation>%1

Utilisez Fichier → Se connecter… pour choisir une autre base de données.</translation>
        </message>
        <message>
            <source>Welcome to Stevedore</source>
            <translation>Bienvenue dans Stevedore</translation>
        </message>
        <message>
            <source>This database has no projects yet. Create a demo project from the bundled sample files?</source>
            <translation>Cette base de données ne contient encore aucun projet. Créer un projet de démonstration à partir des fichiers d’exemple fournis ?</translation>
        </message>
        <message numerus="yes">
            <source>It imports %n small CSV file(s) into a project named “demo”.</source>
            <translation>
                <numerusform>Cela importe %n petit fichier CSV dans un projet nommé « demo ».</numerusform>
                <numerusform>Cela importe %n petits fichiers CSV dans un projet nommé « demo ».</numerusform>
            </translation>
        </message>
        <message>
            <source>Create Demo Project</source>
            <translation>Créer le projet de démonstration</translation>
        </message>
        <message>
            <source>Not Now</source>
            <translation>Pas maintenant</translation>
        </message>
        <message>
            <source>Importing the demo project…</source>
            <translation>Importation du projet de démonstration…</translation>
        </message>
        <message>
            <source>Demo Project</source>
            <translation>Projet de démonstration</translation>
        </message>
        <message>
            <source>Some sample files could not be imported:
%1</source>
            <translation>Certains fichiers d’exemple n’ont pas pu être importés :
%1</translation>
        </message>
        <message>
            <source>The demo project is ready.</source>
            <translation>Le projet de démonstration est prêt.</translation>
        </message>
        <message>
            <source>Export %1</source>
            <translation>Exporter %1</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>JSON Lines files (*.jsonl)</source>
            <translation>Fichiers JSON Lines (*.jsonl)</translation>
        </message>
        <message>
            <source>An export is running already.</source>
            <translation>Un export est déjà en cours.</translation>
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
            <translation>&amp;Nouveau projet…</translation>
        </message>
        <message>
            <source>&amp;Rename Project…</source>
            <translation>&amp;Renommer le projet…</translation>
        </message>
        <message>
            <source>&amp;Delete Project…</source>
            <translation>&amp;Supprimer le projet…</translation>
        </message>
        <message>
            <source>Stevedore</source>
            <translation>Stevedore</translation>
        </message>
        <message>
            <source>New Project</source>
            <translation>Nouveau projet</translation>
        </message>
        <message>
            <source>Name of the new project:</source>
            <translation>Nom du nouveau projet :</translation>
        </message>
        <message>
            <source>Rename Project</source>
            <translation>Renommer le projet</translation>
        </message>
        <message>
            <source>New name of the project “%1”:</source>
            <translation>Nouveau nom du projet « %1 » :</translation>
        </message>
        <message>
            <source>The project “%1” does not exist any more.</source>
            <translation>Le projet « %1 » n’existe plus.</translation>
        </message>
        <message>
            <source>Delete Project</source>
            <translation>Supprimer le projet</translation>
        </message>
        <message>
            <source>Delete the project “%1”?</source>
            <translation>Supprimer le projet « %1 » ?</translation>
        </message>
        <message numerus="yes">
            <source>Its %n file(s) and %1 records will be deleted. This cannot be undone.</source>
            <translation>
                <numerusform>%n fichier et %1 enregistrements seront supprimés. Cette action est irréversible.</numerusform>
                <numerusform>%n fichiers et %1 enregistrements seront supprimés. Cette action est irréversible.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Cannot create the project: %1</source>
            <translation>Impossible de créer le projet : %1</translation>
        </message>
        <message>
            <source>Created the project “%1”.</source>
            <translation>Projet « %1 » créé.</translation>
        </message>
        <message>
            <source>Cannot rename the project: %1</source>
            <translation>Impossible de renommer le projet : %1</translation>
        </message>
        <message>
            <source>Renamed the project “%1” to “%2”.</source>
            <translation>Projet « %1 » renommé en « %2 ».</translation>
        </message>
        <message>
            <source>Cannot delete the project: %1</source>
            <translation>Impossible de supprimer le projet : %1</translation>
        </message>
        <message>
            <source>Deleted the project “%1” and its %2 records.</source>
            <translation>Projet « %1 » et ses %2 enregistrements supprimés.</translation>
        </message>
    </context>
    <context>
        <name>stevedore::ProjectsModel</name>
        <message>
            <source>%1: %2 records</source>
            <translation>%1 : %2 enregistrements</translation>
        </message>
        <message numerus="yes">
            <source>Project %1: %n file(s)</source>
            <translation>
                <numerusform>Projet %1 : %n fichier</numerusform>
                <numerusform>Projet %1 : %n fichiers</numerusform>
            </translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Projet</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Enregistrements</translation>
        </message>
    </context>
    <context>
        <name>stevedore::RecentConnections</name>
        <message numerus="yes">
            <source>(+%n replica(s))</source>
            <translation>
                <numerusform>(+%n réplica)</numerusform>
                <numerusform>(+%n réplicas)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>stevedore::RecordsModel</name>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>Record %1, line %2</source>
            <translation>Enregistrement %1, ligne %2</translation>
        </message>
    </context>
    <context>
        <name>stevedore::RecordsView</name>
        <message>
            <source>Search records (on the server)</source>
            <translation>Rechercher des enregistrements (sur le serveur)</translation>
        </message>
        <message>
            <source>Shows the records containing this text in any column. The search runs in the database, page by page as you scroll.</source>
            <translation>Affiche les enregistrements contenant ce texte dans une colonne quelconque. La recherche s’exécute dans la base de données, page par page au fil du défilement.</translation>
        </message>
        <message>
            <source>Raw</source>
            <translation>Brut</translation>
        </message>
        <message>
            <source>The records as imported</source>
            <translation>Les enregistrements tels qu’importés</translation>
        </message>
        <message>
            <source>Mapped</source>
            <translation>Mappé</translation>
        </message>
        <message>
            <source>The records mapped to the schema (not available yet)</source>
            <translation>Les enregistrements associés au schéma (pas encore disponible)</translation>
        </message>
        <message>
            <source>Export as &amp;CSV…</source>
            <translation>Exporter en &amp;CSV…</translation>
        </message>
        <message>
            <source>Export as &amp;JSON Lines…</source>
            <translation>Exporter en &amp;JSON Lines…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copier</translation>
        </message>
        <message>
            <source>Go to &amp;Start</source>
            <translation>Aller au &amp;début</translation>
        </message>
        <message>
            <source>Go to &amp;End</source>
            <translation>Aller à la &amp;fin</translation>
        </message>
        <message>
            <source>%1 records</source>
            <translation>%1 enregistrements</translation>
        </message>
        <message>
            <source>First %1 matches; refine the search</source>
            <translation>%1 premiers résultats ; affinez la recherche</translation>
        </message>
        <message>
            <source>%1 matches</source>
            <translation>%1 résultats</translation>
        </message>
        <message>
            <source>%1 matches so far</source>
            <translation>%1 résultats jusqu’ici</translation>
        </message>
        <message numerus="yes">
            <source>Copied %n row(s).</source>
            <translation>
                <numerusform>%n ligne copiée.</numerusform>
                <numerusform>%n lignes copiées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n selected row(s) not loaded yet were left out.</source>
            <translation>
                <numerusform>%n ligne sélectionnée pas encore chargée a été ignorée.</numerusform>
                <numerusform>%n lignes sélectionnées pas encore chargées ont été ignorées.</numerusform>
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
