// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "dashboard/benchdialog.h"
#include "accessibility.h"

#include "filedialogs.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace stevedore {

namespace {

const QString quickKey = QStringLiteral("bench/quick");
const QString outDirKey = QStringLiteral("bench/outDir");
const QString onlyKey = QStringLiteral("bench/only");

QString defaultOutDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("bench"));
}

} // namespace

BenchDialog::BenchDialog(const DbUrl &database, const QList<DbUrl> &replicas, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_replicas(replicas)
    , m_program(QCoreApplication::applicationFilePath())
    , m_reportOpener([](const QUrl &url) { QDesktopServices::openUrl(url); })
    , m_process(new BenchProcess(this))
{
    setWindowTitle(tr("Run Benchmark"));
    createSettingsWidgets();
    createProgressWidgets();
    createLayout();
    connectProcess();
}

void BenchDialog::createSettingsWidgets()
{
    const QSettings settings;
    m_quick = new QRadioButton(tr("&Quick (under 2 minutes)"));
    m_full = new QRadioButton(tr("&Full (under 15 minutes)"));
    (settings.value(quickKey, true).toBool() ? m_quick : m_full)->setChecked(true);
    m_outDir = new QLineEdit(settings.value(outDirKey, defaultOutDir()).toString());
    m_browse = new QPushButton(tr("&Browse…"));
    connect(m_browse, &QPushButton::clicked, this, &BenchDialog::browse);
    m_only = new QLineEdit(settings.value(onlyKey).toString());
    m_only->setPlaceholderText(tr("All cases (or e.g. pool, files)"));
    m_only->setToolTip(tr("Comma-separated case names: pool, import, files, mapping, "
                          "tablecheck, schema, cache, logging, pooler, replica."));
}

void BenchDialog::createProgressWidgets()
{
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_step = new QLabel(tr("Runs every optimisation against its naive baseline in a scratch "
                           "project of this database, removed afterwards."));
    m_step->setWordWrap(true);
    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_log = new QPlainTextEdit;
    m_log->setReadOnly(true);
    setAccessibleText(m_log, tr("Benchmark output"));
    m_log->setMaximumBlockCount(500);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
}

QFormLayout *BenchDialog::createForm()
{
    auto *mode = new QHBoxLayout;
    mode->addWidget(m_quick);
    mode->addWidget(m_full);
    mode->addStretch();
    auto *folder = new QHBoxLayout;
    folder->addWidget(m_outDir, 1);
    folder->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Database:"), new QLabel(m_database.redacted()));
    if (!m_replicas.isEmpty()) {
        QStringList replicas;
        for (const DbUrl &replica : std::as_const(m_replicas))
            replicas << replica.redacted();
        form->addRow(tr("Replicas:"), new QLabel(replicas.join(QLatin1Char('\n'))));
    }
    form->addRow(tr("Mode:"), mode);
    auto *folderLabel = new QLabel(tr("&Output folder:"));
    folderLabel->setBuddy(m_outDir); // names the field, and Alt+O reaches it
    form->addRow(folderLabel, folder);
    form->addRow(tr("O&nly cases:"), m_only);
    return form;
}

QDialogButtonBox *BenchDialog::createButtons()
{
    auto *buttons = new QDialogButtonBox;
    m_run = buttons->addButton(tr("&Run"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(tr("&Cancel Run"), QDialogButtonBox::ActionRole);
    m_openReport = buttons->addButton(tr("&Open Report"), QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_cancel->setEnabled(false);
    m_openReport->setEnabled(false);
    connect(m_run, &QPushButton::clicked, this, &BenchDialog::run);
    connect(m_cancel, &QPushButton::clicked, m_process, &BenchProcess::cancel);
    connect(m_openReport, &QPushButton::clicked, this, [this] {
        m_reportOpener(m_report);
        emit reportOpened(m_report);
    });
    connect(m_close, &QPushButton::clicked, this, &BenchDialog::reject);
    return buttons;
}

void BenchDialog::createLayout()
{
    QFormLayout *form = createForm();
    QDialogButtonBox *buttons = createButtons();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_step);
    layout->addWidget(m_error);
    layout->addWidget(m_log, 1);
    layout->addWidget(buttons);
    resize(640, 420);
}

void BenchDialog::connectProcess()
{
    connect(
        m_process, &BenchProcess::progress, this, [this](int done, int total, const QString &step) {
            if (total > 0) {
                m_progress->setRange(0, total);
                m_progress->setValue(done);
            }
            m_step->setText(step);
        });
    connect(m_process, &BenchProcess::line, m_log, &QPlainTextEdit::appendPlainText);
    connect(m_process, &BenchProcess::finished, this, [this](const QString &report) {
        setRunning(false);
        m_report = QUrl::fromLocalFile(report);
        m_openReport->setEnabled(true);
        m_step->setText(tr("Done: %1").arg(QDir::toNativeSeparators(report)));
        m_reportOpener(m_report);
        emit reportOpened(m_report);
    });
    connect(m_process, &BenchProcess::failed, this, [this](const QString &message) {
        setRunning(false);
        showFailure(message);
    });
    connect(m_process, &BenchProcess::cancelled, this, [this] {
        setRunning(false);
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_step->setText(tr("Cancelled."));
        if (m_closeWhenStopped)
            QDialog::reject();
    });
}

BenchDialog::~BenchDialog() = default;

void BenchDialog::setReportOpener(std::function<void(const QUrl &)> opener)
{
    m_reportOpener = std::move(opener);
}

BenchRequest BenchDialog::request() const
{
    BenchRequest request;
    request.program = m_program;
    request.database = m_database;
    request.replicas = m_replicas;
    request.outDir = QDir(m_outDir->text().trimmed()).absolutePath();
    request.quick = m_quick->isChecked();
    for (const QString &name : m_only->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty())
            request.only << name.trimmed();
    }
    return request;
}

void BenchDialog::run()
{
    if (m_process->isRunning())
        return;
    const BenchRequest request = this->request();
    if (m_outDir->text().trimmed().isEmpty() || !QDir().mkpath(request.outDir)) {
        showFailure(tr("Cannot create the output folder %1.")
                        .arg(QDir::toNativeSeparators(request.outDir)));
        return;
    }
    saveSettings();
    m_error->hide();
    m_log->clear();
    m_openReport->setEnabled(false);
    m_progress->setRange(0, 0); // busy until the first case starts
    setRunning(true);
    m_process->start(request);
}

void BenchDialog::setRunning(bool running)
{
    for (QWidget *widget : {static_cast<QWidget *>(m_quick),
                            static_cast<QWidget *>(m_full),
                            static_cast<QWidget *>(m_outDir),
                            static_cast<QWidget *>(m_browse),
                            static_cast<QWidget *>(m_only),
                            static_cast<QWidget *>(m_run)})
        widget->setEnabled(!running);
    m_cancel->setEnabled(running);
}

void BenchDialog::showFailure(const QString &message)
{
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_step->setText(tr("The benchmark did not finish."));
    m_error->setText(message);
    m_error->show();
}

void BenchDialog::saveSettings() const
{
    QSettings settings;
    settings.setValue(quickKey, m_quick->isChecked());
    settings.setValue(outDirKey, m_outDir->text().trimmed());
    settings.setValue(onlyKey, m_only->text().trimmed());
}

void BenchDialog::browse()
{
    const QString dir
        = filedialogs::getExistingDirectory(this, tr("Benchmark Output Folder"), m_outDir->text());
    if (!dir.isEmpty())
        m_outDir->setText(QDir::toNativeSeparators(dir));
}

void BenchDialog::reject()
{
    // A running benchmark is cancelled first (it removes its scratch data), then the dialog
    // closes.
    if (m_process->isRunning()) {
        m_closeWhenStopped = true;
        m_process->cancel();
        return;
    }
    QDialog::reject();
}

void BenchDialog::closeEvent(QCloseEvent *event)
{
    if (m_process->isRunning()) {
        event->ignore();
        reject();
        return;
    }
    QDialog::closeEvent(event);
}

} // namespace stevedore
