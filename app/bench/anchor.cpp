// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "anchor.h"

#include "benchcontext.h"
#include "childprocess.h"
#include "csvgenerator.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"

#include <QFile>

namespace stevedore::bench {

namespace {

qint64 countRows(Database &db, const QString &query)
{
    return db.write([query](QSqlDatabase &conn) { return Sql(conn).scalar(query).toLongLong(); })
        .result();
}

} // namespace

Anchor::Anchor(BenchContext &ctx, const QString &csv, Input input)
    : m_ctx(ctx)
    , m_csv(csv)
    , m_input(input)
    , m_table(QStringLiteral("stevedore_bench_copy_") + ctx.tag())
    , m_anchorDb(ctx.path(QStringLiteral("bench-%1-anchor.db").arg(ctx.tag())))
{
    m_tool = ctx.isPostgres() ? QStringLiteral("psql") : QStringLiteral("sqlite3");
    if (input == Input::GzipCsv && ctx.isPostgres())
        return; // not measured: unavailable
    m_version = toolVersion(m_tool, ctx.options().outDir);
}

Anchor::~Anchor()
{
    if (!m_tableCreated)
        return;
    try {
        m_ctx.execute(QStringLiteral("DROP TABLE IF EXISTS ") + m_table);
    } catch (const DbError &) {
        // The name is unique and says what it was.
    }
}

double Anchor::run()
{
    const ChildResult child = m_ctx.isPostgres() ? runPsql() : runSqlite();
    if (!child.ok())
        throw DbError(DbError::Kind::Permanent,
                      QStringLiteral("%1 failed: %2")
                          .arg(m_tool, QString::fromUtf8(child.err).trimmed() + child.error));
    return child.seconds;
}

void Anchor::reset()
{
    if (m_ctx.isPostgres()) {
        if (m_rows < 0)
            m_rows = countRows(m_ctx.database(), QStringLiteral("SELECT count(*) FROM ") + m_table);
        m_ctx.execute(QStringLiteral("DROP TABLE ") + m_table);
        m_tableCreated = false;
        return;
    }
    if (m_rows < 0) {
        const ChildResult count = runChild(QStringLiteral("sqlite3"),
                                           {m_anchorDb, QStringLiteral("SELECT count(*) FROM t")},
                                           {},
                                           m_ctx.options().outDir);
        m_rows = QString::fromUtf8(count.out).trimmed().toLongLong();
    }
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(m_anchorDb + QLatin1String(suffix));
}

ChildResult Anchor::runSqlite()
{
    QFile::remove(m_anchorDb);
    // A new table takes its column names from the header line.
    if (m_input == Input::Csv)
        return runChild(QStringLiteral("sqlite3"),
                        {m_anchorDb, QStringLiteral(".import --csv \"%1\" t").arg(m_csv)},
                        {},
                        m_ctx.options().outDir);
    // The shell's status is sqlite3's; a zcat that fails leaves it too few rows (reset()
    // counts them).
    return runChild(QStringLiteral("sh"),
                    {QStringLiteral("-c"),
                     QStringLiteral("zcat -- \"$1\" | sqlite3 \"$2\" '.import --csv /dev/stdin t'"),
                     QStringLiteral("sh"),
                     m_csv,
                     m_anchorDb},
                    {},
                    m_ctx.options().outDir);
}

ChildResult Anchor::runPsql()
{
    QStringList columns;
    for (const QString &name : benchCsvHeader())
        columns << Sql::quoteIdentifier(name) + QStringLiteral(" text");
    m_tableCreated = true;
    m_ctx.execute(
        QStringLiteral("CREATE TABLE %1 (%2)").arg(m_table, columns.join(QStringLiteral(", "))));
    DbUrl url = m_ctx.database().options().primary;
    const QString password = url.password;
    url.password.clear(); // handed over in the environment, not on the command line
    QString quoted = m_csv;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return runChild(QStringLiteral("psql"),
                    {QStringLiteral("-X"),
                     QStringLiteral("-q"),
                     QStringLiteral("-v"),
                     QStringLiteral("ON_ERROR_STOP=1"),
                     QStringLiteral("-d"),
                     url.conninfo(),
                     QStringLiteral("-c"),
                     QStringLiteral("\\copy %1 FROM '%2' CSV HEADER").arg(m_table, quoted)},
                    password.isEmpty()
                        ? QMap<QString, QString>()
                        : QMap<QString, QString>{{QStringLiteral("PGPASSWORD"), password}},
                    m_ctx.options().outDir);
}

} // namespace stevedore::bench
