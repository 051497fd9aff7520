// What the interpreter refuses, and that it refuses quickly: I/O, processes,
// unknown functions, infinite recursion and runaway loops are error values that
// name the call and where it is.
#include "interpreter/interpreter.h"

#include "elixir/reader.h"
#include "project/modulecollector.h"

#include "elixirmodules.h"
#include "testpaths.h"

#include <QElapsedTimer>
#include <QThread>
#include <QTest>

using namespace ectowb;
using namespace ectowb::interpreter;

namespace {

QList<project::ElixirModule> fixtureModules()
{
    return testsupport::modulesInFile(testsupport::testDataPath(QStringLiteral("interpreter/blog_context.ex")));
}

} // namespace

class TestInterpreterErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errors_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("file io") << QStringLiteral("x = 1\n  File.read!(\"a.txt\")")
                                 << QStringList{QStringLiteral("File.read!/1"), QStringLiteral("(I/O)"),
                                                QStringLiteral("line 2")};
        QTest::newRow("io puts") << QStringLiteral("IO.puts(\"hi\")")
                                 << QStringList{QStringLiteral("IO.puts/1"), QStringLiteral("(I/O)")};
        QTest::newRow("io inside project function") << QStringLiteral("Blog.Posts.read_config()")
                                                    << QStringList{QStringLiteral("File.read!/1"),
                                                                   QStringLiteral("line 46")};
        QTest::newRow("send") << QStringLiteral("send(self(), :hi)") << QStringList{QStringLiteral("(processes)")};
        QTest::newRow("spawn") << QStringLiteral("spawn(fn -> 1 end)")
                               << QStringList{QStringLiteral("spawn/1"), QStringLiteral("(processes)")};
        QTest::newRow("genserver") << QStringLiteral("GenServer.call(:srv, :ping)")
                                   << QStringList{QStringLiteral("GenServer.call/2"), QStringLiteral("(processes)")};
        QTest::newRow("repo") << QStringLiteral("Blog.Repo.all(Blog.Post)")
                              << QStringList{QStringLiteral("Blog.Repo.all/1"), QStringLiteral("database")};
        QTest::newRow("unknown module") << QStringLiteral("Nope.call(1)")
                                        << QStringList{QStringLiteral("Nope.call/1"), QStringLiteral("unknown module")};
        QTest::newRow("unknown function") << QStringLiteral("Blog.Posts.nope(1)")
                                          << QStringList{QStringLiteral("undefined function Blog.Posts.nope/1")};
        QTest::newRow("unknown local") << QStringLiteral("frobnicate(1)")
                                       << QStringList{QStringLiteral("undefined function frobnicate/1")};
        QTest::newRow("raise") << QStringLiteral("raise ArgumentError, \"bad input\"")
                               << QStringList{QStringLiteral("(ArgumentError) bad input"), QStringLiteral("line 1")};
        QTest::newRow("receive") << QStringLiteral("receive do x -> x end")
                                 << QStringList{QStringLiteral("receive")};
        QTest::newRow("match error") << QStringLiteral("{:ok, x} = {:error, 1}")
                                     << QStringList{QStringLiteral("no match of right hand side value: {:error, 1}")};
        QTest::newRow("infinite recursion") << QStringLiteral("Blog.Posts.loop(1)")
                                            << QStringList{QStringLiteral("Blog.Posts.loop/1"),
                                                           QStringLiteral("evaluation stopped")};
        QTest::newRow("huge reduce") << QStringLiteral("Enum.reduce(1..100_000_000, 0, fn x, acc -> x + acc end)")
                                     << QStringList{QStringLiteral("evaluation stopped"), QStringLiteral("line 1")};
        QTest::newRow("huge list") << QStringLiteral("Enum.to_list(1..1_000_000_000)")
                                   << QStringList{QStringLiteral("evaluation stopped")};
        QTest::newRow("no clause") << QStringLiteral("Blog.Posts.fact(-1)")
                                   << QStringList{QStringLiteral("no function clause matching in Blog.Posts.fact/1")};
        QTest::newRow("syntax error") << QStringLiteral("1 +") << QStringList{QStringLiteral("syntax error")};
        QTest::newRow("unbound name") << QStringLiteral("nothing_here + 1")
                                      << QStringList{QStringLiteral("undefined variable \"nothing_here\"")};
    }

    // A zero-arity function named without parentheses runs; an error inside it is
    // its own, not "undefined variable" for the name that called it.
    void errorInsideZeroArityFunction()
    {
        const QByteArray source = "defmodule Z do\n  def helper, do: missing_fun(1)\n  def run, do: helper\nend\n";
        const elixir::ParseResult parsed = elixir::Reader::parse(source);
        QVERIFY(parsed.isValid());
        Interpreter interpreter(project::ModuleCollector::collect(parsed.ast, QStringLiteral("z.ex")));
        const Result<Value> r = interpreter.call(QStringLiteral("Z"), QStringLiteral("run"), {});
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QLatin1String("undefined function missing_fun/1")), qPrintable(r.error()));
        QVERIFY2(!r.error().contains(QLatin1String("undefined variable")), qPrintable(r.error()));
    }

    void errors()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, mentions);
        Interpreter interpreter(fixtureModules());
        QElapsedTimer timer;
        timer.start();
        Result<Value> r = interpreter.evalSource(source);
        QVERIFY2(!r.isOk(), qPrintable(r.isOk() ? r->inspect() : QString()));
        // "line N" is where the error happened: a position of the error, never its text.
        for (const QString &m : mentions) {
            if (m.startsWith(QStringLiteral("line "))) {
                QCOMPARE(r.failure().position.line, m.mid(5).toInt());
                QVERIFY2(!r.error().contains(m), qPrintable(r.error()));
            } else {
                QVERIFY2(r.error().contains(m), qPrintable(r.error() + QStringLiteral(" lacks ") + m));
            }
        }
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
    }

    // A raise carries its exception module as the error's kind.
    void raiseKind_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("kind");
        QTest::newRow("module and message") << QStringLiteral("raise ArgumentError, \"bad\"") << QStringLiteral("ArgumentError");
        QTest::newRow("keyword message") << QStringLiteral("raise KeyError, message: \"no\"") << QStringLiteral("KeyError");
        QTest::newRow("string only") << QStringLiteral("raise \"plain\"") << QStringLiteral("RuntimeError");
    }

    void raiseKind()
    {
        QFETCH(QString, source);
        QFETCH(QString, kind);
        Interpreter interpreter(fixtureModules());
        const Result<Value> r = interpreter.evalSource(source);
        QVERIFY(!r.isOk());
        QCOMPARE(r.failure().kind, kind);
        QCOMPARE(r.failure().position.line, 1);
    }

    // Deep recursion on a worker thread with a small stack ends in an error, not a crash.
    void smallStackThread()
    {
        Interpreter interpreter(fixtureModules());
        Limits limits;
        limits.depth = 100000;
        interpreter.setLimits(limits);
        QString error;
        QThread *thread = QThread::create([&] {
            Result<Value> r = interpreter.evalSource(QStringLiteral("Blog.Posts.loop(1)"));
            error = r.isOk() ? QStringLiteral("no error") : r.error();
        });
        thread->setStackSize(512 * 1024);
        thread->start();
        QVERIFY(thread->wait(60000));
        delete thread;
        QVERIFY2(error.contains(QStringLiteral("nested too deeply")), qPrintable(error));
    }

    void budgetIsPerRequest()
    {
        Interpreter interpreter;
        Limits limits;
        limits.steps = 5000;
        interpreter.setLimits(limits);
        QVERIFY(!interpreter.evalSource(QStringLiteral("Enum.sum(1..100_000)")).isOk());
        // the next request starts with a fresh budget
        Result<Value> r = interpreter.evalSource(QStringLiteral("Enum.sum(1..100)"));
        QVERIFY2(r.isOk(), qPrintable(r.error()));
        QCOMPARE(r->integerValue(), 5050);
    }
};

QTEST_GUILESS_MAIN(TestInterpreterErrors)
#include "tst_interpretererrors.moc"
