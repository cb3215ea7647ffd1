<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>stevedore::AboutDialog</name>
    <message>
        <source>About Stevedore</source>
        <translation>À propos de Stevedore</translation>
    </message>
    <message>
        <source>Stevedore %1</source>
        <translation>Stevedore %1</translation>
    </message>
    <message>
        <source>Commit:</source>
        <translation>Commit :</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt :</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite :</translation>
    </message>
    <message>
        <source>libpq:</source>
        <translation>libpq :</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence :</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier des données :</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Dossier du journal :</translation>
    </message>
    <message>
        <source>The operators&apos; console for a data-import database.</source>
        <translation>La console des opérateurs d’une base d’import de données.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>stevedore::BenchDialog</name>
    <message>
        <source>Run Benchmark</source>
        <translation>Lancer le benchmark</translation>
    </message>
    <message>
        <source>&amp;Quick (under 2 minutes)</source>
        <translation>&amp;Rapide (moins de 2 minutes)</translation>
    </message>
    <message>
        <source>&amp;Full (under 15 minutes)</source>
        <translation>&amp;Complet (moins de 15 minutes)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>All cases (or e.g. pool, files)</source>
        <translation>Tous les cas (ou p. ex. pool, files)</translation>
    </message>
    <message>
        <source>Comma-separated case names: pool, import, files, mapping, tablecheck, schema, cache, logging, pooler, replica.</source>
        <translation>Noms des cas, séparés par des virgules : pool, import, files, mapping, tablecheck, schema, cache, logging, pooler, replica.</translation>
    </message>
    <message>
        <source>Runs every optimisation against its naive baseline in a scratch project of this database, removed afterwards.</source>
        <translation>Compare chaque optimisation à sa référence naïve dans un projet temporaire de cette base de données, supprimé ensuite.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode :</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>Dossier de &amp;sortie :</translation>
    </message>
    <message>
        <source>O&amp;nly cases:</source>
        <translation>&amp;Uniquement les cas :</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Annuler l’exécution</translation>
    </message>
    <message>
        <source>&amp;Open Report</source>
        <translation>&amp;Ouvrir le rapport</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Terminé : %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Cannot create the output folder %1.</source>
        <translation>Impossible de créer le dossier de sortie %1.</translation>
    </message>
    <message>
        <source>The benchmark did not finish.</source>
        <translation>Le benchmark ne s’est pas terminé.</translation>
    </message>
    <message>
        <source>Benchmark Output Folder</source>
        <translation>Dossier de sortie du benchmark</translation>
    </message>
    <message>
        <source>Replicas:</source>
        <translation>Réplicas :</translation>
    </message>
    <message>
        <source>Benchmark output</source>
        <translation>Sortie du banc d’essai</translation>
    </message>
</context>
<context>
    <name>stevedore::BenchProcess</name>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Cancelling: removing the benchmark&apos;s scratch data…</source>
        <translation>Annulation : suppression des données temporaires du benchmark…</translation>
    </message>
    <message>
        <source>Running %1 (%2 of %3)…</source>
        <translation>Exécution de %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <source>Finished %1 (%2 of %3)</source>
        <translation>%1 terminé (%2 sur %3)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Rédaction du rapport…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>The benchmark crashed.</source>
        <translation>Le benchmark a planté.</translation>
    </message>
    <message>
        <source>The benchmark was stopped from outside.</source>
        <translation>Le benchmark a été arrêté de l’extérieur.</translation>
    </message>
    <message>
        <source>The benchmark ended with exit code %1.</source>
        <translation>Le benchmark s’est terminé avec le code de sortie %1.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>Impossible de démarrer %1 : %2</translation>
    </message>
</context>
<context>
    <name>stevedore::BusyIndicator</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
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
        <translation>%1 j</translation>
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
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Chart exported by Stevedore</source>
        <translation>Graphique exporté par Stevedore</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
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
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Exporter en SVG…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export Data as CSV…</source>
        <translation>Exporter les données en CSV…</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Copier l’image</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>A chart; its Export button saves it as an image or its data as CSV</source>
        <translation>Un graphique ; son bouton Exporter l’enregistre en image ou ses données en CSV</translation>
    </message>
    <message>
        <source>This chart has no data yet.</source>
        <translation>Ce graphique n’a pas encore de données.</translation>
    </message>
    <message>
        <source>Nothing to export: %1</source>
        <translation>Rien à exporter : %1</translation>
    </message>
    <message>
        <source>Export this chart or copy it (%1)</source>
        <translation>Exporter ou copier ce graphique (%1)</translation>
    </message>
    <message>
        <source>Chart copied</source>
        <translation>Graphique copié</translation>
    </message>
    <message>
        <source>Image Size</source>
        <translation>Taille de l’image</translation>
    </message>
    <message>
        <source>Text Size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>Small (96 dpi)</source>
        <translation>Petite (96 ppp)</translation>
    </message>
    <message>
        <source>Normal (192 dpi, default)</source>
        <translation>Normale (192 ppp, par défaut)</translation>
    </message>
    <message>
        <source>Large (288 dpi)</source>
        <translation>Grande (288 ppp)</translation>
    </message>
</context>
<context>
    <name>stevedore::Confirmation</name>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
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
        <translation>
            <numerusform>%n dernière minute</numerusform>
            <numerusform>%n dernières minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Export All…</source>
        <translation>Tout exporter…</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Import throughput</source>
        <translation>Débit d’importation</translation>
    </message>
    <message>
        <source>records/s</source>
        <translation>enregistrements/s</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importés</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetés</translation>
    </message>
    <message>
        <source>Cache hit ratio</source>
        <translation>Taux de succès du cache</translation>
    </message>
    <message>
        <source>Hit ratio</source>
        <translation>Taux de succès</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>per s</source>
        <translation>par s</translation>
    </message>
    <message>
        <source>%1 hit ratio</source>
        <translation>%1 : taux de succès</translation>
    </message>
    <message>
        <source>%1 hits</source>
        <translation>%1 : succès</translation>
    </message>
    <message>
        <source>%1 misses</source>
        <translation>%1 : échecs</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Replica lag</source>
        <translation>Retard des réplicas</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>replica %1</source>
        <translation>réplica %1</translation>
    </message>
    <message>
        <source>Export All Charts To</source>
        <translation>Exporter tous les graphiques vers</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Run Benchmark…</source>
        <translation>Lancer le benchmark…</translation>
    </message>
    <message>
        <source>Measure every optimisation against its naive baseline on this database, in the background, and open the report.</source>
        <translation>Mesurer chaque optimisation par rapport à sa référence naïve sur cette base de données, en arrière-plan, puis ouvrir le rapport.</translation>
    </message>
    <message>
        <source>readers</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>writer</source>
        <translation>écriture</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primaire</translation>
    </message>
    <message>
        <source>lookups</source>
        <translation>cache</translation>
    </message>
    <message>
        <source>Write every chart that has data as PNG, SVG, PDF and CSV into a folder.</source>
        <translation>Écrire chaque graphique qui a des données en PNG, SVG, PDF et CSV dans un dossier.</translation>
    </message>
    <message>
        <source>Not connected to a database</source>
        <translation>Aucune base de données connectée</translation>
    </message>
    <message>
        <source>Finished jobs</source>
        <translation>Tâches terminées</translation>
    </message>
    <message>
        <source>Select a job to chart its throughput, or several to compare them</source>
        <translation>Choisir une tâche pour tracer son débit, ou plusieurs pour les comparer</translation>
    </message>
    <message>
        <source>Finished jobs:</source>
        <translation>Tâches terminées :</translation>
    </message>
    <message>
        <source>Ctrl+click or Shift+click several jobs to compare their throughput on elapsed time.</source>
        <translation>Ctrl+clic ou Maj+clic sur plusieurs tâches pour comparer leur débit sur le temps écoulé.</translation>
    </message>
    <message>
        <source>Reading the finished jobs…</source>
        <translation>Lecture des tâches terminées…</translation>
    </message>
    <message numerus="yes">
        <source>No records imported in the last %n minute(s)</source>
        <translation>
            <numerusform>Aucun enregistrement importé dans la dernière minute</numerusform>
            <numerusform>Aucun enregistrement importé dans les %n dernières minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>No cache has published statistics yet</source>
        <translation>Aucun cache n’a encore publié de statistiques</translation>
    </message>
    <message numerus="yes">
        <source>No cache lookups in the last %n minute(s)</source>
        <translation>
            <numerusform>Aucune recherche en cache dans la dernière minute</numerusform>
            <numerusform>Aucune recherche en cache dans les %n dernières minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Connections in use</source>
        <translation>Connexions utilisées</translation>
    </message>
    <message>
        <source>No connection pool has published figures yet</source>
        <translation>Aucun pool de connexions n’a encore publié de chiffres</translation>
    </message>
    <message>
        <source>Connection acquire wait (p95)</source>
        <translation>Attente d’une connexion (p95)</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>No replica lag measured yet</source>
        <translation>Aucun retard de réplique mesuré pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>%n fichier écrit dans %1.</numerusform>
            <numerusform>%n fichiers écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped, nothing to show: %1.</source>
        <translation>Ignorés, rien à montrer : %1.</translation>
    </message>
    <message>
        <source>No finished imports yet</source>
        <translation>Aucun import terminé pour l’instant</translation>
    </message>
    <message>
        <source>Pick one or more finished jobs</source>
        <translation>Choisir une ou plusieurs tâches terminées</translation>
    </message>
    <message>
        <source>Cannot read the jobs&apos; history: %1</source>
        <translation>Impossible de lire l’historique des tâches : %1</translation>
    </message>
    <message>
        <source>The selected jobs no longer exist</source>
        <translation>Les tâches choisies n’existent plus</translation>
    </message>
    <message>
        <source>This job recorded no throughput</source>
        <translation>Cette tâche n’a enregistré aucun débit</translation>
    </message>
    <message>
        <source>None of these jobs recorded any throughput</source>
        <translation>Aucune de ces tâches n’a enregistré de débit</translation>
    </message>
    <message>
        <source>Import throughput of past jobs</source>
        <translation>Débit d’importation des tâches passées</translation>
    </message>
</context>
<context>
    <name>stevedore::FileActions</name>
    <message>
        <source>&amp;Open Records</source>
        <translation>&amp;Ouvrir les enregistrements</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Show Re&amp;jects</source>
        <translation>Afficher les re&amp;jets</translation>
    </message>
    <message>
        <source>Re-&amp;import (Replace)…</source>
        <translation>Ré&amp;importer (remplacer)…</translation>
    </message>
    <message>
        <source>&amp;Delete File…</source>
        <translation>&amp;Supprimer le fichier…</translation>
    </message>
    <message>
        <source>Stevedore</source>
        <translation>Stevedore</translation>
    </message>
    <message>
        <source>Rejects of %1</source>
        <translation>Rejets de %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Cannot read the rejects: %1</source>
        <translation>Impossible de lire les rejets : %1</translation>
    </message>
    <message>
        <source>No record of this file was rejected.</source>
        <translation>Aucun enregistrement de ce fichier n’a été rejeté.</translation>
    </message>
    <message>
        <source>The first %1 of %2 rejected records.</source>
        <translation>Les %1 premiers des %2 enregistrements rejetés.</translation>
    </message>
    <message>
        <source>%1 rejected records.</source>
        <translation>%1 enregistrements rejetés.</translation>
    </message>
    <message>
        <source>Re-import %1</source>
        <translation>Réimporter %1</translation>
    </message>
    <message>
        <source>Re-importing “%1” from %2.</source>
        <translation>Réimportation de « %1 » depuis %2.</translation>
    </message>
    <message>
        <source>Delete File</source>
        <translation>Supprimer le fichier</translation>
    </message>
    <message>
        <source>Delete “%1” and its %2 records from the project “%3”?</source>
        <translation>Supprimer « %1 » et ses %2 enregistrements du projet « %3 » ?</translation>
    </message>
    <message>
        <source>Its mapping and import history go with it. This cannot be undone.</source>
        <translation>Sa correspondance et son historique d’import sont supprimés avec lui. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Cannot delete the file: %1</source>
        <translation>Impossible de supprimer le fichier : %1</translation>
    </message>
    <message>
        <source>Deleted “%1” and its %2 records from the project “%3”.</source>
        <translation>« %1 » et ses %2 enregistrements ont été supprimés du projet « %3 ».</translation>
    </message>
</context>
<context>
    <name>stevedore::FileDialog</name>
    <message>
        <source>%1 belongs to the database Stevedore has open. Choose another file.</source>
        <translation>%1 appartient à la base de données ouverte par Stevedore. Choisissez un autre fichier.</translation>
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
    <message numerus="yes">
        <source>Exported %1 records to %2; %n value(s) do not fit their column&apos;s type and were written as they are.</source>
        <translation>
            <numerusform>%1 enregistrements exportés vers %2 ; %n valeur ne correspond pas au type de sa colonne et a été écrite telle quelle.</numerusform>
            <numerusform>%1 enregistrements exportés vers %2 ; %n valeurs ne correspondent pas au type de leur colonne et ont été écrites telles quelles.</numerusform>
        </translation>
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
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>The files of the selected project</source>
        <translation>Les fichiers du projet sélectionné</translation>
    </message>
</context>
<context>
    <name>stevedore::FixReport</name>
    <message numerus="yes">
        <source>; %n had been applied before</source>
        <translation>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be applied</source>
        <translation>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Some Fixes Were Not Applied</source>
        <translation>Certaines corrections n’ont pas été appliquées</translation>
    </message>
</context>
<context>
    <name>stevedore::FixedWidthEditor</name>
    <message>
        <source>Fixed-width lines</source>
        <translation>Lignes à largeur fixe</translation>
    </message>
    <message>
        <source>The file&apos;s first lines under a ruler. Click between two characters, or move with Left and Right and press Space, to add or remove a column boundary</source>
        <translation>Les premières lignes du fichier sous une règle. Cliquez entre deux caractères, ou placez-vous avec Gauche et Droite et appuyez sur Espace, pour ajouter ou retirer une limite de colonne</translation>
    </message>
    <message>
        <source>Li&amp;nes: click between two characters to add or remove a column boundary.</source>
        <translation>Li&amp;gnes : cliquez entre deux caractères pour ajouter ou retirer une limite de colonne.</translation>
    </message>
    <message>
        <source>Column names</source>
        <translation>Noms des colonnes</translation>
    </message>
    <message>
        <source>One name per column, under the characters it takes; edit a name to rename the column</source>
        <translation>Un nom par colonne, sous ses caractères ; modifiez un nom pour renommer la colonne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Colu&amp;mn names:</source>
        <translation>Noms des colo&amp;nnes :</translation>
    </message>
    <message>
        <source>Load Spe&amp;c…</source>
        <translation>&amp;Charger une spécification…</translation>
    </message>
    <message>
        <source>Read the columns from a spec file: CSV with the columns column,start,length, as csvkit&apos;s in2csv takes it.</source>
        <translation>Lire les colonnes d’un fichier de spécification : un CSV aux colonnes column,start,length, comme in2csv de csvkit le lit.</translation>
    </message>
    <message>
        <source>Sa&amp;ve Spec…</source>
        <translation>Enregist&amp;rer la spécification…</translation>
    </message>
    <message>
        <source>Write these columns as a spec file (column,start,length; starts counted from 0).</source>
        <translation>Écrire ces colonnes dans un fichier de spécification (column,start,length ; débuts comptés à partir de 0).</translation>
    </message>
    <message>
        <source>Clear Columns</source>
        <translation>Effacer les colonnes</translation>
    </message>
    <message>
        <source>Remove every boundary and name.</source>
        <translation>Retirer toutes les limites et tous les noms.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a column spec (larger than 1 MiB).</source>
        <translation>%1 n’est pas une spécification de colonnes (plus de 1 Mio).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) from %1.</source>
        <translation>
            <numerusform>%n colonne lue dans %1.</numerusform>
            <numerusform>%n colonnes lues dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Load Column Spec</source>
        <translation>Charger une spécification de colonnes</translation>
    </message>
    <message>
        <source>Column specs (*.csv);;All files (*)</source>
        <translation>Spécifications de colonnes (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save Column Spec</source>
        <translation>Enregistrer la spécification de colonnes</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Characters %1 to %2 of each line</source>
        <translation>Caractères %1 à %2 de chaque ligne</translation>
    </message>
</context>
<context>
    <name>stevedore::FixedWidthView</name>
    <message>
        <source>Click to remove the boundary after character %1</source>
        <translation>Cliquez pour retirer la limite après le caractère %1</translation>
    </message>
    <message>
        <source>Click to split the columns after character %1</source>
        <translation>Cliquez pour couper les colonnes après le caractère %1</translation>
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
        <translation>UTF-8 avec BOM</translation>
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
        <translation>Importer %1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n files</source>
        <translation>
            <numerusform>Importer %n fichier</numerusform>
            <numerusform>Importer %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>The project to import into; a new name creates the project.</source>
        <translation>Le projet dans lequel importer ; un nouveau nom crée le projet.</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Barre verticale ( | )</translation>
    </message>
    <message>
        <source>Double quote ( &quot; )</source>
        <translation>Guillemet double ( &quot; )</translation>
    </message>
    <message>
        <source>Single quote ( &apos; )</source>
        <translation>Guillemet simple ( &apos; )</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>First record is the header</source>
        <translation>Le premier enregistrement est l’en-tête</translation>
    </message>
    <message>
        <source>No header</source>
        <translation>Pas d’en-tête</translation>
    </message>
    <message>
        <source>Apply to All Files</source>
        <translation>Appliquer à tous les fichiers</translation>
    </message>
    <message>
        <source>Suggested mapping (from column names; edit it in the Mapping view after the import):</source>
        <translation>Correspondance proposée (d’après les noms de colonnes ; modifiable dans la vue Correspondance après l’importation) :</translation>
    </message>
    <message>
        <source>File column</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Schema column</source>
        <translation>Colonne du schéma</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Guillemet :</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>En-&amp;tête :</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet :</translation>
    </message>
    <message>
        <source>Refused: %1 %2</source>
        <translation>Refusé : %1 %2</translation>
    </message>
    <message>
        <source>%1 (reading…)</source>
        <translation>%1 (lecture…)</translation>
    </message>
    <message>
        <source>%1 (refused)</source>
        <translation>%1 (refusé)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Detected: %1, %2, %3 — confidence %4 %</source>
        <translation>Détecté : %1, %2, %3 — confiance %4 %</translation>
    </message>
    <message>
        <source>header</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>pas d’en-tête</translation>
    </message>
    <message>
        <source>(low: check the preview)</source>
        <translation>(faible : vérifiez l’aperçu)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the file; all shown.</source>
        <translation>
            <numerusform>%n enregistrement dans le fichier ; tous affichés.</numerusform>
            <numerusform>%n enregistrements dans le fichier ; tous affichés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %n record(s) shown (from the first %1 KiB of %2 KiB).</source>
        <translation>
            <numerusform>%n premier enregistrement affiché (sur les %1 premiers Kio de %2 Kio).</numerusform>
            <numerusform>%n premiers enregistrements affichés (sur les %1 premiers Kio de %2 Kio).</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>%1 % (%2)</source>
        <translation>%1 % (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Import %n Files</source>
        <translation>
            <numerusform>Importer %n fichier</numerusform>
            <numerusform>Importer %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a database.</source>
        <translation>Non connecté à une base de données.</translation>
    </message>
    <message>
        <source>Choose a project.</source>
        <translation>Choisissez un projet.</translation>
    </message>
    <message>
        <source>The character that encloses fields holding the delimiter or line breaks; None reads quotes as plain text.</source>
        <translation>Le caractère qui entoure les champs contenant le séparateur ou des sauts de ligne ; avec « Aucun », les guillemets sont lus comme du texte.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The first records of the file as they will be read; rejected lines are marked</source>
        <translation>Les premiers enregistrements du fichier tels qu’ils seront lus ; les lignes rejetées sont marquées</translation>
    </message>
    <message>
        <source>Suggested mapping</source>
        <translation>Correspondance proposée</translation>
    </message>
    <message>
        <source>The schema column suggested for each column of the file</source>
        <translation>La colonne du schéma proposée pour chaque colonne du fichier</translation>
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
        <translation>Largeur fixe</translation>
    </message>
    <message>
        <source>gzip-compressed</source>
        <translation>compressé gzip</translation>
    </message>
    <message>
        <source>bzip2-compressed</source>
        <translation>compressé bzip2</translation>
    </message>
    <message>
        <source>xz-compressed</source>
        <translation>compressé xz</translation>
    </message>
    <message>
        <source>zstd-compressed</source>
        <translation>compressé zstd</translation>
    </message>
    <message>
        <source>zip archive</source>
        <translation>archive zip</translation>
    </message>
    <message>
        <source>%1 in a zip archive</source>
        <translation>%1 dans une archive zip</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Excel workbook, %n sheet(s).</source>
        <translation>
            <numerusform>Classeur Excel, %n feuille.</numerusform>
            <numerusform>Classeur Excel, %n feuilles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OpenDocument spreadsheet, %n sheet(s).</source>
        <translation>
            <numerusform>Classeur OpenDocument, %n feuille.</numerusform>
            <numerusform>Classeur OpenDocument, %n feuilles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Zip archive, %n file(s).</source>
        <translation>
            <numerusform>Archive zip, %n fichier.</numerusform>
            <numerusform>Archive zip, %n fichiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; read decompressed.</source>
        <translation>%1 ; lu décompressé.</translation>
    </message>
    <message>
        <source>Files to import (*.csv *.tsv *.txt *.dat *.xlsx *.ods *.json *.jsonl *.ndjson *.zip *.gz *.bz2 *.xz *.zst);;Delimited text (*.csv *.tsv *.txt);;Workbooks (*.xlsx *.ods);;JSON (*.json *.jsonl *.ndjson);;Archives and compressed files (*.zip *.gz *.bz2 *.xz *.zst);;All files (*)</source>
        <translation>Fichiers à importer (*.csv *.tsv *.txt *.dat *.xlsx *.ods *.json *.jsonl *.ndjson *.zip *.gz *.bz2 *.xz *.zst);;Texte délimité (*.csv *.tsv *.txt);;Classeurs (*.xlsx *.ods);;JSON (*.json *.jsonl *.ndjson);;Archives et fichiers compressés (*.zip *.gz *.bz2 *.xz *.zst);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>What the file holds. Detected from its content; choose another kind to read it as that (fixed-width text is never detected).</source>
        <translation>Ce que contient le fichier. Détecté d’après son contenu ; choisissez un autre type pour le lire ainsi (le texte à largeur fixe n’est jamais détecté).</translation>
    </message>
    <message>
        <source>Rows above the header row to leave out (a title, notes).</source>
        <translation>Lignes au-dessus de la ligne d’en-tête à ignorer (un titre, des notes).</translation>
    </message>
    <message>
        <source>Check or uncheck every part at once.</source>
        <translation>Cocher ou décocher toutes les parties à la fois.</translation>
    </message>
    <message>
        <source>Parts of the file</source>
        <translation>Parties du fichier</translation>
    </message>
    <message>
        <source>The sheets of the workbook or the files of the archive: the checked ones are imported, each as a file of the project; the selected one is previewed</source>
        <translation>Les feuilles du classeur ou les fichiers de l’archive : ceux cochés sont importés, chacun comme un fichier du projet ; celui sélectionné est prévisualisé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>S&amp;kip rows:</source>
        <translation>Lignes à &amp;ignorer :</translation>
    </message>
    <message>
        <source>No sheet of %1 is checked: check the sheets to import.</source>
        <translation>Aucune feuille de %1 n’est cochée : cochez les feuilles à importer.</translation>
    </message>
    <message>
        <source>No file of %1 is checked: check the files to import.</source>
        <translation>Aucun fichier de %1 n’est coché : cochez les fichiers à importer.</translation>
    </message>
    <message>
        <source>Fixed-width text needs columns: click between two characters of the lines above to cut them, or load a spec.</source>
        <translation>Le texte à largeur fixe a besoin de colonnes : cliquez entre deux caractères des lignes ci-dessus pour les couper, ou chargez une spécification.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n sheet(s))</source>
        <translation>
            <numerusform>%1 (%n feuille)</numerusform>
            <numerusform>%1 (%n feuilles)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n file(s))</source>
        <translation>
            <numerusform>%1 (%n fichier)</numerusform>
            <numerusform>%1 (%n fichiers)</numerusform>
        </translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Détecté : %1</translation>
    </message>
    <message>
        <source>&amp;Sheets:</source>
        <translation>&amp;Feuilles :</translation>
    </message>
    <message>
        <source>Fi&amp;les in the archive:</source>
        <translation>Fic&amp;hiers de l’archive :</translation>
    </message>
    <message numerus="yes">
        <source>&amp;All %n sheet(s)</source>
        <translation>
            <numerusform>Toutes &amp;les feuilles (%n)</numerusform>
            <numerusform>Toutes &amp;les feuilles (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;All %n file(s)</source>
        <translation>
            <numerusform>Tous &amp;les fichiers (%n)</numerusform>
            <numerusform>Tous &amp;les fichiers (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %n line(s) of the file shown above.</source>
        <translation>
            <numerusform>La première ligne du fichier est affichée ci-dessus.</numerusform>
            <numerusform>Les %n premières lignes du fichier sont affichées ci-dessus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First %n record(s) shown.</source>
        <translation>
            <numerusform>Le premier enregistrement est affiché.</numerusform>
            <numerusform>Les %n premiers enregistrements sont affichés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fixed-width text in %1; every line is a record, fields trimmed of spaces.</source>
        <translation>Texte à largeur fixe en %1 ; chaque ligne est un enregistrement, champs sans espaces autour.</translation>
    </message>
    <message numerus="yes">
        <source>A JSON array of objects; the header is the keys of the first %n record(s).</source>
        <translation>
            <numerusform>Un tableau JSON d’objets ; l’en-tête est formé des clés du premier enregistrement.</numerusform>
            <numerusform>Un tableau JSON d’objets ; l’en-tête est formé des clés des %n premiers enregistrements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>JSON Lines, one object a line; the header is the keys of the first %n record(s).</source>
        <translation>
            <numerusform>JSON Lines, un objet par ligne ; l’en-tête est formé des clés du premier enregistrement.</numerusform>
            <numerusform>JSON Lines, un objet par ligne ; l’en-tête est formé des clés des %n premiers enregistrements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet %1.</source>
        <translation>Feuille %1.</translation>
    </message>
    <message numerus="yes">
        <source>First %n record(s) shown (from the first %1 KiB, decompressed).</source>
        <translation>
            <numerusform>%n premier enregistrement affiché (sur les %1 premiers Kio, décompressés).</numerusform>
            <numerusform>%n premiers enregistrements affichés (sur les %1 premiers Kio, décompressés).</numerusform>
        </translation>
    </message>
    <message>
        <source>When more of a file&apos;s records than this are rejected, its import stops at the next batch boundary as a failed job and keeps the records it committed (All or nothing removes them). Unchecked: no limit.</source>
        <translation>Quand un fichier a plus d’enregistrements rejetés que cela, son import s’arrête à la fin du lot en cours comme une tâche échouée et garde les enregistrements déjà validés («&#xa0;Tout ou rien&#xa0;» les supprime). Décoché : pas de limite.</translation>
    </message>
    <message>
        <source>S&amp;top after more than</source>
        <translation>&amp;Arrêter après plus de</translation>
    </message>
    <message>
        <source>Most rejects</source>
        <translation>Nombre maximal de rejets</translation>
    </message>
    <message>
        <source>Most rejects, in percent of the records</source>
        <translation>Part maximale de rejets, en pourcentage des enregistrements</translation>
    </message>
    <message>
        <source>rejects</source>
        <translation>rejets</translation>
    </message>
    <message>
        <source>% of the records</source>
        <translation>% des enregistrements</translation>
    </message>
    <message>
        <source>A number of rejects, or a share of the records read so far (imported and rejected).</source>
        <translation>Un nombre de rejets, ou une part des enregistrements lus jusqu’ici (importés et rejetés).</translation>
    </message>
    <message>
        <source>Unit of the most rejects</source>
        <translation>Unité du maximum de rejets</translation>
    </message>
    <message>
        <source>All o&amp;r nothing</source>
        <translation>Tout o&amp;u rien</translation>
    </message>
    <message>
        <source>A failed import (over its budget, unreadable, refused by the database) removes the file&apos;s records entirely, as if it had never been imported. A cancelled or paused one can still be resumed.</source>
        <translation>Un import échoué (au-delà de sa limite, illisible, refusé par la base de données) supprime entièrement les enregistrements du fichier, comme s’il n’avait jamais été importé. Un import annulé ou suspendu peut toujours être repris.</translation>
    </message>
    <message>
        <source>A named import template (Tools → Import Templates…): its format, dialect, sheet, rejects limit and All or nothing are set for every file, and its mapping is given to each file imported. Templates matching the file&apos;s columns come first.</source>
        <translation>Un modèle d’import nommé (Outils → Modèles d’import…) : son format, son dialecte, sa feuille, sa limite de rejets et « Tout ou rien » s’appliquent à chaque fichier, et chaque fichier importé reçoit sa correspondance. Les modèles qui correspondent aux colonnes du fichier viennent en premier.</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>%1 — matches this file</source>
        <translation>%1 — correspond à ce fichier</translation>
    </message>
    <message>
        <source>not in this file: left out</source>
        <translation>absente de ce fichier : ignorée</translation>
    </message>
    <message>
        <source>template</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>template, transform %1</source>
        <translation>modèle, transformation %1</translation>
    </message>
    <message>
        <source>Mapping from the template “%1” (given to the file after the import):</source>
        <translation>Correspondance du modèle « %1 » (donnée au fichier après l’import) :</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
</context>
<context>
    <name>stevedore::ImportPreview</name>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espace</translation>
    </message>
</context>
<context>
    <name>stevedore::ImportsView</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Import Files…</source>
        <translation>Importer des fichiers…</translation>
    </message>
    <message>
        <source>Choose files to import.</source>
        <translation>Choisir les fichiers à importer.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Stop at the next batch boundary; Resume continues.</source>
        <translation>S’arrêter à la fin du lot en cours ; « Reprendre » continue.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop at the next batch boundary; the job can still be resumed or discarded.</source>
        <translation>S’arrêter à la fin du lot en cours ; la tâche peut ensuite être reprise ou abandonnée.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Continue after the last committed batch.</source>
        <translation>Continuer après le dernier lot validé.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Delete the unfinished job and the records it imported.</source>
        <translation>Supprimer la tâche inachevée et les enregistrements qu’elle a importés.</translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>Hide the finished job; the database keeps it.</source>
        <translation>Masquer la tâche terminée ; la base de données la conserve.</translation>
    </message>
    <message>
        <source>Export Rejects…</source>
        <translation>Exporter les rejets…</translation>
    </message>
    <message>
        <source>Save every rejected record as CSV (line, reason, raw).</source>
        <translation>Enregistrer tous les enregistrements rejetés en CSV (line, reason, raw).</translation>
    </message>
    <message>
        <source>Selected Job</source>
        <translation>Tâche sélectionnée</translation>
    </message>
    <message>
        <source>Could not discard the job: %1</source>
        <translation>Impossible d’abandonner la tâche : %1</translation>
    </message>
    <message>
        <source>Select a job to see its summary.</source>
        <translation>Sélectionnez une tâche pour en voir le résumé.</translation>
    </message>
    <message>
        <source>%1 → project %2: %3</source>
        <translation>%1 → projet %2 : %3</translation>
    </message>
    <message>
        <source>Records: %1   Rejected: %2   Time: %3 s</source>
        <translation>Enregistrements : %1   Rejetés : %2   Durée : %3 s</translation>
    </message>
    <message>
        <source>Average: %1 records/s   Peak: %2 records/s%3</source>
        <translation>Moyenne : %1 enregistrements/s   Pic : %2 enregistrements/s%3</translation>
    </message>
    <message>
        <source>   (resumed)</source>
        <translation>   (repris)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256 : %1</translation>
    </message>
    <message>
        <source>Records so far: %1   Rejected so far: %2</source>
        <translation>Enregistrements jusqu’ici : %1   Rejetés jusqu’ici : %2</translation>
    </message>
    <message>
        <source>This run: %1 records</source>
        <translation>Cette exécution : %1 enregistrements</translation>
    </message>
    <message>
        <source>No rejected records.</source>
        <translation>Aucun enregistrement rejeté.</translation>
    </message>
    <message>
        <source>Loading rejected records…</source>
        <translation>Chargement des enregistrements rejetés…</translation>
    </message>
    <message>
        <source>Cannot read the rejected records: %1</source>
        <translation>Impossible de lire les enregistrements rejetés : %1</translation>
    </message>
    <message>
        <source>Rejected records (first %1 of %2):</source>
        <translation>Enregistrements rejetés (les %1 premiers sur %2) :</translation>
    </message>
    <message>
        <source>Rejected records (%1):</source>
        <translation>Enregistrements rejetés (%1) :</translation>
    </message>
    <message>
        <source>Export Rejected Records</source>
        <translation>Exporter les enregistrements rejetés</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>No finished job is selected.</source>
        <translation>Aucune tâche terminée n’est sélectionnée.</translation>
    </message>
    <message>
        <source>Rejected records saved to %1</source>
        <translation>Enregistrements rejetés enregistrés dans %1</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <source>No imports yet. Drop files on the window, or choose Import Files…</source>
        <translation>Aucune importation pour l’instant. Déposez des fichiers sur la fenêtre, ou choisissez « Importer des fichiers… ».</translation>
    </message>
    <message>
        <source>Rejected records</source>
        <translation>Enregistrements rejetés</translation>
    </message>
    <message>
        <source>The records of the selected job that were not imported, and why</source>
        <translation>Les enregistrements de la tâche sélectionnée qui n’ont pas été importés, et pourquoi</translation>
    </message>
    <message>
        <source>Import jobs</source>
        <translation>Tâches d’import</translation>
    </message>
    <message>
        <source>The queued, running and finished imports</source>
        <translation>Les imports en attente, en cours et terminés</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <source>Cancel the import of “%1”?</source>
        <translation>Annuler l’import de « %1 » ?</translation>
    </message>
    <message>
        <source>It stops after the batch being written. The %1 records imported so far stay in the project “%2” until you discard them; Resume continues from there.</source>
        <translation>Il s’arrête après le lot en cours d’écriture. Les %1 enregistrements déjà importés restent dans le projet « %2 » jusqu’à ce que vous les abandonniez ; Reprendre continue à partir de là.</translation>
    </message>
    <message>
        <source>Discard Import</source>
        <translation>Abandonner l’import</translation>
    </message>
    <message>
        <source>Discard the import of “%1”?</source>
        <translation>Abandonner l’import de « %1 » ?</translation>
    </message>
    <message>
        <source>The %1 records it imported are deleted from the project “%2”. This cannot be undone.</source>
        <translation>Les %1 enregistrements qu’il a importés sont supprimés du projet « %2 ». Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Nothing of it was imported; it is removed from the list.</source>
        <translation>Rien n’en a été importé ; il est retiré de la liste.</translation>
    </message>
    <message>
        <source>imported %1 records</source>
        <translation>%1 enregistrements importés</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The selected job has not started yet.</source>
        <translation>La tâche sélectionnée n’a pas encore commencé.</translation>
    </message>
    <message>
        <source>Rejected records so far (%1):</source>
        <translation>Enregistrements rejetés jusqu’ici (%1) :</translation>
    </message>
    <message>
        <source>Apply Fixes from CSV…</source>
        <translation>Corriger depuis un CSV…</translation>
    </message>
    <message>
        <source>Put the records of an edited rejects CSV (line, reason, raw) back into the file at their lines, exactly once.</source>
        <translation>Remettre les enregistrements d’un CSV de rejets modifié (line, reason, raw) dans le fichier, à leurs lignes, une seule fois.</translation>
    </message>
    <message>
        <source>Apply Fixes</source>
        <translation>Appliquer les corrections</translation>
    </message>
    <message>
        <source>Put the fixed records back into the file at their lines, in one transaction. Until then, Undo takes a fix back.</source>
        <translation>Remettre les enregistrements corrigés dans le fichier, à leurs lignes, en une transaction. D’ici là, Annuler retire une correction.</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n Fix(es)</source>
        <translation>
            <numerusform>Appliquer %n correction</numerusform>
            <numerusform>Appliquer %n corrections</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply Fixes from CSV</source>
        <translation>Appliquer des corrections depuis un CSV</translation>
    </message>
    <message>
        <source>Applying fixes…</source>
        <translation>Application des corrections…</translation>
    </message>
    <message>
        <source>Could not apply the fixes: %1</source>
        <translation>Impossible d’appliquer les corrections : %1</translation>
    </message>
    <message numerus="yes">
        <source>Put %n fixed record(s) back into the file</source>
        <translation>
            <numerusform>%n enregistrement corrigé remis dans le fichier</numerusform>
            <numerusform>%n enregistrements corrigés remis dans le fichier</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2 : %3</translation>
    </message>
    <message>
        <source>They stay rejected; correct them and apply again.</source>
        <translation>Ils restent rejetés ; corrigez-les et appliquez à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected record(s) fixed in place since the run (counted above)</source>
        <translation>
            <numerusform>%n enregistrement rejeté corrigé sur place depuis l’exécution (compté ci-dessus)</numerusform>
            <numerusform>%n enregistrements rejetés corrigés sur place depuis l’exécution (comptés ci-dessus)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stevedore::JobCharts</name>
    <message>
        <source>%1 — job %2, %3</source>
        <translation>%1 — tâche %2, %3</translation>
    </message>
    <message>
        <source>Import throughput</source>
        <translation>Débit d’importation</translation>
    </message>
    <message>
        <source>records/s</source>
        <translation>enregistrements/s</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importés</translation>
    </message>
    <message>
        <source>records</source>
        <translation>enregistrements</translation>
    </message>
    <message>
        <source>records imported</source>
        <translation>enregistrements importés</translation>
    </message>
    <message>
        <source>Hit ratio</source>
        <translation>Taux de succès</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Cache hit ratio</source>
        <translation>Taux de succès du cache</translation>
    </message>
    <message>
        <source>hit ratio</source>
        <translation>taux de succès</translation>
    </message>
    <message>
        <source>#%1 %2 (%3), %4</source>
        <translation>#%1 %2 (%3), %4</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>toujours en cours</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Démarrée le %1</translation>
    </message>
    <message>
        <source>%1 records, %2 rejected, in %3</source>
        <translation>%1 enregistrements, %2 rejetés, en %3</translation>
    </message>
    <message>
        <source>mean %1, peak %2 records/s</source>
        <translation>moyenne %1, pointe %2 enregistrements/s</translation>
    </message>
    <message>
        <source>No throughput was recorded for this job</source>
        <translation>Aucun débit n’a été enregistré pour cette tâche</translation>
    </message>
    <message>
        <source>No import job to show yet</source>
        <translation>Aucune tâche d’importation à afficher pour l’instant</translation>
    </message>
    <message>
        <source>No cache lookups during this job</source>
        <translation>Aucune recherche en cache pendant cette tâche</translation>
    </message>
    <message>
        <source>Import throughput compared</source>
        <translation>Débit d’importation comparé</translation>
    </message>
    <message>
        <source>None of these jobs recorded its throughput</source>
        <translation>Aucune de ces tâches n’a enregistré son débit</translation>
    </message>
    <message>
        <source>Each job from its own start</source>
        <translation>Chaque tâche depuis son propre début</translation>
    </message>
    <message>
        <source>#%1 %2, %3</source>
        <translation>n°%1 %2, %3</translation>
    </message>
    <message>
        <source>#%1 mean %2 records/s</source>
        <translation>n°%1 moyenne %2 enregistrements/s</translation>
    </message>
</context>
<context>
    <name>stevedore::JobQueue</name>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>Suspension…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Already imported, nothing to do</source>
        <translation>Déjà importé, rien à faire</translation>
    </message>
    <message>
        <source>This content was imported before: nothing to do.</source>
        <translation>Ce contenu a déjà été importé : rien à faire.</translation>
    </message>
    <message>
        <source>Paused after %1 records. Resume continues from there.</source>
        <translation>Suspendu après %1 enregistrements. Reprendre continue à partir de là.</translation>
    </message>
    <message>
        <source>Cancelled after %1 records. Resume continues from there; Discard deletes them.</source>
        <translation>Annulé après %1 enregistrements. Reprendre continue à partir de là ; Abandonner les supprime.</translation>
    </message>
    <message>
        <source>Failed after %1 records: %2</source>
        <translation>Échec après %1 enregistrements : %2</translation>
    </message>
    <message>
        <source>Stopped after %1 records in an earlier session. Resume continues from there; Discard deletes them.</source>
        <translation>Arrêté après %1 enregistrements lors d’une session précédente. Reprendre continue à partir de là ; Abandonner les supprime.</translation>
    </message>
    <message>
        <source>Interrupted after %1 records: Stevedore quit or crashed during the import. Resume continues from there; Discard deletes them.</source>
        <translation>Interrompu après %1 enregistrements : Stevedore a été fermé ou s’est planté pendant l’import. Reprendre continue à partir de là ; Abandonner les supprime.</translation>
    </message>
    <message>
        <source>Paused before it started.</source>
        <translation>Suspendu avant de commencer.</translation>
    </message>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Annulé avant de commencer.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Mapped as %1, whose header matches (confidence %2).</source>
        <translation>Mis en correspondance comme %1, dont l’en-tête concorde (confiance %2).</translation>
    </message>
    <message>
        <source>Not mapped automatically: the best match, %1, has a confidence of %2 only. The Mapping view can take its mapping.</source>
        <translation>Pas de correspondance automatique : la meilleure concordance, %1, n’a qu’une confiance de %2. La vue Correspondance peut reprendre sa correspondance.</translation>
    </message>
    <message>
        <source>The mapping of an earlier file could not be applied: %1</source>
        <translation>La correspondance d’un fichier antérieur n’a pas pu être appliquée : %1</translation>
    </message>
    <message>
        <source>Mapped as the template “%1” (version %2) says: %3 of %4 columns.</source>
        <translation>Associé comme l’indique le modèle « %1 » (version %2) : %3 colonnes sur %4.</translation>
    </message>
    <message>
        <source>Not in the file: %1.</source>
        <translation>Absentes du fichier : %1.</translation>
    </message>
    <message>
        <source>The template&apos;s mapping could not be applied: %1</source>
        <translation>La correspondance du modèle n’a pas pu être appliquée : %1</translation>
    </message>
    <message>
        <source>The template “%1” could not be read: %2</source>
        <translation>Impossible de lire le modèle « %1 » : %2</translation>
    </message>
    <message>
        <source>The template “%1” no longer exists.</source>
        <translation>Le modèle « %1 » n’existe plus.</translation>
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
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Records/s</source>
        <translation>Enregistrements/s</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>stevedore::LogModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
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
        <translation>Débogage</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Keep the newest line in view.</source>
        <translation>Garder la ligne la plus récente visible.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>Dossier des journaux</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Niveau :</translation>
    </message>
    <message>
        <source>No line of this session matches the level, category and search above.</source>
        <translation>Aucune ligne de cette session ne correspond au niveau, à la catégorie et à la recherche ci-dessus.</translation>
    </message>
    <message>
        <source>Nothing logged at this level yet in this session. Choose a lower level (Debug) to see more, or open the log folder for the lines of earlier sessions.</source>
        <translation>Rien n’a encore été journalisé à ce niveau dans cette session. Choisissez un niveau plus bas (Débogage) pour en voir plus, ou ouvrez le dossier des journaux pour les lignes des sessions précédentes.</translation>
    </message>
    <message>
        <source>Log messages</source>
        <translation>Messages du journal</translation>
    </message>
    <message>
        <source>The application&apos;s log, newest last</source>
        <translation>Le journal de l’application, le plus récent en dernier</translation>
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
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Se connecter…</translation>
    </message>
    <message>
        <source>&amp;Recent Connections</source>
        <translation>Connexions &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
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
        <translation>Rec&amp;hercher…</translation>
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
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Cannot Connect</source>
        <translation>Connexion impossible</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>Impossible de se connecter à %1.</translation>
    </message>
    <message>
        <source>Still connected to %1.</source>
        <translation>Toujours connecté à %1.</translation>
    </message>
    <message>
        <source>Edit Connection…</source>
        <translation>Modifier la connexion…</translation>
    </message>
    <message>
        <source>Export %1 in the Schema&apos;s Columns</source>
        <translation>Exporter %1 dans les colonnes du schéma</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The projects and their imported files</source>
        <translation>Les projets et leurs fichiers importés</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s): the Imports view shows their progress.</source>
        <translation>
            <numerusform>Import de %n fichier : la vue Importations montre sa progression.</numerusform>
            <numerusform>Import de %n fichiers : la vue Importations montre leur progression.</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 → %2: %3 records so far</source>
        <translation>• %1 → %2 : %3 enregistrements jusqu’ici</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Unfinished Imports</source>
        <translation>Imports inachevés</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) did not finish the last time this database was used.</source>
        <translation>
            <numerusform>%n import ne s’est pas terminé lors de la dernière utilisation de cette base.</numerusform>
            <numerusform>%n imports ne se sont pas terminés lors de la dernière utilisation de cette base.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume continues each after its last committed batch. Discard deletes the records they imported. Later leaves them in the Imports view.</source>
        <translation>Reprendre continue chacun après son dernier lot validé. Abandonner supprime les enregistrements qu’ils ont importés. Plus tard les laisse dans la vue Importations.</translation>
    </message>
    <message>
        <source>Resume All</source>
        <translation>Tout reprendre</translation>
    </message>
    <message>
        <source>Discard All…</source>
        <translation>Tout abandonner…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Discard Unfinished Imports</source>
        <translation>Abandonner les imports inachevés</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n unfinished import(s)?</source>
        <translation>
            <numerusform>Abandonner %n import inachevé ?</numerusform>
            <numerusform>Abandonner %n imports inachevés ?</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 records they imported are deleted. This cannot be undone.</source>
        <translation>Les %1 enregistrements qu’ils ont importés sont supprimés. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Discard All</source>
        <translation>Tout abandonner</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language applies when Stevedore starts again.</source>
        <translation>La nouvelle langue s’applique au prochain démarrage de Stevedore.</translation>
    </message>
    <message>
        <source>Restart now? Running imports stop after their current batch and are offered for resuming when Stevedore is back.</source>
        <translation>Redémarrer maintenant ? Les imports en cours s’arrêtent après leur lot actuel et leur reprise est proposée au redémarrage.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Import &amp;Templates…</source>
        <translation>&amp;Modèles d’import…</translation>
    </message>
    <message>
        <source>List, edit and delete the named import templates (stevedore template)</source>
        <translation>Lister, modifier et supprimer les modèles d’import nommés (stevedore template)</translation>
    </message>
</context>
<context>
    <name>stevedore::MappingEditor</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Auto-match</source>
        <translation>Correspondance a&amp;utomatique</translation>
    </message>
    <message>
        <source>Map unmapped file columns to the schema columns whose names match confidently</source>
        <translation>Associer les colonnes du fichier non associées aux colonnes du schéma dont les noms correspondent avec certitude</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>Check every mapped value of the file against the edited mapping</source>
        <translation>Vérifier chaque valeur associée du fichier par rapport à la correspondance modifiée</translation>
    </message>
    <message>
        <source>&amp;Save Mapping</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Rec&amp;harger</translation>
    </message>
    <message>
        <source>Load the saved mapping again</source>
        <translation>Recharger la correspondance enregistrée</translation>
    </message>
    <message>
        <source>Could not load the mapping: %1</source>
        <translation>Impossible de charger la correspondance : %1</translation>
    </message>
    <message>
        <source>Could not load the mapping of %1: %2</source>
        <translation>Impossible de charger la correspondance de %1 : %2</translation>
    </message>
    <message>
        <source>The schema has no columns yet: define it in the Schema view.</source>
        <translation>Le schéma n’a pas encore de colonnes : définissez-le dans la vue Schéma.</translation>
    </message>
    <message>
        <source>Not validated yet.</source>
        <translation>Pas encore validée.</translation>
    </message>
    <message>
        <source>Unsaved Mapping</source>
        <translation>Correspondance non enregistrée</translation>
    </message>
    <message>
        <source>The mapping of %1 has unsaved changes.</source>
        <translation>La correspondance de %1 contient des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Do you want to save them?</source>
        <translation>Voulez-vous les enregistrer ?</translation>
    </message>
    <message>
        <source>Discarded the changes to the mapping of %1</source>
        <translation>Modifications de la correspondance de %1 abandonnées</translation>
    </message>
    <message>
        <source>The mapping of %1 has no changes to save</source>
        <translation>La correspondance de %1 n’a aucune modification à enregistrer</translation>
    </message>
    <message>
        <source>Saved the mapping of %1 (version %2)</source>
        <translation>Correspondance de %1 enregistrée (version %2)</translation>
    </message>
    <message>
        <source>Could not save the mapping of %1: %2</source>
        <translation>Impossible d’enregistrer la correspondance de %1 : %2</translation>
    </message>
    <message>
        <source>Mapping Not Saved</source>
        <translation>Correspondance non enregistrée</translation>
    </message>
    <message>
        <source>The mapping of %1 could not be saved.</source>
        <translation>La correspondance de %1 n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed the mapping of %1 first (%2)</source>
        <translation>Non enregistrée : quelqu’un d’autre a modifié la correspondance de %1 entre-temps (%2)</translation>
    </message>
    <message>
        <source>Mapping Changed Elsewhere</source>
        <translation>Correspondance modifiée ailleurs</translation>
    </message>
    <message>
        <source>The mapping of %1 was changed by someone else after you opened it, so your changes were not saved.</source>
        <translation>La correspondance de %1 a été modifiée par quelqu’un d’autre après son ouverture ; vos modifications n’ont donc pas été enregistrées.</translation>
    </message>
    <message>
        <source>Reload the mapping? Your unsaved changes will be lost.</source>
        <translation>Recharger la correspondance ? Vos modifications non enregistrées seront perdues.</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Continuer la modification</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message numerus="yes">
        <source>Auto-match applied %n suggestion(s)</source>
        <translation>
            <numerusform>Correspondance automatique : %n suggestion appliquée</numerusform>
            <numerusform>Correspondance automatique : %n suggestions appliquées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weaker suggestion(s) left for you to decide</source>
        <translation>
            <numerusform>%n suggestion plus faible vous est laissée</numerusform>
            <numerusform>%n suggestions plus faibles vous sont laissées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Validating %n record(s)…</source>
        <translation>
            <numerusform>Validation de %n enregistrement…</numerusform>
            <numerusform>Validation de %n enregistrements…</numerusform>
        </translation>
    </message>
    <message>
        <source>Validation failed: %1</source>
        <translation>Échec de la validation : %1</translation>
    </message>
    <message>
        <source>Could not validate %1: %2</source>
        <translation>Impossible de valider %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Validated %n record(s) against the edited mapping (not saved yet).</source>
        <translation>
            <numerusform>%n enregistrement validé par rapport à la correspondance modifiée (pas encore enregistrée).</numerusform>
            <numerusform>%n enregistrements validés par rapport à la correspondance modifiée (pas encore enregistrée).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Validated %n record(s) against the saved mapping.</source>
        <translation>
            <numerusform>%n enregistrement validé par rapport à la correspondance enregistrée.</numerusform>
            <numerusform>%n enregistrements validés par rapport à la correspondance enregistrée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every mapped value is valid.</source>
        <translation>Toutes les valeurs associées sont valides.</translation>
    </message>
    <message>
        <source>Required schema columns left unmapped: %1.</source>
        <translation>Colonnes obligatoires du schéma non associées : %1.</translation>
    </message>
    <message>
        <source>The mapping of %1 is valid</source>
        <translation>La correspondance de %1 est valide</translation>
    </message>
    <message>
        <source>No file selected.</source>
        <translation>Aucun fichier sélectionné.</translation>
    </message>
    <message>
        <source>File column</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Exemples de valeurs</translation>
    </message>
    <message>
        <source>Schema column</source>
        <translation>Colonne du schéma</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Why it is invalid</source>
        <translation>Raison de l’invalidité</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir : %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>Each file column with the schema column it feeds; F2 edits a cell</source>
        <translation>Chaque colonne du fichier avec la colonne du schéma qu’elle alimente ; F2 modifie une cellule</translation>
    </message>
    <message>
        <source>Mapping details</source>
        <translation>Détails de la correspondance</translation>
    </message>
    <message>
        <source>The selected file column in full</source>
        <translation>La colonne du fichier sélectionnée en entier</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n column(s).</source>
        <translation>
            <numerusform>%1 dans %n colonne.</numerusform>
            <numerusform>%1 dans %n colonnes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid value(s)</source>
        <translation>
            <numerusform>%Ln valeur invalide</numerusform>
            <numerusform>%Ln valeurs invalides</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping of %1 has problems: %2, %3</source>
        <translation>La correspondance de %1 présente des problèmes : %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n required column(s) unmapped</source>
        <translation>
            <numerusform>%n colonne obligatoire non associée</numerusform>
            <numerusform>%n colonnes obligatoires non associées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in project %2: %Ln record(s), mapping version %3</source>
        <translation>
            <numerusform>%1 dans le projet %2 : %Ln enregistrement, version de la correspondance %3</numerusform>
            <numerusform>%1 dans le projet %2 : %Ln enregistrements, version de la correspondance %3</numerusform>
        </translation>
    </message>
    <message>
        <source>From &amp;Earlier File</source>
        <translation>D’un fichier &amp;antérieur</translation>
    </message>
    <message>
        <source>Map the columns as in the project&apos;s earlier file whose header matches this one best, corrections included</source>
        <translation>Mettre les colonnes en correspondance comme dans le fichier antérieur du projet dont l’en-tête concorde le mieux, corrections comprises</translation>
    </message>
    <message>
        <source>No column of this file is mapped yet. From Earlier File maps it as the project&apos;s file with the most alike header; Auto-match maps the columns whose names match the schema. Then adjust the rest by hand.</source>
        <translation>Aucune colonne de ce fichier n’est encore mise en correspondance. « D’un fichier antérieur » la fait comme le fichier du projet à l’en-tête le plus proche ; la correspondance automatique relie les colonnes dont le nom correspond au schéma. Ajustez ensuite le reste à la main.</translation>
    </message>
    <message>
        <source>Could not look for an earlier mapping: %1</source>
        <translation>Impossible de chercher une correspondance antérieure : %1</translation>
    </message>
    <message>
        <source>No earlier file of this project shares a mapped column with this one.</source>
        <translation>Aucun fichier antérieur de ce projet n’a de colonne mise en correspondance en commun avec celui-ci.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Map as %1</source>
        <translation>Correspondance comme %1</translation>
    </message>
    <message>
        <source>The mapping already is that of %1.</source>
        <translation>La correspondance est déjà celle de %1.</translation>
    </message>
    <message numerus="yes">
        <source>Mapped %n column(s) as in %1 (confidence %2); save to keep it.</source>
        <translation>
            <numerusform>%n colonne mise en correspondance comme dans %1 (confiance %2) ; enregistrez pour la garder.</numerusform>
            <numerusform>%n colonnes mises en correspondance comme dans %1 (confiance %2) ; enregistrez pour les garder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the mapping came from: %1</source>
        <translation>Origine de la correspondance : %1</translation>
    </message>
    <message>
        <source>Transform text</source>
        <translation>Texte de la transformation</translation>
    </message>
    <message>
        <source>The sample values before and after the transform:</source>
        <translation>Les valeurs d’exemple avant et après la transformation :</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>Rules of this file</source>
        <translation>Règles de ce fichier</translation>
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
        <translation>même nom</translation>
    </message>
    <message>
        <source>synonym</source>
        <translation>synonyme</translation>
    </message>
    <message>
        <source>same words</source>
        <translation>mêmes mots</translation>
    </message>
    <message>
        <source>similar spelling</source>
        <translation>orthographe similaire</translation>
    </message>
    <message>
        <source>partly the same words</source>
        <translation>mots en partie identiques</translation>
    </message>
    <message>
        <source>two equally good candidates</source>
        <translation>deux candidates équivalentes</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>entier</translation>
    </message>
    <message>
        <source>decimal</source>
        <translation>décimal</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booléen</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>date et heure</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>one of a list</source>
        <translation>valeur d’une liste</translation>
    </message>
    <message>
        <source>%1, required</source>
        <translation>%1, obligatoire</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(colonne %1)</translation>
    </message>
    <message>
        <source>The file has more than one column named %1; such a column cannot be mapped.</source>
        <translation>Le fichier contient plusieurs colonnes nommées %1 ; une telle colonne ne peut pas être associée.</translation>
    </message>
    <message>
        <source>Unmap %1</source>
        <translation>Dissocier %1</translation>
    </message>
    <message>
        <source>There is no schema column with id %1.</source>
        <translation>Aucune colonne du schéma n’a l’identifiant %1.</translation>
    </message>
    <message>
        <source>Map %1 to %2</source>
        <translation>Associer %1 à %2</translation>
    </message>
    <message>
        <source>Map %1 to a schema column before choosing a transform.</source>
        <translation>Associez %1 à une colonne du schéma avant de choisir une transformation.</translation>
    </message>
    <message>
        <source>%1 is not a transform: %2</source>
        <translation>%1 n’est pas une transformation : %2</translation>
    </message>
    <message>
        <source>A date format can only be parsed for a date or date-and-time column, and %1 is not one.</source>
        <translation>Un format de date ne peut être analysé que pour une colonne de date ou de date et heure, ce que %1 n’est pas.</translation>
    </message>
    <message>
        <source>Set the transform of %1 to %2</source>
        <translation>Définir la transformation de %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Auto-match %n column(s)</source>
        <translation>
            <numerusform>Associer automatiquement %n colonne</numerusform>
            <numerusform>Associer automatiquement %n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1 of the file. The header repeats this name, so the column cannot be mapped.</source>
        <translation>Colonne %1 du fichier. L’en-tête répète ce nom, la colonne ne peut donc pas être associée.</translation>
    </message>
    <message>
        <source>Column %1 of the file</source>
        <translation>Colonne %1 du fichier</translation>
    </message>
    <message>
        <source>No values in the first records</source>
        <translation>Aucune valeur dans les premiers enregistrements</translation>
    </message>
    <message>
        <source>— unmapped —</source>
        <translation>— non associée —</translation>
    </message>
    <message>
        <source>This schema column no longer exists</source>
        <translation>Cette colonne du schéma n’existe plus</translation>
    </message>
    <message>
        <source>Applied to each value before it is checked and exported</source>
        <translation>Appliquée à chaque valeur avant sa vérification et son export</translation>
    </message>
    <message>
        <source>%1? %2</source>
        <translation>%1 ? %2</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>égalité</translation>
    </message>
    <message>
        <source>Auto-matched with confidence %1</source>
        <translation>Associée automatiquement avec une confiance de %1</translation>
    </message>
    <message>
        <source>Auto-match suggests %1 with confidence %2 (%3), below the threshold of %4: not applied</source>
        <translation>La correspondance automatique suggère %1 avec une confiance de %2 (%3), sous le seuil de %4 : non appliquée</translation>
    </message>
    <message>
        <source>Two schema columns match equally well: left unmapped</source>
        <translation>Deux colonnes du schéma correspondent aussi bien : laissée non associée</translation>
    </message>
    <message>
        <source>changed: validate again</source>
        <translation>modifiée : à valider de nouveau</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalide</numerusform>
            <numerusform>%n invalides</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>The mapping of this column changed since it was validated</source>
        <translation>La correspondance de cette colonne a changé depuis sa validation</translation>
    </message>
    <message>
        <source>Every value is valid for %1</source>
        <translation>Toutes les valeurs sont valides pour %1</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid value(s) for %1</source>
        <translation>
            <numerusform>%n valeur invalide pour %1</numerusform>
            <numerusform>%n valeurs invalides pour %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2 (%3)</source>
        <translation>Ligne %1 : %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Mapped from %1 now; choosing it here unmaps that column</source>
        <translation>Actuellement associée à %1 ; la choisir ici annule l’association de cette colonne</translation>
    </message>
    <message>
        <source>Values written as %1 become ISO 8601 dates</source>
        <translation>Les valeurs écrites sous la forme %1 deviennent des dates ISO 8601</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Trim spaces</source>
        <translation>Supprimer les espaces en début et fin</translation>
    </message>
    <message>
        <source>Upper case</source>
        <translation>Majuscules</translation>
    </message>
    <message>
        <source>Lower case</source>
        <translation>Minuscules</translation>
    </message>
    <message>
        <source>Date from %1</source>
        <translation>Date depuis %1</translation>
    </message>
    <message>
        <source>There is no schema column named %1.</source>
        <translation>Aucune colonne du schéma ne s’appelle %1.</translation>
    </message>
    <message>
        <source>File column</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Exemples de valeurs</translation>
    </message>
    <message>
        <source>Schema column</source>
        <translation>Colonne du schéma</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>lines %1</source>
        <translation>lignes %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Before → after the transform:</source>
        <translation>Avant → après la transformation :</translation>
    </message>
    <message>
        <source>Spaces before and after the value are removed</source>
        <translation>Les espaces avant et après la valeur sont supprimés</translation>
    </message>
    <message>
        <source>Spaces are trimmed, and runs of spaces inside become one</source>
        <translation>Les espaces aux bords sont supprimés, et les suites d’espaces deviennent une seule</translation>
    </message>
    <message>
        <source>%1 (in any case) become empty values; type null-if:A|B for others</source>
        <translation>%1 (quelle que soit la casse) deviennent des valeurs vides ; tapez null-if:A|B pour d’autres</translation>
    </message>
    <message>
        <source>Numbers written the %1 way become plain numbers (1234.56)</source>
        <translation>Les nombres écrits à la manière « %1 » deviennent des nombres simples (1234.56)</translation>
    </message>
    <message>
        <source>Steps: %1</source>
        <translation>Étapes : %1</translation>
    </message>
    <message>
        <source>Collapse spaces</source>
        <translation>Réduire les espaces</translation>
    </message>
    <message>
        <source>Empty if %1</source>
        <translation>Vide si %1</translation>
    </message>
    <message>
        <source>Number written %1</source>
        <translation>Nombre écrit %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message numerus="yes">
        <source>Look up %n value(s)</source>
        <translation>
            <numerusform>Table de %n valeur</numerusform>
            <numerusform>Table de %n valeurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 + %n rule(s) of this file</source>
        <translation>
            <numerusform>%1 + %n règle de ce fichier</numerusform>
            <numerusform>%1 + %n règles de ce fichier</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules of this file, checked after the schema column&apos;s:</source>
        <translation>Règles de ce fichier, vérifiées après celles de la colonne du schéma :</translation>
    </message>
</context>
<context>
    <name>stevedore::PreviewModel</name>
    <message>
        <source>Line %1 will be rejected: %2</source>
        <translation>La ligne %1 sera rejetée : %2</translation>
    </message>
    <message>
        <source>(extra %1)</source>
        <translation>(en trop %1)</translation>
    </message>
    <message>
        <source>%1 will be rejected: %2</source>
        <translation>%1 sera rejeté : %2</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
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
        <translation>Enreg.</translation>
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
    <message>
        <source>Not mapped: no column of this file feeds “%1”.</source>
        <translation>Non associée : aucune colonne de ce fichier n’alimente « %1 ».</translation>
    </message>
    <message>
        <source>Invalid %1 value “%2”: %3</source>
        <translation>Valeur « %2 » invalide pour le type %1 : %3</translation>
    </message>
    <message>
        <source>%1 (%2): not mapped</source>
        <translation>%1 (%2) : non associée</translation>
    </message>
    <message>
        <source>%1 (%2), from the file column “%3”</source>
        <translation>%1 (%2), depuis la colonne du fichier « %3 »</translation>
    </message>
    <message>
        <source>%1 (%2), from the file column “%3” with the transform %4</source>
        <translation>%1 (%2), depuis la colonne du fichier « %3 » avec la transformation %4</translation>
    </message>
    <message>
        <source>Fixed “%1” → “%2”, still invalid: %3</source>
        <translation>Corrigé « %1 » → « %2 », toujours invalide : %3</translation>
    </message>
    <message>
        <source>Fixed “%1” → “%2”; not applied yet (Apply Fixes).</source>
        <translation>Corrigé « %1 » → « %2 » ; pas encore appliqué (Appliquer les corrections).</translation>
    </message>
    <message>
        <source>Fix %1 on Line %2</source>
        <translation>Corriger %1 à la ligne %2</translation>
    </message>
    <message>
        <source>Revert %1 on Line %2</source>
        <translation>Rétablir %1 à la ligne %2</translation>
    </message>
    <message>
        <source>Discard Fixes</source>
        <translation>Abandonner les corrections</translation>
    </message>
</context>
<context>
    <name>stevedore::RecordsView</name>
    <message>
        <source>Search records (on the server)</source>
        <translation>Rechercher des enregistrements (sur le serveur)</translation>
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
    <message>
        <source>Shows the records containing this text in any column of the file as imported (the raw values, also in the mapped view). The search runs in the database, page by page as you scroll.</source>
        <translation>Affiche les enregistrements contenant ce texte dans une colonne quelconque du fichier tel qu’importé (les valeurs brutes, y compris dans la vue mappée). La recherche s’exécute dans la base de données, page par page au fil du défilement.</translation>
    </message>
    <message>
        <source>The schema has no columns yet — use the Schema view.</source>
        <translation>Le schéma n’a pas encore de colonnes — utilisez la vue Schéma.</translation>
    </message>
    <message>
        <source>No column of this file is mapped yet — use the Mapping view.</source>
        <translation>Aucune colonne de ce fichier n’est encore associée — utilisez la vue Correspondance.</translation>
    </message>
    <message>
        <source>Could not load the file&apos;s mapping: %1</source>
        <translation>Impossible de charger la correspondance du fichier : %1</translation>
    </message>
    <message>
        <source>Exports the whole file as shown: the schema&apos;s columns, through the file&apos;s mapping</source>
        <translation>Exporte tout le fichier tel qu’affiché : les colonnes du schéma, via la correspondance du fichier</translation>
    </message>
    <message>
        <source>Exports the whole file as shown: the fields as imported</source>
        <translation>Exporte tout le fichier tel qu’affiché : les champs tels qu’importés</translation>
    </message>
    <message>
        <source>No file selected. Choose a file in the Projects tree to see its records, or drop files on the window to import them.</source>
        <translation>Aucun fichier sélectionné. Choisissez un fichier dans l’arborescence des projets pour voir ses enregistrements, ou déposez des fichiers sur la fenêtre pour les importer.</translation>
    </message>
    <message>
        <source>%1 has no records.</source>
        <translation>%1 ne contient aucun enregistrement.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>The records of the selected file; invalid values are marked</source>
        <translation>Les enregistrements du fichier sélectionné ; les valeurs invalides sont marquées</translation>
    </message>
    <message>
        <source>Records of %1</source>
        <translation>Enregistrements de %1</translation>
    </message>
    <message>
        <source>The records in the schema&apos;s columns, through the file&apos;s mapping; values that fail their column&apos;s type or rules are highlighted and can be corrected (double-click)</source>
        <translation>Les enregistrements dans les colonnes du schéma, via la correspondance du fichier ; les valeurs qui enfreignent le type ou les règles de leur colonne sont mises en évidence et peuvent être corrigées (double-clic)</translation>
    </message>
    <message>
        <source>&amp;Apply Fixes</source>
        <translation>&amp;Appliquer les corrections</translation>
    </message>
    <message>
        <source>Stores the corrected values in the file, in one transaction, each with an audit entry (who and when, before and after). Until then, Undo takes a fix back.</source>
        <translation>Enregistre les valeurs corrigées dans le fichier, en une transaction, chacune avec une entrée d’audit (qui et quand, avant et après). D’ici là, Annuler retire une correction.</translation>
    </message>
    <message>
        <source>&amp;Discard Fixes</source>
        <translation>A&amp;bandonner les corrections</translation>
    </message>
    <message>
        <source>Drops the corrections not applied yet (Undo brings them back)</source>
        <translation>Abandonne les corrections pas encore appliquées (Annuler les rétablit)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n Fix(es)</source>
        <translation>
            <numerusform>&amp;Appliquer %n correction</numerusform>
            <numerusform>&amp;Appliquer %n corrections</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying fixes…</source>
        <translation>Application des corrections…</translation>
    </message>
    <message>
        <source>Could not apply the fixes: %1</source>
        <translation>Impossible d’appliquer les corrections : %1</translation>
    </message>
    <message numerus="yes">
        <source>Corrected %n value(s)</source>
        <translation>
            <numerusform>%n valeur corrigée</numerusform>
            <numerusform>%n valeurs corrigées</numerusform>
        </translation>
    </message>
    <message>
        <source>They stay in the table; correct them and apply again.</source>
        <translation>Elles restent dans le tableau ; corrigez-les et appliquez à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) not applied yet</source>
        <translation>
            <numerusform>%n correction pas encore appliquée</numerusform>
            <numerusform>%n corrections pas encore appliquées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n of them still invalid (see the cell&apos;s tooltip)</source>
        <translation>
            <numerusform> ; dont %n toujours invalide (voir l’infobulle de la cellule)</numerusform>
            <numerusform> ; dont %n toujours invalides (voir l’infobulle de la cellule)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stevedore::RejectsModel</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Raw record</source>
        <translation>Enregistrement brut</translation>
    </message>
    <message>
        <source>Fix Line %1</source>
        <translation>Corriger la ligne %1</translation>
    </message>
    <message>
        <source>Revert Line %1</source>
        <translation>Rétablir la ligne %1</translation>
    </message>
    <message>
        <source>The file cannot take fixes now.</source>
        <translation>Le fichier ne peut pas recevoir de corrections pour l’instant.</translation>
    </message>
    <message>
        <source>Empty: the record stays rejected.</source>
        <translation>Vide : l’enregistrement reste rejeté.</translation>
    </message>
    <message>
        <source>Fixed: %1
Rejected as: %2</source>
        <translation>Corrigé : %1
Rejeté comme : %2</translation>
    </message>
    <message>
        <source>Double-click the raw record to fix it.</source>
        <translation>Double-cliquez sur l’enregistrement brut pour le corriger.</translation>
    </message>
    <message>
        <source>Ready to apply</source>
        <translation>Prêt à appliquer</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Double-click a raw record (or press F2) to fix it; the Fix column checks it at once.</source>
        <translation>Double-cliquez sur un enregistrement brut (ou appuyez sur F2) pour le corriger ; la colonne « Correction » le vérifie aussitôt.</translation>
    </message>
</context>
<context>
    <name>stevedore::RulesDialog</name>
    <message>
        <source>regular expression the whole value must match, e.g. [A-Z]{2}-\d{3}</source>
        <translation>expression régulière à laquelle toute la valeur doit correspondre, p. ex. [A-Z]{2}-\d{3}</translation>
    </message>
    <message>
        <source>a date: 2026-01-31</source>
        <translation>une date : 2026-01-31</translation>
    </message>
    <message>
        <source>a moment: 2026-01-31T12:00:00Z</source>
        <translation>un instant : 2026-01-31T12:00:00Z</translation>
    </message>
    <message>
        <source>a number: 0, 9.5, -1e3</source>
        <translation>un nombre : 0, 9.5, -1e3</translation>
    </message>
    <message>
        <source>characters: 0, 1, 2, …</source>
        <translation>caractères : 0, 1, 2, …</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Motif</translation>
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
        <translation>Longueur minimale</translation>
    </message>
    <message>
        <source>Maximum length</source>
        <translation>Longueur maximale</translation>
    </message>
    <message>
        <source>Unique in the file</source>
        <translation>Unique dans le fichier</translation>
    </message>
    <message>
        <source>Unique in the project</source>
        <translation>Unique dans le projet</translation>
    </message>
    <message>
        <source>Required with</source>
        <translation>Obligatoire avec</translation>
    </message>
    <message>
        <source>Required without</source>
        <translation>Obligatoire sans</translation>
    </message>
    <message>
        <source>Validation Rules of “%1”</source>
        <translation>Règles de validation de « %1 »</translation>
    </message>
    <message>
        <source>Checked by Validate and shown in the Mapped view, on the value after the mapping&apos;s transform (%1 column). An empty value is checked only by the required rules.</source>
        <translation>Vérifiées par Valider et montrées dans la vue Mappé, sur la valeur après la transformation de l’association (colonne %1). Une valeur vide n’est vérifiée que par les règles d’obligation.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>One rule a row, checked in this order</source>
        <translation>Une règle par ligne, vérifiées dans cet ordre</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Other column</source>
        <translation>Autre colonne</translation>
    </message>
    <message>
        <source>Message (optional)</source>
        <translation>Message (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation>&amp;Ajouter une règle</translation>
    </message>
    <message>
        <source>&amp;Remove Rule</source>
        <translation>&amp;Supprimer la règle</translation>
    </message>
    <message>
        <source>Type a value to check it</source>
        <translation>Saisissez une valeur pour la vérifier</translation>
    </message>
    <message>
        <source>Test a value</source>
        <translation>Tester une valeur</translation>
    </message>
    <message>
        <source>&amp;Test a value:</source>
        <translation>&amp;Tester une valeur :</translation>
    </message>
    <message>
        <source>The unique and required-with/-without rules need the other records: Validate checks them.</source>
        <translation>Les règles d’unicité et d’obligation avec/sans ont besoin des autres enregistrements : Valider les vérifie.</translation>
    </message>
    <message>
        <source>✗ Not a valid %1 value: %2</source>
        <translation>✗ Pas une valeur valide de type %1 : %2</translation>
    </message>
    <message>
        <source>Fix the rules above to test them.</source>
        <translation>Corrigez les règles ci-dessus pour les tester.</translation>
    </message>
    <message>
        <source>✗ Breaks rule %1 (%2): %3</source>
        <translation>✗ Enfreint la règle %1 (%2) : %3</translation>
    </message>
    <message>
        <source>✓ Passes the type and the rules that look at one value.</source>
        <translation>✓ Respecte le type et les règles qui portent sur une seule valeur.</translation>
    </message>
</context>
<context>
    <name>stevedore::SchemaEditor</name>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>renamed from “%1”</source>
        <translation>renommée depuis « %1 »</translation>
    </message>
    <message>
        <source>type %1 → %2</source>
        <translation>type %1 → %2</translation>
    </message>
    <message>
        <source>moved to position %1</source>
        <translation>déplacée en position %1</translation>
    </message>
    <message>
        <source>required, description or values changed</source>
        <translation>caractère obligatoire, description ou valeurs modifiés</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>file column “%1”</source>
        <translation>colonne du fichier « %1 »</translation>
    </message>
    <message>
        <source>mapping removed</source>
        <translation>correspondance supprimée</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid value(s)</source>
        <translation>
            <numerusform>%n valeur invalide</numerusform>
            <numerusform>%n valeurs invalides</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add Column</source>
        <translation>A&amp;jouter une colonne</translation>
    </message>
    <message>
        <source>Add a column after the current one</source>
        <translation>Ajouter une colonne après la colonne courante</translation>
    </message>
    <message>
        <source>&amp;Remove Column</source>
        <translation>&amp;Supprimer la colonne</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Déplacer vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Déplacer vers le &amp;bas</translation>
    </message>
    <message>
        <source>Edit &amp;Values…</source>
        <translation>Modifier les &amp;valeurs…</translation>
    </message>
    <message>
        <source>Edit the allowed values of an enum column, one a line</source>
        <translation>Modifier les valeurs autorisées d’une colonne d’énumération, une par ligne</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>Discard unsaved edits and load the schema from the database</source>
        <translation>Abandonner les modifications non enregistrées et charger le schéma depuis la base de données</translation>
    </message>
    <message>
        <source>A&amp;pply…</source>
        <translation>A&amp;ppliquer…</translation>
    </message>
    <message>
        <source>Could not load the schema: %1</source>
        <translation>Impossible de charger le schéma : %1</translation>
    </message>
    <message>
        <source>Schema version %1 loaded.</source>
        <translation>Version %1 du schéma chargée.</translation>
    </message>
    <message>
        <source>Discard your unsaved edits and reload the schema?</source>
        <translation>Abandonner vos modifications non enregistrées et recharger le schéma ?</translation>
    </message>
    <message>
        <source>Reload Schema</source>
        <translation>Recharger le schéma</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved edit(s) will be lost.</source>
        <translation>
            <numerusform>%n modification non enregistrée sera perdue.</numerusform>
            <numerusform>%n modifications non enregistrées seront perdues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard and Reload</source>
        <translation>Abandonner et recharger</translation>
    </message>
    <message>
        <source>column_%1</source>
        <translation>colonne_%1</translation>
    </message>
    <message>
        <source>Enum Values</source>
        <translation>Valeurs de l’énumération</translation>
    </message>
    <message>
        <source>Allowed values of “%1”, one a line (empty lines are ignored):</source>
        <translation>Valeurs autorisées de « %1 », une par ligne (les lignes vides sont ignorées) :</translation>
    </message>
    <message>
        <source>Edit Values of “%1”</source>
        <translation>Modifier les valeurs de « %1 »</translation>
    </message>
    <message>
        <source>Checking the changes…</source>
        <translation>Vérification des modifications…</translation>
    </message>
    <message>
        <source>Nothing to apply: the edits leave the schema as it is.</source>
        <translation>Rien à appliquer : les modifications laissent le schéma inchangé.</translation>
    </message>
    <message>
        <source>Apply Schema Changes</source>
        <translation>Appliquer les modifications du schéma</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n change(s) to the schema? Version %1 becomes %2.</source>
        <translation>
            <numerusform>Appliquer %n modification au schéma ? La version %1 devient %2.</numerusform>
            <numerusform>Appliquer %n modifications au schéma ? La version %1 devient %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No file mapping is affected.</source>
        <translation>Aucune correspondance de fichier n’est concernée.</translation>
    </message>
    <message numerus="yes">
        <source>%n file mapping(s) affected:</source>
        <translation>
            <numerusform>%n correspondance de fichier concernée :</numerusform>
            <numerusform>%n correspondances de fichiers concernées :</numerusform>
        </translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s)</source>
        <translation>
            <numerusform>%n correspondance</numerusform>
            <numerusform>%n correspondances</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>The schema changes were not applied.</source>
        <translation>Les modifications du schéma n’ont pas été appliquées.</translation>
    </message>
    <message>
        <source>Applying the schema changes…</source>
        <translation>Application des modifications du schéma…</translation>
    </message>
    <message numerus="yes">
        <source>Schema version %1 applied (%n change(s)).</source>
        <translation>
            <numerusform>Version %1 du schéma appliquée (%n modification).</numerusform>
            <numerusform>Version %1 du schéma appliquée (%n modifications).</numerusform>
        </translation>
    </message>
    <message>
        <source>The schema changes could not be applied.</source>
        <translation>Les modifications du schéma n’ont pas pu être appliquées.</translation>
    </message>
    <message>
        <source>Someone else changed the schema since you loaded it; your changes were not applied.</source>
        <translation>Quelqu’un d’autre a modifié le schéma depuis son chargement ; vos modifications n’ont pas été appliquées.</translation>
    </message>
    <message>
        <source>Reload to see the current schema (your edits are discarded), or keep editing.</source>
        <translation>Rechargez pour voir le schéma actuel (vos modifications seront abandonnées), ou continuez la modification.</translation>
    </message>
    <message>
        <source>Reload…</source>
        <translation>Recharger…</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Continuer la modification</translation>
    </message>
    <message>
        <source>Discard your edits and load the current schema?</source>
        <translation>Abandonner vos modifications et charger le schéma actuel ?</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <source>Fix the problems marked in the table first</source>
        <translation>Corrigez d’abord les problèmes signalés dans le tableau</translation>
    </message>
    <message>
        <source>Show the pending changes and apply them to the database</source>
        <translation>Afficher les modifications en attente et les appliquer à la base de données</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Aucune base de données</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Version %1, unsaved changes</source>
        <translation>Version %1, modifications non enregistrées</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before Apply:</source>
        <translation>
            <numerusform>%n problème à corriger avant d’appliquer :</numerusform>
            <numerusform>%n problèmes à corriger avant d’appliquer :</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>Unapplied Schema Edits</source>
        <translation>Modifications du schéma non appliquées</translation>
    </message>
    <message>
        <source>The schema has edits that are not applied yet.</source>
        <translation>Le schéma comporte des modifications qui ne sont pas encore appliquées.</translation>
    </message>
    <message>
        <source>Review and apply them in the Schema view, or discard them?</source>
        <translation>Les vérifier et les appliquer dans la vue Schéma, ou les abandonner ?</translation>
    </message>
    <message>
        <source>Review and Apply…</source>
        <translation>Vérifier et appliquer…</translation>
    </message>
    <message>
        <source>Create From Header</source>
        <translation>Créer depuis l’en-tête</translation>
    </message>
    <message>
        <source>Select a file in the Projects tree first</source>
        <translation>Sélectionnez d’abord un fichier dans l’arborescence des projets</translation>
    </message>
    <message>
        <source>One text column for each column of %1: %2</source>
        <translation>Une colonne texte pour chaque colonne de %1 : %2</translation>
    </message>
    <message>
        <source>The schema has no columns yet. Add them with Add Column, or select a file in the Projects tree to create them from its header.</source>
        <translation>Le schéma n’a pas encore de colonnes. Ajoutez-les avec « Ajouter une colonne », ou sélectionnez un fichier dans l’arborescence des projets pour les créer depuis son en-tête.</translation>
    </message>
    <message>
        <source>The schema has no columns yet. Create one for each column of %1, then set their types, or add them one by one with Add Column.</source>
        <translation>Le schéma n’a pas encore de colonnes. Créez-en une pour chaque colonne de %1, puis définissez leurs types, ou ajoutez-les une à une avec « Ajouter une colonne ».</translation>
    </message>
    <message>
        <source>create columns from %1</source>
        <translation>créer les colonnes depuis %1</translation>
    </message>
    <message>
        <source>Schema columns</source>
        <translation>Colonnes du schéma</translation>
    </message>
    <message>
        <source>The columns of the schema; problems are marked in their cells</source>
        <translation>Les colonnes du schéma ; les problèmes sont marqués dans leurs cellules</translation>
    </message>
    <message>
        <source>Edit &amp;Rules…</source>
        <translation>&amp;Modifier les règles…</translation>
    </message>
    <message>
        <source>Edit the column&apos;s validation rules: pattern, bounds, lengths, unique, required with another column</source>
        <translation>Modifier les règles de validation de la colonne : motif, bornes, longueurs, unicité, obligation avec une autre colonne</translation>
    </message>
    <message>
        <source>Edit Rules of “%1”</source>
        <translation>Modifier les règles de « %1 »</translation>
    </message>
</context>
<context>
    <name>stevedore::SchemaModel</name>
    <message>
        <source>Add Column “%1”</source>
        <translation>Ajouter la colonne « %1 »</translation>
    </message>
    <message>
        <source>Remove Column “%1”</source>
        <translation>Supprimer la colonne « %1 »</translation>
    </message>
    <message>
        <source>Move Column “%1”</source>
        <translation>Déplacer la colonne « %1 »</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Integer</source>
        <translation>Entier</translation>
    </message>
    <message>
        <source>Decimal</source>
        <translation>Décimal</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>Booléen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Enumeration</source>
        <translation>Énumération</translation>
    </message>
    <message>
        <source>Comma-separated; use Edit Values… for values that contain commas</source>
        <translation>Séparées par des virgules ; utilisez « Modifier les valeurs… » pour les valeurs contenant des virgules</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Enum values</source>
        <translation>Valeurs de l’énumération</translation>
    </message>
    <message>
        <source>Make “%1” Required</source>
        <translation>Rendre « %1 » obligatoire</translation>
    </message>
    <message>
        <source>Make “%1” Optional</source>
        <translation>Rendre « %1 » facultative</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>Renommer « %1 » en « %2 »</translation>
    </message>
    <message>
        <source>Change Type of “%1”</source>
        <translation>Modifier le type de « %1 »</translation>
    </message>
    <message>
        <source>Change Description of “%1”</source>
        <translation>Modifier la description de « %1 »</translation>
    </message>
    <message>
        <source>Change Values of “%1”</source>
        <translation>Modifier les valeurs de « %1 »</translation>
    </message>
    <message>
        <source>Double-click or Edit Rules… to edit the validation rules</source>
        <translation>Double-cliquez ou utilisez Modifier les règles… pour modifier les règles de validation</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
</context>
<context>
    <name>stevedore::TemplatesDialog</name>
    <message>
        <source>Import Templates</source>
        <translation>Modèles d’import</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Unique, case does not matter; `stevedore import --template NAME` uses it. A saved template keeps its name.</source>
        <translation>Unique, sans tenir compte de la casse ; `stevedore import --template NOM` l’utilise. Un modèle enregistré garde son nom.</translation>
    </message>
    <message>
        <source>The first</source>
        <translation>La première</translation>
    </message>
    <message>
        <source>A workbook&apos;s sheet by name or 1-based number</source>
        <translation>La feuille d’un classeur, par nom ou numéro (à partir de 1)</translation>
    </message>
    <message>
        <source>Rows of a sheet above its header row</source>
        <translation>Lignes d’une feuille au-dessus de sa ligne d’en-tête</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>Stop an import once more than N records (&quot;1000&quot;) or N % of those read (&quot;2.5%&quot;) are rejected; empty: no limit</source>
        <translation>Arrêter un import dès que plus de N enregistrements (« 1000 ») ou N % de ceux lus (« 2.5% ») sont rejetés ; vide : sans limite</translation>
    </message>
    <message>
        <source>All or nothing: a failed import keeps nothing of the file</source>
        <translation>Tout ou rien : un import échoué ne garde rien du fichier</translation>
    </message>
    <message>
        <source>File column</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Schema column</source>
        <translation>Colonne du schéma</translation>
    </message>
    <message>
        <source>Transform</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>&amp;Add Column</source>
        <translation>&amp;Ajouter une colonne</translation>
    </message>
    <message>
        <source>&amp;Remove Column</source>
        <translation>&amp;Retirer la colonne</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Stores the template as a new version (Ctrl+S)</source>
        <translation>Enregistre le modèle comme nouvelle version (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>De&amp;limiter:</source>
        <translation>Sé&amp;parateur :</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Guillemet :</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>&amp;En-tête :</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Feuille :</translation>
    </message>
    <message>
        <source>Skip &amp;rows:</source>
        <translation>&amp;Lignes à sauter :</translation>
    </message>
    <message>
        <source>Stop after re&amp;jects:</source>
        <translation>Arrêter après re&amp;jets :</translation>
    </message>
    <message>
        <source>Mapping:</source>
        <translation>Correspondance :</translation>
    </message>
    <message>
        <source>Could not read the templates: %1</source>
        <translation>Impossible de lire les modèles : %1</translation>
    </message>
    <message numerus="yes">
        <source>Version %1, %n mapped column(s)</source>
        <translation>
            <numerusform>Version %1, %n colonne associée</numerusform>
            <numerusform>Version %1, %n colonnes associées</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>The template “%1” has changes that are not saved.</source>
        <translation>Le modèle « %1 » a des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Discard them to show another template?</source>
        <translation>Les abandonner pour afficher un autre modèle ?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>No template is shown.</source>
        <translation>Aucun modèle n’est affiché.</translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation>Le modèle a besoin d’un nom.</translation>
    </message>
    <message>
        <source>A template named “%1” exists already.</source>
        <translation>Un modèle nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Fixed width needs the columns of a fixed-width file: save one imported that way as a template (stevedore template save NAME --project P --file F).</source>
        <translation>La largeur fixe a besoin des colonnes d’un fichier à largeur fixe : enregistrez comme modèle un fichier importé ainsi (stevedore template save NOM --project P --file F).</translation>
    </message>
    <message>
        <source>“%1” is no rejects limit: give a number of records (1000) or a share (2.5%).</source>
        <translation>« %1 » n’est pas une limite de rejets : indiquez un nombre d’enregistrements (1000) ou une part (2.5%).</translation>
    </message>
    <message>
        <source>Mapping row %1 names no file column.</source>
        <translation>La ligne de correspondance %1 ne nomme aucune colonne du fichier.</translation>
    </message>
    <message>
        <source>Mapping row %1: “%2” is not a schema column.</source>
        <translation>Ligne de correspondance %1 : « %2 » n’est pas une colonne du schéma.</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>Discard them to start a new template?</source>
        <translation>Les abandonner pour commencer un nouveau modèle ?</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Saved the template “%1”, version %2</source>
        <translation>Modèle « %1 » enregistré, version %2</translation>
    </message>
    <message>
        <source>Delete Template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete the import template “%1”?</source>
        <translation>Supprimer le modèle d’import « %1 » ?</translation>
    </message>
    <message>
        <source>Files imported with it keep their mapping. This cannot be undone.</source>
        <translation>Les fichiers importés avec lui gardent leur correspondance. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Non supprimé : %1</translation>
    </message>
    <message>
        <source>Deleted the template “%1”</source>
        <translation>Modèle « %1 » supprimé</translation>
    </message>
    <message>
        <source>No import template yet: New starts one.</source>
        <translation>Aucun modèle d’import pour l’instant : Nouveau en commence un.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Version %1, saved %2 by %3</source>
        <translation>Version %1, enregistrée le %2 par %3</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>un utilisateur inconnu</translation>
    </message>
    <message>
        <source> — changed, not saved</source>
        <translation> — modifié, non enregistré</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Which file column feeds which schema column, with an optional transform such as trim or number:de_DE and validation rules of its own</source>
        <translation>Quelle colonne du fichier alimente quelle colonne du schéma, avec une transformation facultative comme trim ou number:de_DE et des règles de validation propres</translation>
    </message>
    <message>
        <source>Edit R&amp;ules…</source>
        <translation>Modifier les r&amp;ègles…</translation>
    </message>
    <message>
        <source>Validation rules that each file mapped with this template gets for the row&apos;s schema column, on top of the schema&apos;s own</source>
        <translation>Règles de validation que reçoit chaque fichier associé avec ce modèle pour la colonne du schéma de la ligne, en plus de celles du schéma</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Double-click or Edit Rules… to edit them</source>
        <translation>Double-cliquez ou « Modifier les règles… » pour les modifier</translation>
    </message>
    <message>
        <source>Template Rules for “%1”</source>
        <translation>Règles du modèle pour « %1 »</translation>
    </message>
    <message>
        <source>Each file mapped with this template gets these rules for “%1”, checked after the schema column&apos;s own, on the value after the transform. An empty value is checked only by the required rules.</source>
        <translation>Chaque fichier associé avec ce modèle reçoit ces règles pour « %1 », vérifiées après celles de la colonne du schéma, sur la valeur après la transformation. Une valeur vide n’est vérifiée que par les règles d’obligation.</translation>
    </message>
    <message>
        <source>Mapping row %1, rules for “%2”: %3</source>
        <translation>Ligne %1 de la correspondance, règles pour « %2 » : %3</translation>
    </message>
</context>
<context>
    <name>stevedore::TimeSeriesChart</name>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>repris</translation>
    </message>
    <message>
        <source>retried</source>
        <translation>réessayé</translation>
    </message>
    <message>
        <source>Time since the start</source>
        <translation>Temps depuis le début</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
</context>
</TS>
