// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "editor.h"

#include <QPointer>
#include <QUndoStack>

namespace stevedore {

namespace {

void askNext(QList<QPointer<Editor>> pending, std::function<void(bool)> done)
{
    while (!pending.isEmpty() && (!pending.first() || !pending.first()->isModified()))
        pending.removeFirst();
    if (pending.isEmpty()) {
        done(true);
        return;
    }
    Editor *editor = pending.takeFirst();
    editor->requestLeave([pending, done = std::move(done)](bool mayLeave) {
        if (mayLeave)
            askNext(pending, done);
        else
            done(false);
    });
}

} // namespace

bool Editor::isModified() const
{
    return !undoStack()->isClean();
}

void Editor::setFile(const QString &, const FileInfo &) {}

bool Editor::wouldLeave(const QString &, qint64) const
{
    return false;
}

void Editor::requestLeaveAll(const QList<Editor *> &editors, std::function<void(bool)> done)
{
    askNext(QList<QPointer<Editor>>(editors.cbegin(), editors.cend()), std::move(done));
}

} // namespace stevedore
