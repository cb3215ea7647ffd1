// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace stevedore {

// The user-interface language: the system's, or an override chosen in View → Language and
// kept in QSettings ("ui/language": "", "en", "de" or "fr"), applied at the next start.
namespace language {

struct Choice
{
    QString code; // "" for the system's language
    QString name; // in its own language, e.g. "Deutsch"
};

QList<Choice> choices();
QString setting();
void setSetting(const QString &code);
// The locale the interface uses: the override, else the system's.
QLocale uiLocale();
// Installs Stevedore's translation (from ../share/stevedore/translations beside the binary when
// installed there, else the built-in copy in :/i18n) and Qt's own (qtbase_<lang>.qm from Qt's
// translations folder) for uiLocale(). Returns the language loaded, "en" when none.
QString installTranslators(QCoreApplication &app);

} // namespace language
} // namespace stevedore
