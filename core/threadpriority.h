// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#pragma once

namespace stevedore {

// Nice 5 for the calling thread, so that a GUI thread in the same process gets a core first on
// a busy machine (on Linux each thread has a nice value of its own; Qt's QThread::setPriority
// is ignored under SCHED_OTHER, and SCHED_IDLE would starve an import behind any other load).
// Never raises a priority; a no-op elsewhere than Linux.
void lowerThreadPriority();

} // namespace stevedore
