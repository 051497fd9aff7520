#include "workspace/jobqueue.h"
#include "workspace/workspace.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace ectowb;
using workspace::JobQueue;
using workspace::Workspace;

// The workspace's one threading idiom: jobs on its pool, answers on the owner's
// thread; queues for jobs that must not overlap.
class TestJobQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneJobAtATimeDoneOnTheOwnersThread();
    void doneComesAfterWhatTheWorkPosted();
    void doneMayStartTheNextJob();
    void aBlockedQueueHoldsUpNeitherAnotherQueueNorARun();
    void aQueueOutlivesItsWorkspace();
    void theWorkspaceDoesNotWaitForAQueuesJob();
    void aRunsAnswerIsDroppedWhenItsContextIsGone();
    void theDestructorWaitsForTheRunningJob();
};

void TestJobQueue::oneJobAtATimeDoneOnTheOwnersThread()
{
    Workspace workspace;
    QObject owner;
    JobQueue *queue = workspace.createJobQueue(&owner);
    QCOMPARE(queue->parent(), &owner);
    QSignalSpy busy(queue, &JobQueue::busyChanged);
    QSemaphore gate;
    QThread *workedOn = nullptr;
    QThread *doneOn = nullptr;
    QVERIFY(queue->start([&] { workedOn = QThread::currentThread(); gate.acquire(); },
                         [&] { doneOn = QThread::currentThread(); }));
    QVERIFY(queue->isBusy());
    QCOMPARE(busy.count(), 1);
    QCOMPARE(busy.first().first().toBool(), true);
    // A second job is refused, not queued behind, while the first runs.
    bool secondRan = false;
    QVERIFY(!queue->start([&] { secondRan = true; }, [] {}));
    gate.release();
    QTRY_VERIFY(!queue->isBusy());
    QCOMPARE(busy.count(), 2);
    QCOMPARE(busy.last().first().toBool(), false);
    QVERIFY(workedOn != nullptr);
    QVERIFY(workedOn != QThread::currentThread());
    QCOMPARE(doneOn, QThread::currentThread());
    QVERIFY(!secondRan);
}

void TestJobQueue::doneComesAfterWhatTheWorkPosted()
{
    Workspace workspace;
    QObject owner;
    JobQueue *queue = workspace.createJobQueue(&owner);
    QStringList events;
    QVERIFY(queue->start(
        [&] {
            for (int i = 0; i < 50; ++i)
                QMetaObject::invokeMethod(&owner, [&events, i] { events << QString::number(i); }, Qt::QueuedConnection);
        },
        [&] { events << QStringLiteral("done"); }));
    QTRY_COMPARE(events.size(), 51);
    QCOMPARE(events.last(), QStringLiteral("done"));
    QCOMPARE(events.first(), QStringLiteral("0"));
}

void TestJobQueue::doneMayStartTheNextJob()
{
    Workspace workspace;
    QObject owner;
    JobQueue *queue = workspace.createJobQueue(&owner);
    QList<int> order;
    bool restarted = false;
    QVERIFY(queue->start([&] { order << 1; }, [&] {
        restarted = queue->start([&] { order << 2; }, [&] { order << 3; });
    }));
    QTRY_COMPARE(order.size(), 3);
    QVERIFY(restarted);
    QCOMPARE(order, (QList<int>{1, 2, 3}));
}

void TestJobQueue::aBlockedQueueHoldsUpNeitherAnotherQueueNorARun()
{
    Workspace workspace;
    QObject owner;
    // More blocked queues than the pool has threads of its own for loads and runs.
    QSemaphore gate;
    QList<JobQueue *> blocked;
    for (int i = 0; i < 3; ++i) {
        blocked << workspace.createJobQueue(&owner);
        QVERIFY(blocked.last()->start([&gate] { gate.acquire(); }, [] {}));
    }
    JobQueue *other = workspace.createJobQueue(&owner);
    bool queued = false;
    QVERIFY(other->start([] {}, [&] { queued = true; }));
    int answer = 0;
    workspace.run<int>(&owner, [] { return 7; }, [&](int value) { answer = value; });
    QTRY_VERIFY(queued);
    QTRY_COMPARE(answer, 7);
    gate.release(3);
    for (JobQueue *queue : std::as_const(blocked))
        QTRY_VERIFY(!queue->isBusy());
}

void TestJobQueue::aQueueOutlivesItsWorkspace()
{
    auto workspace = std::make_unique<Workspace>();
    QObject owner;
    JobQueue *queue = workspace->createJobQueue(&owner);
    workspace.reset();
    int done = 0;
    QVERIFY(queue->start([] {}, [&] { ++done; }));
    QTRY_COMPARE(done, 1);
}

// A window's teardown deletes the workspace before the views: a migration run on a
// view's queue must not hold it up (the view cancels its run when it goes). Were the
// workspace to wait, this test would never end.
void TestJobQueue::theWorkspaceDoesNotWaitForAQueuesJob()
{
    auto workspace = std::make_unique<Workspace>();
    QObject owner;
    JobQueue *queue = workspace->createJobQueue(&owner);
    QSemaphore gate;
    bool done = false;
    QVERIFY(queue->start([&gate] { gate.acquire(); }, [&] { done = true; }));
    workspace.reset();
    gate.release();
    QTRY_VERIFY(done);
}

void TestJobQueue::aRunsAnswerIsDroppedWhenItsContextIsGone()
{
    Workspace workspace;
    auto context = std::make_unique<QObject>();
    QSemaphore gate;
    std::atomic_bool worked = false;
    bool answered = false;
    workspace.run<int>(context.get(), [&] { gate.acquire(); worked = true; return 1; }, [&](int) { answered = true; });
    context.reset();
    gate.release();
    QTRY_VERIFY(worked);
    // Whatever was posted has been delivered (or dropped) by now.
    QTest::qWait(50);
    QCoreApplication::sendPostedEvents();
    QVERIFY(!answered);
}

void TestJobQueue::theDestructorWaitsForTheRunningJob()
{
    Workspace workspace;
    auto owner = std::make_unique<QObject>();
    JobQueue *queue = workspace.createJobQueue(owner.get());
    std::atomic_bool finished = false;
    bool done = false;
    QVERIFY(queue->start([&] { QThread::msleep(100); finished = true; }, [&] { done = true; }));
    owner.reset(); // deletes the queue
    QVERIFY(finished);
    // Its `done` goes with it: the object it was posted to is gone.
    QCoreApplication::sendPostedEvents();
    QVERIFY(!done);
}

QTEST_GUILESS_MAIN(TestJobQueue)
#include "tst_jobqueue.moc"
