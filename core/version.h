// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

namespace stevedore {
inline constexpr const char *versionString = STEVEDORE_VERSION;
} // namespace stevedore
