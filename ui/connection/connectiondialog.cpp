// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "connection/connectiondialog.h"
#include "accessibility.h"

#include "busyindicator.h"
#include "connection/recentconnections.h"
#include "db/dberror.h"
#include "filedialogs.h"
#include "futurewatch.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace stevedore {

namespace {

const QStringList sslModes = {QString(),
                              QStringLiteral("disable"),
                              QStringLiteral("allow"),
                              QStringLiteral("prefer"),
                              QStringLiteral("require"),
                              QStringLiteral("verify-ca"),
                              QStringLiteral("verify-full")};

} // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to a Database"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/connect.svg")));

    m_recent = new QComboBox(this);
    m_recent->setPlaceholderText(tr("Recent connections"));
    setAccessibleText(m_recent, m_recent->placeholderText());
    const QList<DatabaseOptions> recent = RecentConnections::load();
    for (const DatabaseOptions &options : recent)
        m_recent->addItem(RecentConnections::displayName(options));
    m_recent->setCurrentIndex(-1);
    m_recent->setEnabled(!recent.isEmpty());
    connect(m_recent, &QComboBox::activated, this, [this, recent](int index) {
        if (index >= 0 && index < recent.size())
            setOptions(recent[index]);
    });

    m_sqlite = new QRadioButton(tr("&Embedded (SQLite file)"), this);
    m_postgres = new QRadioButton(tr("&PostgreSQL server"), this);
    auto *engines = new QButtonGroup(this);
    engines->addButton(m_sqlite);
    engines->addButton(m_postgres);
    m_sqlite->setChecked(true);

    m_pages = new QStackedWidget(this);
    auto *sqlitePage = new QWidget(m_pages);
    auto *postgresPage = new QWidget(m_pages);
    buildSqlitePage(sqlitePage);
    buildPostgresPage(postgresPage);
    m_pages->addWidget(sqlitePage);
    m_pages->addWidget(postgresPage);

    m_busy = new BusyIndicator(this);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_testButton = buttons->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);

    auto *engineRow = new QHBoxLayout;
    engineRow->addWidget(m_sqlite);
    engineRow->addWidget(m_postgres);
    engineRow->addStretch();
    auto *resultRow = new QHBoxLayout;
    resultRow->addWidget(m_busy, 0, Qt::AlignTop);
    resultRow->addWidget(m_result, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_recent);
    layout->addLayout(engineRow);
    layout->addWidget(m_pages);
    layout->addLayout(resultRow);
    layout->addWidget(buttons);

    connect(m_sqlite, &QRadioButton::toggled, this, &ConnectionDialog::updateEngine);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    updateEngine();
}

void ConnectionDialog::buildSqlitePage(QWidget *page)
{
    m_path = new QLineEdit(page);
    m_path->setPlaceholderText(tr("A new or existing database file"));
    auto *browse = new QPushButton(tr("&Browse…"), page);
    connect(browse, &QPushButton::clicked, this, &ConnectionDialog::browseSqlite);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *form = new QFormLayout(page);
    auto *label = new QLabel(tr("&File:"), page);
    label->setBuddy(m_path); // names the field, and Alt+F reaches it
    form->addRow(label, row);
}

void ConnectionDialog::buildPostgresPage(QWidget *page)
{
    m_uri = new QLineEdit(page);
    m_uri->setPlaceholderText(tr("Paste a postgresql:// URI to fill in the fields"));
    m_uri->setClearButtonEnabled(true);
    m_host = new QLineEdit(page);
    m_host->setPlaceholderText(tr("localhost"));
    m_port = new QSpinBox(page);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default (5432)"));
    m_database = new QLineEdit(page);
    m_user = new QLineEdit(page);
    m_sslmode = new QComboBox(page);
    for (const QString &mode : sslModes)
        m_sslmode->addItem(mode.isEmpty() ? tr("default (prefer)") : mode, mode);
    m_password = new QLineEdit(page);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Empty: from ~/.pgpass or PGPASSWORD"));
    m_password->setToolTip(tr("Kept in memory for this session only, never saved."));
    m_replicas = new QPlainTextEdit(page);
    m_replicas->setPlaceholderText(tr("One postgresql:// URI per line"));
    m_replicas->setTabChangesFocus(true);
    m_replicas->setMaximumHeight(fontMetrics().lineSpacing() * 4 + 12);
    m_pooler = new QCheckBox(tr("Connected through a transaction &pooler (PgBouncer)"), page);
    m_maxLag = new QSpinBox(page);
    m_maxLag->setRange(0, 3600000);
    m_maxLag->setSingleStep(500);
    m_maxLag->setValue(2000);
    m_maxLag->setSuffix(tr(" ms"));

    auto *form = new QFormLayout(page);
    form->addRow(tr("&URI:"), m_uri);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("U&ser:"), m_user);
    form->addRow(tr("SS&L mode:"), m_sslmode);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Replicas:"), m_replicas);
    form->addRow(tr("Max replica &lag:"), m_maxLag);
    form->addRow(QString(), m_pooler);

    connect(m_uri, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().startsWith(QLatin1String("postgres")))
            applyUri(text);
    });
}

void ConnectionDialog::updateEngine()
{
    m_pages->setCurrentIndex(m_sqlite->isChecked() ? 0 : 1);
}

void ConnectionDialog::browseSqlite()
{
    // Not the modal getSaveFileName(): open() keeps the event loop (and tests) running. The
    // open database may be chosen: only SQLite opens it.
    QFileDialog *dialog = filedialogs::create(
        this, tr("Choose an SQLite Database"), {}, {}, filedialogs::LiveDatabase::Allow);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setOption(QFileDialog::DontConfirmOverwrite);
    dialog->setNameFilters({tr("SQLite databases (*.sqlite *.sqlite3 *.db)"), tr("All files (*)")});
    if (!m_path->text().isEmpty())
        dialog->selectFile(m_path->text());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_path->setText(file);
    });
    dialog->open();
}

bool ConnectionDialog::applyUri(const QString &uri)
{
    DbUrl url;
    try {
        url = DbUrl::parse(uri);
    } catch (const DbError &error) {
        m_result->setText(error.message());
        return false;
    }
    if (!url.isPostgres()) {
        m_sqlite->setChecked(true);
        m_path->setText(url.path);
        return true;
    }
    m_postgres->setChecked(true);
    m_host->setText(url.host);
    m_port->setValue(url.port);
    m_database->setText(url.database);
    m_user->setText(url.user);
    if (!url.password.isEmpty())
        m_password->setText(url.password);
    m_pooler->setChecked(url.pooler == PoolerMode::Transaction);
    m_sslmode->setCurrentIndex(0);
    m_extraParams.clear();
    for (const auto &[key, value] : std::as_const(url.params)) {
        if (key == QLatin1String("sslmode") && sslModes.contains(value))
            m_sslmode->setCurrentIndex(int(sslModes.indexOf(value)));
        else
            m_extraParams.append({key, value});
    }
    m_result->clear();
    return true;
}

void ConnectionDialog::setOptions(const DatabaseOptions &options)
{
    m_maxLag->setValue(int(options.maxReplicaLag.count()));
    QStringList replicas;
    for (const DbUrl &replica : options.replicas)
        replicas << replica.toString();
    m_replicas->setPlainText(replicas.join(QLatin1Char('\n')));
    if (!options.primary.isPostgres()) {
        m_sqlite->setChecked(true);
        m_path->setText(options.primary.path);
        return;
    }
    m_uri->blockSignals(true);
    m_uri->clear();
    m_uri->blockSignals(false);
    m_password->clear();
    applyUri(options.primary.toString());
}

DatabaseOptions ConnectionDialog::options() const
{
    DatabaseOptions options;
    options.maxReplicaLag = std::chrono::milliseconds(m_maxLag->value());
    if (m_sqlite->isChecked()) {
        const QString path = m_path->text().trimmed();
        if (path.isEmpty())
            throw DbError(DbError::Kind::Invalid, tr("Choose an SQLite database file."));
        options.primary = DbUrl::parse(QStringLiteral("sqlite:") + path);
        return options;
    }
    DbUrl url;
    url.engine = Engine::Postgres;
    url.host = m_host->text().trimmed();
    url.port = m_port->value();
    url.database = m_database->text().trimmed();
    url.user = m_user->text().trimmed();
    url.password = m_password->text();
    if (const QString mode = m_sslmode->currentData().toString(); !mode.isEmpty())
        url.params.append({QStringLiteral("sslmode"), mode});
    url.params.append(m_extraParams);
    url.pooler = m_pooler->isChecked() ? PoolerMode::Transaction : PoolerMode::None;
    if (url.database.isEmpty())
        throw DbError(DbError::Kind::Invalid, tr("Enter the name of the database."));
    options.primary = url;
    const QStringList lines = m_replicas->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        DbUrl replica = DbUrl::parse(line);
        if (!replica.isPostgres())
            throw DbError(DbError::Kind::Invalid, tr("A replica must be a postgresql:// URI."));
        if (replica.password.isEmpty() && replica.user == url.user)
            replica.password = url.password; // the same role usually has the same password
        options.replicas << replica;
    }
    return options;
}

void ConnectionDialog::testConnection()
{
    DatabaseOptions options;
    try {
        options = this->options();
    } catch (const DbError &error) {
        m_result->setText(error.message());
        return;
    }
    const quint64 token = ++m_testToken;
    m_busy->setBusy(true);
    m_testButton->setEnabled(false);
    m_result->setText(tr("Testing %1…").arg(options.primary.redacted()));
    QFuture<ConnectionTestResult> future = QtConcurrent::run(&stevedore::testConnection, options);
    whenFinished(future, this, [this, token](const QFuture<ConnectionTestResult> &done) {
        if (token != m_testToken)
            return;
        m_busy->setBusy(false);
        m_testButton->setEnabled(true);
        const ConnectionTestResult result = done.result();
        showResult(result);
        emit testFinished(result);
    });
}

bool ConnectionDialog::isTesting() const
{
    return m_busy->isBusy();
}

QString ConnectionDialog::testResultText() const
{
    return m_result->text();
}

void ConnectionDialog::showResult(const ConnectionTestResult &result)
{
    if (!result.ok) {
        m_result->setText(tr("Connection failed: %1").arg(result.error));
        return;
    }
    QStringList lines;
    lines << tr("Connected to %1.").arg(result.serverVersion);
    lines << tr("Round trip of SELECT 1: %1 ms.").arg(QLocale().toString(result.latencyMs, 'f', 2));
    for (const ReplicaStatus &replica : result.replicas) {
        if (!replica.checkedAt.isValid())
            lines << tr("Replica %1: not checked yet.").arg(replica.name);
        else if (!replica.healthy)
            lines << tr("Replica %1: unreachable (%2).").arg(replica.name, replica.lastError);
        else if (replica.lagMs < 0)
            lines << tr("Replica %1: reachable, lag unknown.").arg(replica.name);
        else
            lines << tr("Replica %1: reachable, %2 ms behind.")
                         .arg(replica.name)
                         .arg(qRound(replica.lagMs));
    }
    m_result->setText(lines.join(QLatin1Char('\n')));
}

void ConnectionDialog::accept()
{
    try {
        options();
    } catch (const DbError &error) {
        m_result->setText(error.message());
        return;
    }
    QDialog::accept();
}

} // namespace stevedore
