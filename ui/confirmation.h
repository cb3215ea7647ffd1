// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

namespace stevedore {

// A question whose answer deletes or stops something.
struct Confirmation
{
    QMessageBox::Icon icon = QMessageBox::Question;
    QString title;
    QString text;
    QString details; // the informative text: what goes, whether it can be undone
    QString confirm; // the confirming button's text ("Discard", "Cancel Import")
};

// Asks without a nested event loop (window-modal, QDialog::open()): the confirming button
// (DestructiveRole) and Keep (RejectRole, the default). onConfirm runs when the confirming
// button was clicked, onKeep (if any) on any other answer. The box deletes itself once
// answered; the caller may keep it in a QPointer to find or replace it meanwhile.
QMessageBox *askToConfirm(QWidget *parent,
                          const Confirmation &question,
                          std::function<void()> onConfirm,
                          std::function<void()> onKeep = {});

} // namespace stevedore
