// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "cli.h"

namespace stevedore::cli {

int exportMapped(Context &, const ExportOptions &)
{
    throw UsageError{QStringLiteral("--mapped is not available in this build yet")};
}

} // namespace stevedore::cli
