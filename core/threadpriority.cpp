// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "threadpriority.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace stevedore {

void lowerThreadPriority()
{
#ifdef Q_OS_LINUX
    constexpr int backgroundNice = 5;
    const auto tid = id_t(syscall(SYS_gettid));
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, tid);
    if (errno == 0 && current < backgroundNice)
        setpriority(PRIO_PROCESS, tid, backgroundNice);
#endif
}

} // namespace stevedore
