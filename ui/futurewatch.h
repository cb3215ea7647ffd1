// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include "db/dberror.h"

#include <QCoreApplication>
#include <QException>
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <exception>
#include <optional>

namespace stevedore {

// Calls fn(future) on context's thread once future has finished. The watcher is a child of
// context, so nothing is called after context is destroyed; the task itself is not cancelled
// (whoever owns what the task uses must wait for it). Callers tag requests with a token and
// compare it in fn to drop results that arrive after the user moved on.
template<typename T, typename Fn>
void whenFinished(const QFuture<T> &future, QObject *context, Fn fn)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(
        watcher, &QFutureWatcherBase::finished, context, [watcher, fn = std::move(fn)]() mutable {
            watcher->deleteLater();
            fn(watcher->future());
        });
    watcher->setFuture(future);
}

// The exception a finished future holds as a DbError (anything else becomes a Permanent one
// with its text); nullopt on success. QtConcurrent::run() hands on an exception that is no
// QException wrapped in a QUnhandledException, whose what() is just "std::exception": the one
// inside is what the operator must read.
template<typename T>
std::optional<DbError> errorOf(QFuture<T> future)
{
    try {
        try {
            future.waitForFinished();
        } catch (const QUnhandledException &unhandled) {
            if (unhandled.exception())
                std::rethrow_exception(unhandled.exception());
            throw;
        }
    } catch (const DbError &error) {
        return error;
    } catch (const std::exception &error) {
        return DbError(DbError::Kind::Permanent, QString::fromUtf8(error.what()));
    } catch (...) {
        return DbError(DbError::Kind::Permanent,
                       QCoreApplication::translate("stevedore::MainWindow", "Unknown error"));
    }
    return std::nullopt;
}

// The operator-readable message of the exception a finished future holds; empty on success.
template<typename T>
QString failureOf(QFuture<T> future)
{
    const std::optional<DbError> error = errorOf(future);
    return error ? error->message() : QString();
}

} // namespace stevedore
