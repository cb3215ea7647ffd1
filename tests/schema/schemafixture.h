// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

// A database for the schema and mapping tests: a fresh SQLite file per test function, or, in
// the *_pg executables (built with STEVEDORE_TEST_PG), a scratch database on the PostgreSQL
// cluster named by STEVEDORE_TEST_PG_PRIMARY. The global schema is shared by everything in a
// database, so the helpers only ever touch the columns a test created ("mine": names with the
// fixture's prefix), keep anyone else's, and remove their own at cleanup.

#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "schema/schemaservice.h"
#include "store/catalog.h"
#include "store/recordcodec.h"
#include "store/recordwriter.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <memory>
#include <optional>
#include <type_traits>

namespace stevedore::test {

class SchemaFixture
{
public:
    static constexpr const char *missingPg = "STEVEDORE_TEST_PG_PRIMARY is not set: the "
                                             "PostgreSQL variant of this test needs a cluster "
                                             "(scripts/test starts one)";

    // Call from initTestCase(): on PostgreSQL, creates the scratch database every test
    // function of the run shares. False when STEVEDORE_TEST_PG_PRIMARY is not set.
    bool setUpCase()
    {
#ifdef STEVEDORE_TEST_PG
        m_pg = std::make_unique<PgScratch>();
        if (!m_pg->ok())
            return false;
        m_database = openDatabase(m_pg->primary());
#endif
        return true;
    }

    // Call from init(): a fresh SQLite database, or a new name prefix on PostgreSQL.
    void setUp()
    {
        m_prefix = QStringLiteral("t%1_").arg(QRandomGenerator::global()->bounded(100000));
        if (!m_pg) {
            m_dir = std::make_unique<QTemporaryDir>();
            m_url = sqliteUrl(*m_dir);
            m_database = openDatabase(m_url);
        }
        m_projectId = write([name = projectName()](QSqlDatabase &db) {
            return catalog::ensureProject(Sql(db), name);
        });
    }

    // Call from cleanup(): removes this test's columns and project (PostgreSQL), or the whole
    // database (SQLite).
    void tearDown()
    {
        if (m_pg && m_database) {
            try {
                applyMine({});
                write([name = projectName()](QSqlDatabase &db) {
                    return catalog::deleteProject(Sql(db), name);
                });
            } catch (const DbError &error) {
                qWarning("cleanup failed: %s", qPrintable(error.message()));
            }
            return;
        }
        m_database.reset();
        m_dir.reset();
    }

    // Call from cleanupTestCase().
    void tearDownCase()
    {
        m_database.reset();
        m_pg.reset();
    }

    Database &database()
    {
        return *m_database;
    }
    DbUrl url() const
    {
        return m_url;
    } // SQLite only
    bool isPostgres() const
    {
        return m_pg != nullptr;
    }
    QString name(const QString &base) const
    {
        return m_prefix + base;
    }
    QString projectName() const
    {
        return m_prefix + QStringLiteral("project");
    }
    qint64 projectId() const
    {
        return m_projectId;
    }

    // Run fn on a pool connection and wait; exceptions reach the caller.
    template<typename Fn>
    auto write(Fn fn) -> std::invoke_result_t<Fn &, QSqlDatabase &>
    {
        return wait(m_database->write(std::move(fn)));
    }

    template<typename Fn>
    auto read(Fn fn) -> std::invoke_result_t<Fn &, QSqlDatabase &>
    {
        return wait(m_database->read(std::move(fn), ReadConsistency::Primary));
    }

    template<typename T>
    static T wait(QFuture<T> future)
    {
        if constexpr (std::is_void_v<T>)
            future.waitForFinished();
        else
            return future.result();
    }

    Schema schema()
    {
        return read([](QSqlDatabase &db) { return SchemaService(Sql(db)).load(); });
    }

    // The columns this test created, in schema order.
    QList<SchemaColumn> mine(const Schema &schema) const
    {
        QList<SchemaColumn> out;
        for (const SchemaColumn &column : schema.columns) {
            if (column.name.startsWith(m_prefix))
                out << column;
        }
        return out;
    }
    QList<SchemaColumn> mine()
    {
        return mine(schema());
    }

    // Everyone else's columns as they are, followed by columns (this test's).
    QList<SchemaColumn> withOthers(const QList<SchemaColumn> &columns)
    {
        QList<SchemaColumn> desired;
        for (const SchemaColumn &column : schema().columns) {
            if (!column.name.startsWith(m_prefix))
                desired << column;
        }
        return desired + columns;
    }

    SchemaDiff applyMine(const QList<SchemaColumn> &columns,
                         std::optional<int> expectVersion = std::nullopt,
                         bool dryRun = false,
                         std::function<void(int)> hook = {})
    {
        const QList<SchemaColumn> desired = withOthers(columns);
        return write([desired, expectVersion, dryRun, hook](QSqlDatabase &db) {
            const Sql sql(db);
            SchemaService service(sql);
            service.setStatementHook(hook);
            return service.apply(desired, expectVersion, dryRun);
        });
    }

    SchemaColumn column(const QString &base,
                        ColumnType type = ColumnType::Text,
                        bool required = false,
                        const QStringList &values = {}) const
    {
        SchemaColumn column;
        column.name = name(base);
        column.type = type;
        column.required = required;
        column.values = values;
        return column;
    }

    // Inserts a file and its records directly (the importer's job in production). Record i
    // gets record_no i + 1 and line_no firstLine + i.
    qint64 createFile(const QString &fileName,
                      const QStringList &header,
                      const QList<QStringList> &rows,
                      qint64 firstLine = 2)
    {
        const qint64 projectId = m_projectId;
        return write([=](QSqlDatabase &db) {
            const Sql sql(db);
            SqlTransaction transaction(sql);
            const QString headerJson = QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(header)).toJson(QJsonDocument::Compact));
            const qint64 fileId
                = sql.scalar(
                         QStringLiteral("INSERT INTO files (project_id, name, "
                                        "header, record_count, status, "
                                        "created_at) VALUES (?, ?, ?, ?, "
                                        "'imported', ?) RETURNING id"),
                         {projectId, fileName, headerJson, qint64(rows.size()), catalog::nowMs()})
                      .toLongLong();
            RecordBatch batch;
            for (qsizetype i = 0; i < rows.size(); ++i) {
                QList<QByteArray> utf8;
                for (const QString &field : rows[i])
                    utf8 << field.toUtf8();
                batch.appendRecord(qint64(i + 1), firstLine + i, utf8);
            }
            writeRecords(sql, fileId, batch, 0, batch.rows.size(), 0);
            transaction.commit();
            return fileId;
        });
    }

private:
    QString m_prefix;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PgScratch> m_pg;
    std::unique_ptr<Database> m_database;
    DbUrl m_url;
    qint64 m_projectId = 0;
};

} // namespace stevedore::test
