// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "connection/connectionstatus.h"

#include "db/database.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>

namespace stevedore {

ConnectionStatus::ConnectionStatus(QWidget *parent)
    : QWidget(parent)
{
    m_connection = new QLabel(this);
    m_health = new QLabel(this);
    m_pooler = new QLabel(this);
    m_pool = new QLabel(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(fontMetrics().averageCharWidth() * 3);
    for (QLabel *label : {m_connection, m_health, m_pooler, m_pool}) {
        label->setTextFormat(Qt::PlainText);
        layout->addWidget(label);
    }
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionStatus::refresh);
}

QString ConnectionStatus::engineName(const DbUrl &url)
{
    return url.isPostgres() ? tr("PostgreSQL") : tr("SQLite");
}

QString ConnectionStatus::shortName(const DbUrl &url)
{
    // An SQLite path is long; the file name says enough and the tooltip has the rest.
    return url.isPostgres() ? url.shortName() : QFileInfo(url.path).fileName();
}

void ConnectionStatus::setConnecting(const DbUrl &url)
{
    m_timer.stop();
    m_database = nullptr;
    m_connection->setText(tr("Connecting to %1 %2…").arg(engineName(url), shortName(url)));
    m_connection->setToolTip(url.redacted());
    m_health->clear();
    m_pooler->clear();
    m_pool->clear();
}

void ConnectionStatus::setFailed(const DbUrl &url, const QString &error)
{
    m_timer.stop();
    m_database = nullptr;
    m_connection->setText(tr("Not connected: %1 %2").arg(engineName(url), shortName(url)));
    m_connection->setToolTip(error);
    m_health->clear();
    m_pooler->clear();
    m_pool->clear();
}

void ConnectionStatus::setConnected(Database *database)
{
    m_database = database;
    const DbUrl &url = database->options().primary;
    m_connection->setText(tr("%1 %2").arg(engineName(url), shortName(url)));
    m_connection->setToolTip(tr("%1\n%2").arg(url.redacted(), database->serverVersion()));
    m_pooler->setVisible(url.isPostgres());
    refresh();
    m_timer.start();
}

void ConnectionStatus::refresh()
{
    if (!m_database) {
        m_health->clear();
        m_pooler->clear();
        m_pool->clear();
        return;
    }
    const QList<ReplicaStatus> replicas = m_database->replicaStatus();
    if (replicas.isEmpty()) {
        m_health->setText(tr("Primary only"));
        m_health->setToolTip(tr("No read replicas: every query goes to the primary."));
    } else {
        int usable = 0;
        QStringList details;
        for (const ReplicaStatus &replica : replicas) {
            usable += replica.usable ? 1 : 0;
            if (!replica.healthy)
                details << tr("%1: down (%2)").arg(replica.name, replica.lastError);
            else if (replica.lagMs < 0)
                details << tr("%1: up, lag unknown").arg(replica.name);
            else
                details << tr("%1: up, lag %2 ms%3")
                               .arg(replica.name)
                               .arg(qRound(replica.lagMs))
                               .arg(replica.usable ? QString() : tr(" (too far behind)"));
        }
        m_health->setText(tr("Replicas: %1 of %2 usable").arg(usable).arg(replicas.size()));
        m_health->setToolTip(details.join(QLatin1Char('\n')));
    }
    m_pooler->setText(m_database->pooler() == PoolerMode::Transaction ? tr("Pooler: transaction")
                                                                      : tr("Pooler: none"));
    m_pooler->setToolTip(m_database->pooler() == PoolerMode::Transaction
                             ? tr("Behind a transaction pooler (PgBouncer): no session state "
                                  "is kept between transactions.")
                             : tr("Direct connections to the server."));
    PoolMetrics use = m_database->writerPool().metrics();
    if (&m_database->readerPool() != &m_database->writerPool()) {
        const PoolMetrics readers = m_database->readerPool().metrics();
        use.busy += readers.busy;
        use.open += readers.open;
        use.waiting += readers.waiting;
    }
    m_pool->setText(
        tr("Pool: %1 busy / %2 open / %3 waiting").arg(use.busy).arg(use.open).arg(use.waiting));
}

QString ConnectionStatus::connectionText() const
{
    return m_connection->text();
}

QString ConnectionStatus::healthText() const
{
    return m_health->text();
}

QString ConnectionStatus::poolText() const
{
    return m_pool->text();
}

} // namespace stevedore
