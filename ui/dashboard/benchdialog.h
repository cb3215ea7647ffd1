// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "dashboard/benchprocess.h"
#include "db/dburl.h"

#include <QDialog>
#include <QUrl>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace stevedore {

// Dashboard → "Run benchmark…": asks for quick or full, the output folder and optionally the
// cases, then runs `stevedore bench` on the open database in a child process (BenchProcess)
// with a progress bar, the current step and Cancel, and opens report.html when it is done.
// The choices are remembered in QSettings ("bench/quick", "bench/outDir", "bench/only").
// Closing the dialog during a run cancels it first.
class BenchDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BenchDialog(const DbUrl &database,
                         const QList<DbUrl> &replicas = {},
                         QWidget *parent = nullptr);
    ~BenchDialog() override;

    // The executable run as `bench` (default: this application's own).
    void setProgram(const QString &program) { m_program = program; }
    // How the finished report is shown (default: QDesktopServices::openUrl); tests record it.
    void setReportOpener(std::function<void(const QUrl &)> opener);

    // Starts a run with the current choices (what Run does).
    void run();
    BenchRequest request() const;
    BenchProcess *process() const { return m_process; }

    QRadioButton *quickButton() const { return m_quick; }
    QRadioButton *fullButton() const { return m_full; }
    QLineEdit *outDirEdit() const { return m_outDir; }
    QLineEdit *onlyEdit() const { return m_only; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *stepLabel() const { return m_step; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *openReportButton() const { return m_openReport; }

signals:
    void reportOpened(const QUrl &url);

protected:
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    void createSettingsWidgets();
    void createProgressWidgets();
    QFormLayout *createForm();
    QDialogButtonBox *createButtons();
    void createLayout();
    void connectProcess();
    void browse();
    void setRunning(bool running);
    void showFailure(const QString &message);
    void saveSettings() const;

    DbUrl m_database;
    QList<DbUrl> m_replicas;
    QString m_program;
    std::function<void(const QUrl &)> m_reportOpener;
    QUrl m_report;
    bool m_closeWhenStopped = false;
    BenchProcess *m_process = nullptr;

    QRadioButton *m_quick = nullptr;
    QRadioButton *m_full = nullptr;
    QLineEdit *m_outDir = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_only = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_step = nullptr;
    QLabel *m_error = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_openReport = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace stevedore
