// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
#include "mailbox.h"

namespace stevedore::detail {

void MailboxWaker::wake()
{
    if (onWake)
        onWake();
}

} // namespace stevedore::detail
