// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "db/dburl.h"

#include <QTimer>
#include <QWidget>

class QLabel;

namespace stevedore {

class Database;

// The status bar's right-hand side: the connection (engine and short name), replica health,
// the pooler profile and pool use. Refreshed every 2 s from the database's cached state
// (replicaStatus() and the pools' metrics() never touch the network).
class ConnectionStatus : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionStatus(QWidget *parent = nullptr);

    void setConnecting(const DbUrl &url);
    // The database must be open and outlive the widget's use of it (until the next call).
    void setConnected(Database *database);
    void setFailed(const DbUrl &url, const QString &error);

    QString connectionText() const;
    QString healthText() const;
    QString poolText() const;

    void refresh();

private:
    static QString engineName(const DbUrl &url);
    static QString shortName(const DbUrl &url);

    Database *m_database = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_health = nullptr;
    QLabel *m_pooler = nullptr;
    QLabel *m_pool = nullptr;
    QTimer m_timer;
};

} // namespace stevedore
