// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT

// Linked into every executable of the ThreadSanitizer tree (and only there): tells TSan about
// the hand-overs through QFuture that it cannot see, because Qt is not built with TSan.
//
// QtConcurrent::run and QPromise order a task after its submitter, and a waiter after the
// task, through QFutureInterfaceBase's mutex and state, which live in libQt6Core. Without
// this, every task that reads what its submitter wrote (and every waiter that reads what the
// task produced) is reported as a race. Suppressing those reports would hide real races inside
// tasks too; instead the executable overrides the QFutureInterfaceBase functions our inline Qt
// templates call, adds the release/acquire edge that really exists, and forwards to Qt's own
// function. The sync address is the future's shared mutex, the same for every copy of a future.
//
// tsan_canary checks that real races between two tasks are still reported.

#include <QFutureInterfaceBase>

#include <dlfcn.h>

#include <cstdio>
#include <cstdlib>

extern "C" {
void __tsan_acquire(void *addr);
void __tsan_release(void *addr);
}

namespace {

template<typename Function>
Function qtFunction(const char *mangled)
{
    void *symbol = dlvsym(RTLD_NEXT, mangled, "Qt_6");
    if (!symbol) {
        std::fprintf(stderr, "tsan_qt_handover: %s not found in Qt\n", mangled);
        std::abort();
    }
    return reinterpret_cast<Function>(symbol);
}

void *syncAddress(const QFutureInterfaceBase *future)
{
    return &future->mutex();
}

using Action = void (*)(QFutureInterfaceBase *);
using Query = bool (*)(const QFutureInterfaceBase *);
using WaitForResult = void (*)(QFutureInterfaceBase *, int);

} // namespace

// The submitter's writes (the task's arguments) happen before the task starts.
void QFutureInterfaceBase::reportStarted()
{
    static const auto real = qtFunction<Action>("_ZN20QFutureInterfaceBase13reportStartedEv");
    __tsan_release(syncAddress(this));
    real(this);
}

// A task asks whether it was cancelled before it runs (QtConcurrent's RunFunctionTaskBase::run).
bool QFutureInterfaceBase::isCanceled() const
{
    static const auto real = qtFunction<Query>("_ZNK20QFutureInterfaceBase10isCanceledEv");
    const bool canceled = real(this);
    __tsan_acquire(syncAddress(this));
    return canceled;
}

// The task's writes (its result, what it captured by reference) happen before a waiter returns.
void QFutureInterfaceBase::reportFinished()
{
    static const auto real = qtFunction<Action>("_ZN20QFutureInterfaceBase14reportFinishedEv");
    __tsan_release(syncAddress(this));
    real(this);
}

bool QFutureInterfaceBase::isFinished() const
{
    static const auto real = qtFunction<Query>("_ZNK20QFutureInterfaceBase10isFinishedEv");
    const bool finished = real(this);
    if (finished)
        __tsan_acquire(syncAddress(this));
    return finished;
}

// A task that fails hands its exception over: the waiter catches an object the task's thread
// built, so its writes happen before the exception is stored.
void QFutureInterfaceBase::reportException(std::exception_ptr e)
{
    using ReportException = void (*)(QFutureInterfaceBase *, std::exception_ptr);
    static const auto real = qtFunction<ReportException>(
        "_ZN20QFutureInterfaceBase15reportExceptionENSt15__exception_ptr13exception_ptrE");
    __tsan_release(syncAddress(this));
    real(this, std::move(e));
}

// Both waits rethrow a stored exception from inside Qt: the edge is added on that path too.
void QFutureInterfaceBase::waitForFinished()
{
    static const auto real = qtFunction<Action>("_ZN20QFutureInterfaceBase15waitForFinishedEv");
    try {
        real(this);
    } catch (...) {
        __tsan_acquire(syncAddress(this));
        throw;
    }
    __tsan_acquire(syncAddress(this));
}

void QFutureInterfaceBase::waitForResult(int resultIndex)
{
    static const auto real
        = qtFunction<WaitForResult>("_ZN20QFutureInterfaceBase13waitForResultEi");
    try {
        real(this, resultIndex);
    } catch (...) {
        __tsan_acquire(syncAddress(this));
        throw;
    }
    __tsan_acquire(syncAddress(this));
}
