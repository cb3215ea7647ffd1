// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "confirmation.h"

#include <QCoreApplication>
#include <QPushButton>

namespace stevedore {

QMessageBox *askToConfirm(QWidget *parent,
                          const Confirmation &question,
                          std::function<void()> onConfirm,
                          std::function<void()> onKeep)
{
    auto *box = new QMessageBox(
        question.icon, question.title, question.text, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(question.details);
    QPushButton *yes = box->addButton(question.confirm, QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(
        QCoreApplication::translate("stevedore::Confirmation", "Keep"), QMessageBox::RejectRole));
    QObject::connect(box,
                     &QMessageBox::buttonClicked,
                     box,
                     [yes, onConfirm = std::move(onConfirm), onKeep = std::move(onKeep)](
                         QAbstractButton *clicked) {
                         if (clicked == yes)
                             onConfirm();
                         else if (onKeep)
                             onKeep();
                     });
    box->open();
    return box;
}

} // namespace stevedore
