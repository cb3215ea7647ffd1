// SPDX-FileCopyrightText: 2026 The Stevedore authors
// SPDX-License-Identifier: MIT
// Mailbox: worker threads hand their newest value per key to the mailbox's thread. Runs in the
// ThreadSanitizer stage too, where a hand-over TSan cannot see would be reported.

#include "mailbox.h"

#include <QSemaphore>
#include <QString>
#include <QTest>
#include <QThread>

#include <memory>
#include <thread>
#include <vector>

using namespace stevedore;

class tst_Mailbox : public QObject
{
    Q_OBJECT

private slots:
    void deliversTheNewestValuePerKeyOnTheReceiversThread();
    void postsWhileAWakeUpIsPendingAreCoalesced();
    void postsAfterCloseAreDropped();
    void posterOutlivesTheMailbox();
};

struct Delivery
{
    int key = 0;
    QString value;
    QThread *thread = nullptr;
};

void tst_Mailbox::deliversTheNewestValuePerKeyOnTheReceiversThread()
{
    std::vector<Delivery> deliveries;
    Mailbox<int, QString> mailbox([&deliveries](int key, const QString &value) {
        deliveries.push_back({key, value, QThread::currentThread()});
    });

    constexpr int Keys = 3;
    constexpr int PostsPerKey = 2000;
    std::vector<std::thread> workers;
    for (int key = 0; key < Keys; ++key) {
        workers.emplace_back([post = mailbox.poster(), key] {
            for (int i = 1; i <= PostsPerKey; ++i)
                post(key, QStringLiteral("%1:%2").arg(key).arg(i));
        });
    }
    for (std::thread &worker : workers)
        worker.join();

    // Everything is posted; the event loop now delivers the newest value of each key.
    QTRY_VERIFY(std::count_if(deliveries.begin(),
                              deliveries.end(),
                              [](const Delivery &d) {
                                  return d.value.endsWith(QStringLiteral(":%1").arg(PostsPerKey));
                              })
                == Keys);
    QCoreApplication::processEvents();
    QVERIFY(deliveries.size() < size_t(Keys * PostsPerKey));
    for (const Delivery &delivery : deliveries) {
        QCOMPARE(delivery.thread, QThread::currentThread());
        QVERIFY(delivery.value.startsWith(QStringLiteral("%1:").arg(delivery.key)));
    }
    // Per key, values arrive in the order they were posted (never an older one after a newer).
    for (int key = 0; key < Keys; ++key) {
        int last = 0;
        for (const Delivery &delivery : deliveries) {
            if (delivery.key != key)
                continue;
            const int n = delivery.value.section(QLatin1Char(':'), 1).toInt();
            QVERIFY2(n > last, qPrintable(delivery.value));
            last = n;
        }
        QCOMPARE(last, PostsPerKey);
    }
}

void tst_Mailbox::postsWhileAWakeUpIsPendingAreCoalesced()
{
    std::vector<std::pair<int, int>> deliveries;
    Mailbox<int, int> mailbox(
        [&deliveries](int key, int value) { deliveries.emplace_back(key, value); });
    const auto post = mailbox.poster();
    for (int i = 0; i < 500; ++i) {
        post(1, i);
        post(2, -i);
    }
    QVERIFY(deliveries.empty()); // nothing is delivered inside post()
    QCoreApplication::processEvents();
    const std::vector<std::pair<int, int>> expected{{1, 499}, {2, -499}};
    QCOMPARE(deliveries, expected);

    post(1, 1000);
    QCoreApplication::processEvents();
    QCOMPARE(deliveries.size(), size_t(3));
    QCOMPARE(deliveries.back(), std::make_pair(1, 1000));
}

void tst_Mailbox::postsAfterCloseAreDropped()
{
    int delivered = 0;
    Mailbox<int, int> mailbox([&delivered](int, int) { ++delivered; });
    const auto post = mailbox.poster();
    post(1, 1); // pending when the mailbox closes: dropped as well
    mailbox.close();
    post(1, 2);
    QCoreApplication::processEvents();
    QCOMPARE(delivered, 0);
}

void tst_Mailbox::posterOutlivesTheMailbox()
{
    int delivered = 0;
    QSemaphore posted;
    QSemaphore mailboxGone;
    std::thread worker;
    {
        Mailbox<int, int> mailbox([&delivered](int, int) { ++delivered; });
        worker = std::thread([post = mailbox.poster(), &posted, &mailboxGone] {
            post(1, 1); // its wake-up is still queued when the mailbox goes
            posted.release();
            mailboxGone.acquire();
            post(1, 2); // dropped, no crash
            posted.release();
        });
        posted.acquire();
    }
    mailboxGone.release();
    posted.acquire();
    worker.join();
    QCoreApplication::processEvents();
    QCOMPARE(delivered, 0);
}

QTEST_GUILESS_MAIN(tst_Mailbox)
#include "tst_mailbox.moc"
