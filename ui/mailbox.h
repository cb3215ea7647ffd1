// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <algorithm>
#include <functional>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace stevedore {

namespace detail {

// The receiving end of a Mailbox: lives on the mailbox's thread and is woken by a queued call
// that carries no data.
class MailboxWaker : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    std::function<void()> onWake;

    // Called by name from worker threads (Qt::QueuedConnection), on this object's thread.
    Q_INVOKABLE void wake();
};

} // namespace detail

// Hands the newest value per key from worker threads to the thread that owns the mailbox
// (progress reports to the GUI thread).
//
// A worker posts through a Poster; the mailbox's thread gets deliver(key, value) once per key
// with the latest value when its event loop wakes the mailbox. While a wake-up is pending, more
// posts only overwrite values, so a fast worker never floods the event queue.
//
// Why not QMetaObject::invokeMethod with a lambda carrying the value: the lambda is built on the
// worker and read on the receiving thread, ordered only by the event queue's mutex inside
// libQt6Core, which ThreadSanitizer cannot see (Qt is not built with it), so every such hand-over
// is a reported race and real races hide among them. Here the values cross under a std::mutex
// and the wake-up is a call by name, which carries nothing the worker wrote.
template<typename Key, typename Value>
class Mailbox
{
    struct State
    {
        std::mutex mutex;
        std::vector<std::pair<Key, Value>> values;
        bool wakePending = false;
        detail::MailboxWaker *waker = nullptr; // nullptr once closed
    };

public:
    // A copyable handle for worker threads; safe to call after the mailbox closed (it drops).
    class Poster
    {
    public:
        void operator()(const Key &key, Value value) const
        {
            std::lock_guard lock(m_state->mutex);
            if (!m_state->waker)
                return;
            auto it = std::find_if(m_state->values.begin(),
                                   m_state->values.end(),
                                   [&key](const auto &entry) { return entry.first == key; });
            if (it != m_state->values.end())
                it->second = std::move(value);
            else
                m_state->values.emplace_back(key, std::move(value));
            if (!m_state->wakePending) {
                m_state->wakePending = true;
                // Under the mutex, so close() cannot let the waker go while this posts to it.
                QMetaObject::invokeMethod(m_state->waker, "wake", Qt::QueuedConnection);
            }
        }

    private:
        friend class Mailbox;
        explicit Poster(std::shared_ptr<State> state)
            : m_state(std::move(state))
        {}
        std::shared_ptr<State> m_state;
    };

    // deliver runs on the thread that creates the mailbox, which must also destroy it.
    explicit Mailbox(std::function<void(const Key &, const Value &)> deliver)
        : m_state(std::make_shared<State>())
        , m_waker(std::make_unique<detail::MailboxWaker>())
    {
        m_waker->onWake = [state = std::weak_ptr<State>(m_state), deliver = std::move(deliver)] {
            const std::shared_ptr<State> locked = state.lock();
            if (!locked)
                return;
            std::vector<std::pair<Key, Value>> values;
            {
                std::lock_guard lock(locked->mutex);
                locked->wakePending = false;
                values.swap(locked->values);
            }
            for (const auto &[key, value] : values)
                deliver(key, value);
        };
        m_state->waker = m_waker.get();
    }

    ~Mailbox() { close(); }

    Mailbox(const Mailbox &) = delete;
    Mailbox &operator=(const Mailbox &) = delete;

    Poster poster() const { return Poster(m_state); }

    // Drops what is pending; later posts are dropped too.
    void close()
    {
        {
            std::lock_guard lock(m_state->mutex);
            m_state->waker = nullptr;
            m_state->values.clear();
        }
        m_waker.reset(); // Qt drops a wake-up still queued for it
    }

private:
    std::shared_ptr<State> m_state;
    std::unique_ptr<detail::MailboxWaker> m_waker;
};

} // namespace stevedore
