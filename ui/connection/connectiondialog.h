// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "connection/connectiontest.h"
#include "db/database.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace stevedore {

class BusyIndicator;

// File → Connect…: an embedded SQLite file or a PostgreSQL primary with replicas. A pasted
// postgresql:// URI fills the fields. "Test connection" opens a throwaway Database off the GUI
// thread and reports the server version, the round trip of SELECT 1 and the replicas' health.
// The password typed here stays in memory (in options()); recent connections are stored
// without it.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(QWidget *parent = nullptr);

    void setOptions(const DatabaseOptions &options);
    // Throws DbError(Invalid) when the fields do not make a usable connection.
    DatabaseOptions options() const;

    // Fills the PostgreSQL fields from a URI; returns false (and says why) when it is invalid.
    bool applyUri(const QString &uri);
    void testConnection();
    bool isTesting() const;
    QString testResultText() const;

    void accept() override;

signals:
    void testFinished(const ConnectionTestResult &result);

private:
    void buildSqlitePage(QWidget *page);
    void buildPostgresPage(QWidget *page);
    void browseSqlite();
    void showResult(const ConnectionTestResult &result);
    void updateEngine();

    quint64 m_testToken = 0;
    QComboBox *m_recent = nullptr;
    QRadioButton *m_sqlite = nullptr;
    QRadioButton *m_postgres = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_uri = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_sslmode = nullptr;
    QLineEdit *m_password = nullptr;
    QPlainTextEdit *m_replicas = nullptr;
    QCheckBox *m_pooler = nullptr;
    QSpinBox *m_maxLag = nullptr;
    QPushButton *m_testButton = nullptr;
    BusyIndicator *m_busy = nullptr;
    QLabel *m_result = nullptr;
    QList<std::pair<QString, QString>> m_extraParams; // libpq parameters the fields don't show
};

} // namespace stevedore
