// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace stevedore::language {

namespace {

const QString settingsKey = QStringLiteral("ui/language");

// Where `cmake --install` puts the .qm files, relative to the binary (bin/ beside share/).
QString installedTranslations()
{
    return QCoreApplication::applicationDirPath()
           + QStringLiteral("/../share/stevedore/translations");
}

} // namespace

QList<Choice> choices()
{
    return {{QString(), QCoreApplication::translate("stevedore::MainWindow", "System")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")}};
}

QString setting()
{
    return QSettings().value(settingsKey).toString();
}

void setSetting(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(settingsKey);
    else
        QSettings().setValue(settingsKey, code);
}

QLocale uiLocale()
{
    const QString code = setting();
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

QString installTranslators(QCoreApplication &app)
{
    const QLocale locale = uiLocale();
    if (!setting().isEmpty())
        QLocale::setDefault(locale); // numbers and dates follow the chosen language too
    auto *own = new QTranslator(&app);
    const auto load = [&](const QString &folder) {
        return own->load(locale, QStringLiteral("stevedore"), QStringLiteral("_"), folder);
    };
    // The installed files first, so that a corrected translation replaces the built-in one.
    if (!load(installedTranslations()) && !load(QStringLiteral(":/i18n"))) {
        // English is the source language; its file holds only the plural forms ("1 file", not
        // "1 file(s)"), loaded for any language without a translation of its own (and for the
        // C locale of a bare session).
        const QString english = QStringLiteral("stevedore_en");
        if (own->load(english, installedTranslations())
            || own->load(english, QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(own);
        else
            delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale,
                 QStringLiteral("qtbase"),
                 QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return own->language();
}

} // namespace stevedore::language
