// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT

// Measures how fast a file is validated against its mapping. Run by hand (not a ctest test):
//   bench_validate [RECORDS] [--db URL]
// RECORDS defaults to 1,000,000; without --db it uses a temporary SQLite file. On a given
// database it creates a project and bench_* schema columns and removes them at the end.

#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "schema/mappingservice.h"
#include "schema/schemaservice.h"
#include "store/catalog.h"
#include "store/recordwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace stevedore;

namespace {

const QStringList header{QStringLiteral("Mail"),
                         QStringLiteral("Name"),
                         QStringLiteral("Age"),
                         QStringLiteral("Status"),
                         QStringLiteral("Joined"),
                         QStringLiteral("Score")};

QList<SchemaColumn> benchColumns(const Schema &current, bool withBench)
{
    QList<SchemaColumn> out;
    for (const SchemaColumn &column : current.columns) {
        if (!column.name.startsWith(QLatin1String("bench_")))
            out << column;
    }
    if (!withBench)
        return out;
    // A column without an id is new: keep the stored bench columns by id.
    auto add = [&out, &current](
                   const char *name, ColumnType type, bool required, QStringList values = {}) {
        SchemaColumn column;
        column.name = QString::fromLatin1(name);
        if (const SchemaColumn *existing = current.byName(column.name))
            column.id = existing->id;
        column.type = type;
        column.required = required;
        column.values = values;
        out << column;
    };
    add("bench_email", ColumnType::Email, true);
    add("bench_name", ColumnType::Text, true);
    add("bench_age", ColumnType::Integer, false);
    add("bench_status",
        ColumnType::Enum,
        false,
        {QStringLiteral("active"), QStringLiteral("inactive")});
    add("bench_joined", ColumnType::Date, false);
    add("bench_score", ColumnType::Decimal, false);
    return out;
}

// Generates the records through the importer's writer, so they are stored as an import
// stores them. Every 997th record has an invalid e-mail address and every 1009th an invalid
// age.
void generate(const Sql &sql, qint64 fileId, qint64 records)
{
    RecordBatch batch;
    for (qint64 n = 1; n <= records; ++n) {
        const QByteArray number = QByteArray::number(n);
        batch.appendRecord(
            n,
            n + 1,
            {"user" + number + (n % 997 == 0 ? "(at)example.com" : "@example.com"),
             "Person " + number,
             n % 1009 == 0 ? QByteArray("n/a") : QByteArray::number(n % 90),
             n % 3 == 0 ? QByteArray("inactive") : QByteArray("active"),
             QString::asprintf(
                 "%04d-%02d-%02d", int(2000 + n % 24), int(1 + n % 12), int(1 + n % 28))
                 .toLatin1(),
             QByteArray::number(double(n % 10000) / 7.0, 'f', 2)});
        if (batch.rows.size() >= 50000 || n == records) {
            writeRecords(sql, fileId, batch, 0, batch.rows.size(), 0);
            batch.clear();
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString dbText;
    if (const qsizetype i = args.indexOf(QStringLiteral("--db")); i >= 0 && i + 1 < args.size()) {
        dbText = args[i + 1];
        args.remove(i, 2);
    }
    const qint64 records = args.isEmpty() ? 1000000 : args.first().toLongLong();
    QTemporaryDir dir;
    DatabaseOptions options;
    options.primary = DbUrl::parse(
        dbText.isEmpty() ? QStringLiteral("sqlite:") + dir.filePath("bench.db") : dbText);
    const QString project = QStringLiteral("bench-%1").arg(QCoreApplication::applicationPid());
    try {
        Database database(options);
        database.open();
        QElapsedTimer timer;
        timer.start();
        const qint64 fileId
            = database
                  .write([&](QSqlDatabase &db) {
                      const Sql sql(db);
                      SchemaService schema(sql);
                      schema.apply(benchColumns(schema.load(), true));
                      SqlTransaction transaction(sql);
                      const qint64 projectId = catalog::ensureProject(sql, project);
                      const qint64 id
                          = sql.scalar(QStringLiteral("INSERT INTO files (project_id, name, "
                                                      "header, record_count, status, "
                                                      "created_at) VALUES (?, 'bench.csv', ?, "
                                                      "?, 'imported', 0) RETURNING id"),
                                       {projectId,
                                        QStringLiteral(
                                            R"(["Mail","Name","Age","Status","Joined","Score"])"),
                                        records})
                                .toLongLong();
                      generate(sql, id, records);
                      transaction.commit();
                      QList<MappingEdit> edits;
                      const char *targets[] = {"bench_email",
                                               "bench_name",
                                               "bench_age",
                                               "bench_status",
                                               "bench_joined",
                                               "bench_score"};
                      for (int i = 0; i < header.size(); ++i)
                          edits << MappingEdit{
                              header[i], 0, QString::fromLatin1(targets[i]), {}, {}};
                      MappingService(sql).save(id, edits);
                      return id;
                  })
                  .result();
        std::printf("generated %lld records in %.1f s (%s)\n",
                    records,
                    double(timer.elapsed()) / 1000,
                    qPrintable(options.primary.redacted()));
        for (int run = 1; run <= 3; ++run) {
            timer.restart();
            const std::clock_t cpuStart = std::clock();
            const ValidationReport report
                = database
                      .read(
                          [fileId](QSqlDatabase &db) {
                              return MappingService(Sql(db)).validate(fileId);
                          },
                          ReadConsistency::Primary)
                      .result();
            const double seconds = double(timer.nsecsElapsed()) / 1e9;
            // CPU time of the process (the validating pool thread; this one waits): the figure
            // that matters on a shared machine, where wall time depends on the neighbours.
            const double cpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
            std::printf("run %d: validated %lld records (%lld invalid values, 6 columns) in %.2f s "
                        "wall, %.2f s CPU: %.0f records/s wall, %.0f records/s per CPU second\n",
                        run,
                        report.records,
                        report.invalidValues(),
                        seconds,
                        cpu,
                        double(report.records) / seconds,
                        double(report.records) / cpu);
        }
        database
            .write([&](QSqlDatabase &db) {
                const Sql sql(db);
                catalog::deleteProject(sql, project);
                SchemaService schema(sql);
                schema.apply(benchColumns(schema.load(), false));
            })
            .waitForFinished();
    } catch (const DbError &error) {
        std::fprintf(stderr, "bench_validate: %s\n", qPrintable(error.message()));
        return 1;
    }
    return 0;
}
