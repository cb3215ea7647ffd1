// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "logging/logging.h"

#include "logging/redact.h"
#include "text/jsonstring.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <spdlog/async_logger.h>
#include <spdlog/details/os.h>
#include <spdlog/details/periodic_worker.h>
#include <spdlog/details/thread_pool.h>
#include <spdlog/formatter.h>
#include <spdlog/sinks/dup_filter_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <array>
#include <condition_variable>
#include <cstdlib>
#include <ctime>
#include <map>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <vector>

namespace stevedore {

namespace {

using spdlog::memory_buf_t;
using spdlog::details::log_msg;

constexpr std::size_t kMaxFileSize = 5 * 1024 * 1024;
constexpr std::size_t kMaxFiles = 3;
constexpr auto kDuplicateWindow = std::chrono::seconds(1);
constexpr std::array<const char *, logCategoryCount> kCategoryNames{
    "db", "pool", "replica", "import", "cache", "ui", "cli"};
// spdlog's default logger while initialised: catches third-party spdlog output.
constexpr const char *kDefaultLoggerName = "app";

// --- Key/value payloads -------------------------------------------------------------------
// logKv() packs the message and its fields into the payload (the only part of a log_msg that
// survives the async queue): a marker, then "<length>:<bytes>" for the message and each key and
// value. A plain message that happens to start with the marker and parse is shown as fields.

constexpr std::string_view kKvMarker = "\x1e"
                                       "kv\x1f";

struct KvPayload
{
    std::string_view message;
    std::vector<std::pair<std::string_view, std::string_view>> fields;
};

void appendPart(std::string &out, std::string_view part)
{
    out += std::to_string(part.size());
    out += ':';
    out += part;
}

std::optional<std::string_view> takePart(std::string_view &rest)
{
    const std::size_t colon = rest.find(':');
    if (colon == 0 || colon == std::string_view::npos || colon > 10)
        return std::nullopt;
    std::size_t length = 0;
    for (char c : rest.substr(0, colon)) {
        if (c < '0' || c > '9')
            return std::nullopt;
        length = length * 10 + std::size_t(c - '0');
    }
    if (rest.size() - colon - 1 < length)
        return std::nullopt;
    const std::string_view part = rest.substr(colon + 1, length);
    rest.remove_prefix(colon + 1 + length);
    return part;
}

std::optional<KvPayload> decodeKv(std::string_view payload)
{
    if (payload.substr(0, kKvMarker.size()) != kKvMarker)
        return std::nullopt;
    std::string_view rest = payload.substr(kKvMarker.size());
    KvPayload result;
    const auto message = takePart(rest);
    if (!message)
        return std::nullopt;
    result.message = *message;
    while (!rest.empty()) {
        const auto key = takePart(rest);
        const auto value = key ? takePart(rest) : std::nullopt;
        if (!value)
            return std::nullopt;
        result.fields.emplace_back(*key, *value);
    }
    return result;
}

std::string redactPayload(std::string_view payload)
{
    const auto kv = decodeKv(payload);
    if (!kv)
        return redactSecrets(payload);
    std::string out(kKvMarker);
    appendPart(out, redactSecrets(kv->message));
    for (const auto &[key, value] : kv->fields) {
        appendPart(out, key);
        appendPart(out, isSecretKey(key) ? std::string("***") : redactSecrets(value));
    }
    return out;
}

// --- Rendering ----------------------------------------------------------------------------

template<typename Out>
void appendText(Out &out, std::string_view text, bool escapeControls)
{
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (!escapeControls || (u >= 0x20 && u != 0x7f)) {
            out.push_back(c);
        } else if (c == '\n') {
            out.append(std::string_view("\\n"));
        } else if (c == '\r') {
            out.append(std::string_view("\\r"));
        } else if (c == '\t') {
            out.append(std::string_view("\\t"));
        } else {
            constexpr std::string_view hex = "0123456789abcdef";
            const char escaped[] = {'\\', 'x', hex[u >> 4], hex[u & 0xf]};
            out.append(std::string_view(escaped, sizeof escaped));
        }
    }
}

// logfmt style: bare when safe, otherwise double-quoted with '"' and '\' escaped.
template<typename Out>
void appendFieldValue(Out &out, std::string_view value, bool escapeControls)
{
    const bool quote
        = value.empty() || value.find_first_of(" \t\r\n\"=\\") != std::string_view::npos;
    if (!quote) {
        appendText(out, value, escapeControls);
        return;
    }
    out.push_back('"');
    for (char c : value) {
        if (c == '"' || c == '\\')
            out.push_back('\\');
        appendText(out, std::string_view(&c, 1), escapeControls);
    }
    out.push_back('"');
}

template<typename Out>
void appendMessage(Out &out, std::string_view payload, bool escapeControls)
{
    const auto kv = decodeKv(payload);
    if (!kv) {
        appendText(out, payload, escapeControls);
        return;
    }
    appendText(out, kv->message, escapeControls);
    for (const auto &[key, value] : kv->fields) {
        out.push_back(' ');
        appendText(out, key, escapeControls);
        out.push_back('=');
        appendFieldValue(out, value, escapeControls);
    }
}

// A JSON string literal; invalid UTF-8 becomes U+FFFD so every line stays valid JSON.
void appendJsonString(memory_buf_t &out, std::string_view s)
{
    json::writeString(
        s, [&out](const char *data, std::size_t size) { out.append(data, data + size); });
}

void appendTime(memory_buf_t &out, spdlog::log_clock::time_point time, bool utc)
{
    using namespace std::chrono;
    const auto seconds = time_point_cast<std::chrono::seconds>(time);
    const auto millis = duration_cast<milliseconds>(time - seconds).count();
    const std::time_t t = spdlog::log_clock::to_time_t(seconds);
    const std::tm tm = utc ? spdlog::details::os::gmtime(t) : spdlog::details::os::localtime(t);
    fmt::format_to(fmt::appender(out),
                   "{:04}-{:02}-{:02}{}{:02}:{:02}:{:02}.{:03}{}",
                   tm.tm_year + 1900,
                   tm.tm_mon + 1,
                   tm.tm_mday,
                   utc ? 'T' : ' ',
                   tm.tm_hour,
                   tm.tm_min,
                   tm.tm_sec,
                   millis,
                   utc ? "Z" : "");
}

// "2026-01-31 12:34:56.789 [info] [db] message key=value", local time, control characters
// escaped so that logged text cannot forge lines.
class TextFormatter final : public spdlog::formatter
{
public:
    void format(const log_msg &msg, memory_buf_t &dest) override
    {
        appendTime(dest, msg.time, false);
        dest.append(std::string_view(" ["));
        dest.append(spdlog::level::to_string_view(msg.level));
        dest.append(std::string_view("] ["));
        dest.append(msg.logger_name);
        dest.append(std::string_view("] "));
        appendMessage(dest, std::string_view(msg.payload.data(), msg.payload.size()), true);
        dest.push_back('\n');
    }
    std::unique_ptr<spdlog::formatter> clone() const override
    {
        return std::make_unique<TextFormatter>();
    }
};

// {"ts":"2026-01-31T12:34:56.789Z","level":"info","category":"db","msg":"...","key":"value"}
// A field named like a fixed member is written with a leading '_'.
class JsonFormatter final : public spdlog::formatter
{
public:
    void format(const log_msg &msg, memory_buf_t &dest) override
    {
        const std::string_view payload(msg.payload.data(), msg.payload.size());
        const auto kv = decodeKv(payload);
        dest.append(std::string_view("{\"ts\":\""));
        appendTime(dest, msg.time, true);
        dest.append(std::string_view("\",\"level\":"));
        const auto level = spdlog::level::to_string_view(msg.level);
        appendJsonString(dest, std::string_view(level.data(), level.size()));
        dest.append(std::string_view(",\"category\":"));
        appendJsonString(dest, std::string_view(msg.logger_name.data(), msg.logger_name.size()));
        dest.append(std::string_view(",\"msg\":"));
        appendJsonString(dest, kv ? kv->message : payload);
        if (kv) {
            for (const auto &[key, value] : kv->fields) {
                dest.push_back(',');
                const bool reserved
                    = key == "ts" || key == "level" || key == "category" || key == "msg";
                appendJsonString(dest, reserved ? "_" + std::string(key) : std::string(key));
                dest.push_back(':');
                appendJsonString(dest, value);
            }
        }
        dest.append(std::string_view("}\n"));
    }
    std::unique_ptr<spdlog::formatter> clone() const override
    {
        return std::make_unique<JsonFormatter>();
    }
};

// --- Sinks --------------------------------------------------------------------------------

// Base for sinks that format themselves: spdlog's pattern/formatter setters are ignored.
class PlainSink : public spdlog::sinks::sink
{
public:
    void set_pattern(const std::string &) override {}
    void set_formatter(std::unique_ptr<spdlog::formatter>) override {}
};

// The entry of every pipeline: redacts the payload before any other sink sees it.
class RedactSink final : public PlainSink
{
public:
    explicit RedactSink(std::vector<spdlog::sink_ptr> children)
        : m_children(std::move(children))
    {}
    void log(const log_msg &msg) override
    {
        const std::string payload
            = redactPayload(std::string_view(msg.payload.data(), msg.payload.size()));
        log_msg redacted = msg;
        redacted.payload = spdlog::string_view_t(payload.data(), payload.size());
        for (const auto &child : m_children) {
            if (child->should_log(redacted.level))
                child->log(redacted);
        }
    }
    void flush() override
    {
        for (const auto &child : m_children)
            child->flush();
    }

private:
    const std::vector<spdlog::sink_ptr> m_children; // immutable: no lock needed
};

class LogRing
{
public:
    void push(LogLine line)
    {
        std::lock_guard lock(m_mutex);
        line.sequence = m_sequence + 1;
        if (qsizetype(m_lines.size()) < logRingCapacity) {
            m_lines.push_back(std::move(line));
        } else {
            m_lines[m_head] = std::move(line);
            m_head = (m_head + 1) % m_lines.size();
        }
        m_sequence.store(m_sequence + 1, std::memory_order_release);
    }
    QList<LogLine> recent(qsizetype max) const
    {
        std::lock_guard lock(m_mutex);
        const qsizetype size = qsizetype(m_lines.size());
        const qsizetype count = max < 0 ? size : std::min(max, size);
        QList<LogLine> result;
        result.reserve(count);
        for (qsizetype i = size - count; i < size; ++i)
            result.append(m_lines[(m_head + std::size_t(i)) % m_lines.size()]);
        return result;
    }
    quint64 sequence() const { return m_sequence.load(std::memory_order_acquire); }

private:
    mutable std::mutex m_mutex;
    std::vector<LogLine> m_lines;
    std::size_t m_head = 0; // index of the oldest line once the ring is full
    std::atomic<quint64> m_sequence = 0;
};

class RingSink final : public PlainSink
{
public:
    explicit RingSink(LogRing &ring)
        : m_ring(ring)
    {}
    void log(const log_msg &msg) override
    {
        std::string text;
        appendMessage(text, std::string_view(msg.payload.data(), msg.payload.size()), false);
        const auto level = spdlog::level::to_string_view(msg.level);
        const auto millis
            = std::chrono::duration_cast<std::chrono::milliseconds>(msg.time.time_since_epoch());
        m_ring.push({QDateTime::fromMSecsSinceEpoch(millis.count(), Qt::UTC),
                     QString::fromUtf8(level.data(), qsizetype(level.size())),
                     QString::fromUtf8(msg.logger_name.data(), qsizetype(msg.logger_name.size())),
                     QString::fromStdString(text),
                     0});
    }
    void flush() override {}

private:
    LogRing &m_ring;
};

// Receives the numbered barrier messages flushLogging() posts. The queue is FIFO and drained by
// a single worker thread, so once barrier n arrives every message queued before it was sunk.
class BarrierSink final : public PlainSink
{
public:
    void log(const log_msg &msg) override
    {
        quint64 id = 0;
        for (char c : std::string_view(msg.payload.data(), msg.payload.size()))
            id = id * 10 + quint64(c - '0');
        {
            std::lock_guard lock(m_mutex);
            m_reached = std::max(m_reached, id);
        }
        m_condition.notify_all();
    }
    void flush() override {}
    bool waitFor(quint64 barrier, std::chrono::milliseconds timeout)
    {
        std::unique_lock lock(m_mutex);
        return m_condition.wait_for(lock, timeout, [&] { return m_reached >= barrier; });
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_condition;
    quint64 m_reached = 0;
};

// --- Configuration ------------------------------------------------------------------------

struct LevelConfig
{
    spdlog::level::level_enum global = spdlog::level::info;
    std::map<std::string, spdlog::level::level_enum> perCategory;
    spdlog::level::level_enum forCategory(const std::string &name) const
    {
        const auto it = perCategory.find(name);
        return it == perCategory.end() ? global : it->second;
    }
    spdlog::level::level_enum lowest() const
    {
        auto lowest = global;
        for (const auto &entry : perCategory)
            lowest = std::min(lowest, entry.second);
        return lowest;
    }
};

std::optional<spdlog::level::level_enum> parseLevel(const QString &name)
{
    const QString n = name.trimmed().toLower();
    static const std::map<QString, spdlog::level::level_enum> levels{
        {"trace", spdlog::level::trace},
        {"debug", spdlog::level::debug},
        {"info", spdlog::level::info},
        {"warn", spdlog::level::warn},
        {"warning", spdlog::level::warn},
        {"err", spdlog::level::err},
        {"error", spdlog::level::err},
        {"critical", spdlog::level::critical},
        {"off", spdlog::level::off},
    };
    const auto it = levels.find(n);
    return it == levels.end() ? std::nullopt : std::optional(it->second);
}

// "info" or "info,db=debug,pool=trace"; unknown entries are ignored.
LevelConfig parseLevels(QString spec)
{
    if (spec.trimmed().isEmpty())
        spec = qEnvironmentVariable("SPDLOG_LEVEL");
    LevelConfig config;
    for (const QString &entry : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        const auto level = parseLevel(eq < 0 ? entry : entry.mid(eq + 1));
        if (!level)
            continue;
        if (eq < 0)
            config.global = *level;
        else
            config.perCategory[entry.left(eq).trimmed().toLower().toStdString()] = *level;
    }
    return config;
}

std::unique_ptr<spdlog::formatter> makeFormatter(bool json)
{
    if (json)
        return std::make_unique<JsonFormatter>();
    return std::make_unique<TextFormatter>();
}

// --- Process-wide state -------------------------------------------------------------------

struct LoggerSet
{
    std::array<std::shared_ptr<spdlog::logger>, logCategoryCount> categories;
    std::shared_ptr<spdlog::logger> defaultLogger;
};

class LogState
{
public:
    LogState()
    {
        auto console = std::make_shared<spdlog::sinks::stderr_sink_mt>();
        console->set_formatter(makeFormatter(false));
        console->set_level(spdlog::level::warn);
        m_fallbackRoot = std::make_shared<RedactSink>(
            std::vector<spdlog::sink_ptr>{console, std::make_shared<RingSink>(m_ring)});
        for (std::size_t i = 0; i < kCategoryNames.size(); ++i) {
            m_fallback.categories[i]
                = std::make_shared<spdlog::logger>(kCategoryNames[i], m_fallbackRoot);
        }
        m_fallback.defaultLogger
            = std::make_shared<spdlog::logger>(kDefaultLoggerName, m_fallbackRoot);
        m_active = m_fallback;
    }

    std::shared_ptr<spdlog::logger> logger(LogCategory category) const
    {
        std::shared_lock lock(m_loggersMutex);
        return m_active.categories[std::size_t(category)];
    }

    void init(const LogOptions &options);
    void shutdown();
    bool flush(std::chrono::milliseconds timeout);

    QString filePath() const
    {
        std::lock_guard lock(m_mutex);
        return m_filePath;
    }
    quint64 dropped() const
    {
        std::lock_guard lock(m_mutex);
        return m_droppedBefore + (m_pool ? m_pool->overrun_counter() : 0);
    }
    LogRing &ring() { return m_ring; }

private:
    bool flushLocked(std::chrono::milliseconds timeout);
    void activate(LoggerSet set);
    static QString defaultFilePath()
    {
        return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
               + QStringLiteral("/logs/stevedore.log");
    }

    mutable std::mutex m_mutex; // serialises init, shutdown and flush
    mutable std::shared_mutex m_loggersMutex;
    LogRing m_ring;
    std::shared_ptr<spdlog::sinks::sink> m_fallbackRoot;
    LoggerSet m_fallback;
    LoggerSet m_active; // guarded by m_loggersMutex
    bool m_initialized = false;
    bool m_atexitRegistered = false;
    std::shared_ptr<spdlog::sinks::sink> m_root;
    std::shared_ptr<spdlog::details::thread_pool> m_pool;
    std::size_t m_poolQueueSize = 0;
    quint64 m_droppedBefore = 0;
    std::shared_ptr<BarrierSink> m_barrier;
    std::shared_ptr<spdlog::async_logger> m_barrierLogger;
    quint64 m_barriersPosted = 0;
    // Flushes the file every second, so that a crash loses at most a second of lines
    // (warnings and above are flushed at once: flush_on).
    std::unique_ptr<spdlog::details::periodic_worker> m_flusher;
    QString m_filePath;
};

LogState &state()
{
    static LogState instance;
    return instance;
}

void LogState::activate(LoggerSet set)
{
    {
        std::unique_lock lock(m_loggersMutex);
        std::swap(m_active, set);
    }
    spdlog::set_default_logger(m_active.defaultLogger);
    // set (the previous loggers) is released here, outside the lock.
}

void LogState::init(const LogOptions &options)
{
    std::lock_guard lock(m_mutex);
    if (m_initialized)
        flushLocked(std::chrono::seconds(30));

    const LevelConfig levels = parseLevels(options.level);
    const QString path = options.filePath.isEmpty() ? defaultFilePath() : options.filePath;
    std::vector<spdlog::sink_ptr> outputs;
    std::string fileError;
    m_filePath.clear();
    try {
        QDir().mkpath(QFileInfo(path).absolutePath());
        auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            QFile::encodeName(path).toStdString(), kMaxFileSize, kMaxFiles);
        file->set_formatter(makeFormatter(options.json));
        outputs.push_back(file);
        m_filePath = path;
    } catch (const spdlog::spdlog_ex &e) {
        fileError = e.what();
    }
    if (options.console) {
        auto console = std::make_shared<spdlog::sinks::stderr_sink_mt>();
        console->set_formatter(makeFormatter(options.json));
        const auto lowest = levels.lowest();
        console->set_level(lowest <= spdlog::level::debug ? lowest : spdlog::level::warn);
        outputs.push_back(console);
    }
    outputs.push_back(std::make_shared<RingSink>(m_ring));
    auto dupFilter = std::make_shared<spdlog::sinks::dup_filter_sink_mt>(kDuplicateWindow);
    dupFilter->set_sinks(std::move(outputs));
    m_root = std::make_shared<RedactSink>(std::vector<spdlog::sink_ptr>{dupFilter});

    const std::size_t queueSize = std::max<std::size_t>(options.queueSize, 16);
    if (!m_pool || m_poolQueueSize != queueSize) {
        if (m_pool)
            m_droppedBefore += m_pool->overrun_counter();
        m_barrierLogger.reset();
        m_pool.reset(); // joins the old worker after it drained its queue
        // One worker thread: the queue is drained in order, which the flush barrier relies on.
        m_pool = std::make_shared<spdlog::details::thread_pool>(queueSize, 1);
        m_poolQueueSize = queueSize;
        m_barrier = std::make_shared<BarrierSink>();
        m_barriersPosted = 0;
        // block: a barrier must never be the message that gets dropped.
        m_barrierLogger = std::make_shared<spdlog::async_logger>(
            "stevedore.barrier", m_barrier, m_pool, spdlog::async_overflow_policy::block);
        m_barrierLogger->set_level(spdlog::level::trace);
    }

    const auto makeLogger = [&](const char *name, spdlog::level::level_enum level) {
        auto result = std::make_shared<spdlog::async_logger>(
            name, m_root, m_pool, spdlog::async_overflow_policy::overrun_oldest);
        result->set_level(level);
        result->flush_on(spdlog::level::warn);
        return result;
    };
    LoggerSet set;
    for (std::size_t i = 0; i < kCategoryNames.size(); ++i)
        set.categories[i] = makeLogger(kCategoryNames[i], levels.forCategory(kCategoryNames[i]));
    set.defaultLogger = makeLogger(kDefaultLoggerName, levels.global);
    activate(std::move(set));
    m_initialized = true;
    if (!m_flusher) {
        m_flusher = std::make_unique<spdlog::details::periodic_worker>(
            [this] { logger(LogCategory::Db)->flush(); }, std::chrono::seconds(1));
    }

    if (!fileError.empty()) {
        m_active.defaultLogger->error("cannot open log file {}: {}", path.toStdString(), fileError);
    }
    if (!m_atexitRegistered) {
        // spdlog's registry exists by now (set_default_logger), so it is destroyed after this
        // handler runs.
        std::atexit(shutdownLogging);
        m_atexitRegistered = true;
    }
}

bool LogState::flushLocked(std::chrono::milliseconds timeout)
{
    if (!m_initialized) {
        m_fallbackRoot->flush();
        return true;
    }
    // The barrier is posted with the blocking policy, yet a concurrent producer overrunning a
    // full queue may still drop it; post a new one whenever the queue reports a drop.
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::size_t overruns = m_pool->overrun_counter();
    const auto post = [this] {
        const std::string id = std::to_string(++m_barriersPosted);
        m_barrierLogger->log(spdlog::level::info, spdlog::string_view_t(id.data(), id.size()));
        return m_barriersPosted;
    };
    quint64 barrier = post();
    bool reached = false;
    while (!(reached = m_barrier->waitFor(barrier, std::chrono::milliseconds(50)))
           && std::chrono::steady_clock::now() < deadline) {
        if (const std::size_t now = m_pool->overrun_counter(); now != overruns) {
            overruns = now;
            barrier = post();
        }
    }
    m_root->flush();
    return reached;
}

bool LogState::flush(std::chrono::milliseconds timeout)
{
    std::lock_guard lock(m_mutex);
    return flushLocked(timeout);
}

void LogState::shutdown()
{
    std::lock_guard lock(m_mutex);
    if (!m_initialized)
        return;
    m_flusher.reset(); // joins it: it must not flush loggers being torn down
    flushLocked(std::chrono::seconds(30));
    activate(m_fallback);
    m_initialized = false;
    m_droppedBefore += m_pool->overrun_counter();
    m_barrierLogger.reset();
    m_barrier.reset();
    m_pool.reset(); // joins the worker
    m_poolQueueSize = 0;
    m_root->flush();
    m_root.reset();
    m_filePath.clear();
}

} // namespace

void initLogging(const LogOptions &options)
{
    state().init(options);
}

void shutdownLogging()
{
    state().shutdown();
}

bool flushLogging(std::chrono::milliseconds timeout)
{
    return state().flush(timeout);
}

std::shared_ptr<spdlog::logger> logger(LogCategory category)
{
    return state().logger(category);
}

const char *logCategoryName(LogCategory category)
{
    return kCategoryNames[std::size_t(category)];
}

void logKv(LogCategory category,
           spdlog::level::level_enum level,
           std::string_view msg,
           std::initializer_list<LogField> fields)
{
    const auto target = logger(category);
    if (!target->should_log(level))
        return;
    std::string payload(kKvMarker);
    appendPart(payload, msg);
    for (const auto &[key, value] : fields) {
        appendPart(payload, key);
        appendPart(payload, value);
    }
    target->log(level, spdlog::string_view_t(payload.data(), payload.size()));
}

QList<LogLine> recentLogLines(qsizetype max)
{
    return state().ring().recent(max);
}

quint64 logSequence()
{
    return state().ring().sequence();
}

quint64 droppedLogMessages()
{
    return state().dropped();
}

QString logFilePath()
{
    return state().filePath();
}

} // namespace stevedore
