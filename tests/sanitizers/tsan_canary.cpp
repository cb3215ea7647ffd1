// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT

// The tsan stage's proof that ThreadSanitizer still sees our races. The stage runs with
// ignore_noninstrumented_modules=1, which hides what happens inside Qt (built without TSan, so
// its hand-overs look like races); this program makes sure that setting does not hide a race in
// our own code on threads Qt started. Two tasks on Qt's pool write one plain int; a relaxed
// atomic only makes the second write wait for the first, without ordering them for TSan. The
// stage fails unless TSan reports the race here, naming this file.

#include <QCoreApplication>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <cstdio>

namespace {

int unguarded = 0;
std::atomic<bool> firstWrote{false};

void writeFirst()
{
    unguarded = 1;
    firstWrote.store(true, std::memory_order_relaxed);
}

void writeSecond()
{
    while (!firstWrote.load(std::memory_order_relaxed)) {
    }
    unguarded = 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    QFuture<void> second = QtConcurrent::run(&pool, writeSecond);
    QFuture<void> first = QtConcurrent::run(&pool, writeFirst);
    first.waitForFinished();
    second.waitForFinished();
    std::printf("tsan_canary: wrote %d\n", unguarded);
    return 0;
}
