// The composer's undo history of step edits, without the composer: what each undo
// and redo gives back, and where typing leaves the next undo.
#include "stepedithistory.h"

#include <QTest>

using ectowb::widgets::StepEditHistory;

class TestStepEditHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void undoAndRedoWalkTheEdits()
    {
        StepEditHistory history;
        history.reset(QStringLiteral("a"));
        QVERIFY(!history.canUndo());
        QVERIFY(history.record(QStringLiteral("b")));
        QVERIFY(history.record(QStringLiteral("c")));
        QCOMPARE(history.undo(QStringLiteral("c")), std::optional<QString>(QStringLiteral("b")));
        QCOMPARE(history.undo(QStringLiteral("b")), std::optional<QString>(QStringLiteral("a")));
        QCOMPARE(history.undo(QStringLiteral("a")), std::nullopt);
        QVERIFY(history.canRedo());
        QCOMPARE(history.redo(QStringLiteral("a")), std::optional<QString>(QStringLiteral("b")));
        QCOMPARE(history.redo(QStringLiteral("b")), std::optional<QString>(QStringLiteral("c")));
        QCOMPARE(history.redo(QStringLiteral("c")), std::nullopt);
    }

    void anEditThatChangesNothingIsNoStep()
    {
        StepEditHistory history;
        history.reset(QStringLiteral("a"));
        QVERIFY(!history.record(QStringLiteral("a")));
        QVERIFY(!history.canUndo());
    }

    // Typing is the code pane's to undo: a step edit after it undoes to the typed text.
    void aStepEditAfterTypingUndoesToTheTypedText()
    {
        StepEditHistory history;
        history.reset(QStringLiteral("a"));
        history.setCurrent(QStringLiteral("typed"));
        QVERIFY(history.record(QStringLiteral("edited")));
        QCOMPARE(history.undo(QStringLiteral("edited")), std::optional<QString>(QStringLiteral("typed")));
    }

    void aNewEditDropsTheRedos()
    {
        StepEditHistory history;
        history.reset(QStringLiteral("a"));
        history.record(QStringLiteral("b"));
        history.undo(QStringLiteral("b"));
        history.setCurrent(QStringLiteral("a"));
        QVERIFY(history.record(QStringLiteral("c")));
        QVERIFY(!history.canRedo());
    }

    void aLoadedQueryStartsANewHistory()
    {
        StepEditHistory history;
        history.reset(QStringLiteral("a"));
        history.record(QStringLiteral("b"));
        history.reset(QStringLiteral("loaded"));
        QVERIFY(!history.canUndo());
        QVERIFY(!history.canRedo());
    }
};

QTEST_GUILESS_MAIN(TestStepEditHistory)
#include "tst_stepedithistory.moc"
