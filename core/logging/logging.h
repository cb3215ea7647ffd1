// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <spdlog/logger.h>

#include <chrono>
#include <cstddef>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

namespace stevedore {

enum class LogCategory { Db, Pool, Replica, Import, Cache, Ui, Cli };
inline constexpr int logCategoryCount = 7;

struct LogOptions
{
    // "trace".."critical" or "off", optionally with per-category overrides: "info,db=debug".
    // Empty: $SPDLOG_LEVEL, else "info". An unknown level name counts as "info".
    QString level;
    // Empty: QStandardPaths::AppLocalDataLocation + "/logs/stevedore.log". Rotated at 5 MiB,
    // three old files kept. Missing folders are created.
    QString filePath;
    bool json = false;   // one JSON object per line, in the file and on the console
    bool console = true; // stderr; warnings and above unless the level is debug or trace
    // Async queue length; when it is full the oldest queued message is dropped (never blocks).
    std::size_t queueSize = 8192;
};

// One line of the in-process ring buffer (the most recent logRingCapacity lines).
struct LogLine
{
    QDateTime time; // UTC
    QString level;  // spdlog's name: "trace", "debug", "info", "warning", "error", "critical"
    QString category;
    QString message; // redacted, key/value fields appended as " key=value"
    quint64 sequence = 0;
};
inline constexpr qsizetype logRingCapacity = 5000;

// Sets up the asynchronous pipeline and makes it spdlog's default logger too, so third-party
// spdlog output is redacted and collected as well. Calling it again flushes and replaces the
// sinks; loggers obtained earlier keep writing to the old sinks until released.
// Not to be called concurrently with shutdownLogging().
void initLogging(const LogOptions &options);
// Flushes everything, closes the file and returns to the fallback loggers (stderr, warnings and
// above, plus the ring buffer). Safe to call twice; registered with atexit by initLogging.
void shutdownLogging();
// Returns once every message logged before the call has reached every sink and the file has
// been flushed; false on timeout.
bool flushLogging(std::chrono::milliseconds timeout = std::chrono::seconds(30));

// Never null, usable before initLogging and after shutdownLogging. Cheap (a shared lock and a
// reference count); don't keep the pointer across initLogging. Pass untrusted text as an
// argument ("{}"), never as the format string.
std::shared_ptr<spdlog::logger> logger(LogCategory category);
const char *logCategoryName(LogCategory category);

using LogField = std::pair<std::string_view, std::string>;
// Logs msg with structured fields: " key=value" in text (quoted when needed), JSON members in
// JSON mode. Values of secret-looking keys (see isSecretKey) are replaced by "***".
void logKv(LogCategory category,
           spdlog::level::level_enum level,
           std::string_view msg,
           std::initializer_list<LogField> fields);

// Oldest first; at most max lines (all when max < 0). Thread-safe.
QList<LogLine> recentLogLines(qsizetype max = -1);
// Sequence number of the newest ring-buffer line (0 when none): poll it to detect new lines.
quint64 logSequence();
// Messages dropped because the async queue was full, since process start.
quint64 droppedLogMessages();
// The file being written, empty when logging is not initialised or the file could not be opened.
QString logFilePath();

} // namespace stevedore
