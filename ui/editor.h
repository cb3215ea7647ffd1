// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QWidget>

#include <functional>

class QAction;
class QUndoStack;

namespace stevedore {

class Database;
struct FileInfo;

// A view that edits a document of the database (the schema, a file's mapping) through undo
// commands: what the main window needs to drive an editor without knowing which one it is, as
// Tiled's Editor. A QWidget rather than a plain interface because Qt allows one QObject base
// only and the main window connects to the signals below; the editors are their own tab's
// widget, so there is no separate widget to hand out.
class Editor : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Owned by the editor; the main window adds it to the Edit menu's QUndoGroup.
    virtual QUndoStack *undoStack() const = 0;
    // The editor's own Undo / Redo buttons. The main window clears their shortcuts, as its Edit
    // menu carries the same keys.
    virtual QAction *undoAction() const = 0;
    virtual QAction *redoAction() const = 0;
    // True while there are edits not written to the database (the undo stack is not clean).
    virtual bool isModified() const;
    // False while edits must wait (the editor is loading or writing); the Edit menu's Undo and
    // Redo follow it (editableChanged()).
    virtual bool isEditable() const = 0;

    // Not owned; must be open and outlive the editor's pending work; nullptr clears the editor.
    // Unsaved edits are dropped: ask first with requestLeave().
    virtual void setDatabase(Database *database) = 0;
    // The file chosen in the projects tree. An editor of one file's data follows it and drops
    // its unsaved edits (ask first when wouldLeave() says so); the others ignore it.
    virtual void setFile(const QString &project, const FileInfo &file);
    // Whether showing fileId of project would replace the document being edited.
    virtual bool wouldLeave(const QString &project, qint64 fileId) const;

    // Asks, when modified, whether to write the edits, discard them or cancel, in a window-modal
    // question opened with open(): the event loop goes on and done(mayLeave) is called later,
    // once: true after a successful write or a discard (the editor is then unmodified), false on
    // Cancel or a failed write. Without unsaved edits done(true) is called before this returns.
    // A request made while the question is open is answered with the same answer.
    virtual void requestLeave(std::function<void(bool mayLeave)> done) = 0;

    // Asks each modified editor in turn (the next only after the previous agreed) and calls
    // done(true) when all may be left, done(false) at the first that may not. An editor deleted
    // before its turn is skipped; one deleted while it asks never answers (its question and the
    // callback go with it).
    static void requestLeaveAll(const QList<Editor *> &editors, std::function<void(bool)> done);

signals:
    void modifiedChanged(bool modified);
    void editableChanged(bool editable);
    void statusMessage(const QString &message);
    // The editor needs its view shown (e.g. to review edits the user chose to apply).
    void showRequested();
};

} // namespace stevedore
