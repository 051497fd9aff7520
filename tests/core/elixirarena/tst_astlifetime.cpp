// Ast nodes live in per-parse arenas (core/elixir/ast.cpp): these tests check that
// any handle keeps its nodes alive on its own, whatever happens to the parse
// result and on whichever thread.
#include "elixir/ast.h"
#include "elixir/quotedprinter.h"
#include "elixir/reader.h"

#include <QTest>
#include <QThread>

#include <functional>
#include <memory>
#include <vector>

using namespace ectowb::elixir;

namespace {

// The deepest first argument of the last statement: a handle into the middle of
// the document, copied out of a node's children.
Ast deepChild(const Ast &root)
{
    Ast node = root.blockStatements().back();
    while (true) {
        const AstSpan kids = node.isCall() ? node.args() : node.elements();
        if (kids.empty())
            return node;
        node = kids.front();
    }
}

Ast parsed(const char *source)
{
    const ParseResult result = Reader::parse(QByteArray(source));
    return result.ast;
}

// A list of `count` distinct variables: prefix0, prefix1, ...
QByteArray manyNames(const char *prefix, int count)
{
    QByteArray out("[");
    for (int i = 0; i < count; ++i)
        out += (i ? ", " : "") + QByteArray(prefix) + QByteArray::number(i);
    return out + "]\n";
}

} // namespace

class TestAstLifetime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void subtreeOutlivesItsParse_data();
    void subtreeOutlivesItsParse();
    void nodesBuiltFromParsedChildrenOutliveThem();
    void atomsAreSharedAcrossParses();
    void treesMoveBetweenThreads();
    void treesOutliveTheAtomTablesReset_data();
    void treesOutliveTheAtomTablesReset();
};

void TestAstLifetime::subtreeOutlivesItsParse_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::newRow("call") << QByteArray("foo(bar(1, [a: 2]), 3)");
    QTest::newRow("module") << QByteArray("defmodule A do\n  def f(x), do: x + 1\nend\n");
    QTest::newRow("pipe") << QByteArray("a |> b(%{k: \"v\"}) |> c.d({1, 2})");
    QTest::newRow("string") << QByteArray("x = \"a#{b}c\"\ny = :\"quoted atom\"");
}

void TestAstLifetime::subtreeOutlivesItsParse()
{
    QFETCH(QByteArray, source);
    Ast statement;
    Ast leaf;
    QByteArray expectedStatement;
    QByteArray expectedLeaf;
    {
        const ParseResult result = Reader::parse(source);
        QVERIFY(result.isValid());
        statement = result.ast.blockStatements().back();
        leaf = deepChild(result.ast);
        expectedStatement = QuotedPrinter::inspect(statement);
        expectedLeaf = QuotedPrinter::inspect(leaf);
    }
    // The result is gone; the handles must still see the same nodes. Churn the
    // allocator so that freed memory would be reused and show up here.
    for (int i = 0; i < 50; ++i)
        parsed("defmodule Churn do\n  def g(a, b), do: {a, b, [1, 2, 3]}\nend\n");
    QCOMPARE(QuotedPrinter::inspect(statement), expectedStatement);
    QCOMPARE(QuotedPrinter::inspect(leaf), expectedLeaf);
    // A copy of a copy of a child is as good as the original.
    const std::vector<Ast> copies = statement.isCall() ? statement.args() : statement.elements();
    statement = Ast();
    for (const Ast &copy : copies)
        QVERIFY(!QuotedPrinter::inspect(copy).isEmpty());
}

void TestAstLifetime::nodesBuiltFromParsedChildrenOutliveThem()
{
    Ast rebuilt;
    QByteArray expected;
    {
        const Ast root = parsed("foo(1, :two, \"three\")");
        const Ast call = root.blockStatements().front();
        rebuilt = Ast::call(QStringLiteral("wrap"), {1, 1}, {call.withArgs(call.args()), call.withPos({9, 9})});
        expected = QuotedPrinter::inspect(rebuilt);
    }
    parsed("other(1, 2, 3)");
    QCOMPARE(QuotedPrinter::inspect(rebuilt), expected);
    QCOMPARE(rebuilt.args()[0], rebuilt.args()[1]);
    QCOMPARE(rebuilt.args()[1].pos().line, 9);
}

void TestAstLifetime::atomsAreSharedAcrossParses()
{
    const Ast first = parsed("some_atom_name(1)");
    const Ast second = parsed("some_atom_name(2)");
    QCOMPARE(first.blockStatements().front().callName(), QStringLiteral("some_atom_name"));
    QCOMPARE(second.blockStatements().front().callName(), QStringLiteral("some_atom_name"));
    QVERIFY(first != second);
}

void TestAstLifetime::treesMoveBetweenThreads()
{
    // Two threads parse and keep their results, as the project loader does; the
    // main thread then reads and drops them while the threads' atom tables live on.
    const QByteArray source("defmodule M do\n  schema \"t\" do\n    field :name, :string\n  end\nend\n");
    const QByteArray expected = QuotedPrinter::inspect(parsed(source.constData()));
    std::vector<Ast> results(2 * 200);
    auto work = [&](int offset) {
        for (int i = 0; i < 200; ++i)
            results[size_t(offset + i)] = Reader::parse(source).ast;
    };
    std::unique_ptr<QThread> a(QThread::create(work, 0));
    std::unique_ptr<QThread> b(QThread::create(work, 200));
    a->start();
    b->start();
    QVERIFY(a->wait(60000));
    QVERIFY(b->wait(60000));
    a.reset();
    b.reset(); // the threads are gone, and so are their atom tables
    for (const Ast &ast : results)
        QCOMPARE(QuotedPrinter::inspect(ast), expected);
    // Read one tree from two threads at once: copies count atomically.
    const Ast shared = results.front();
    results.clear();
    auto read = [&] {
        for (int i = 0; i < 200; ++i) {
            const Ast copy = deepChild(shared);
            Q_UNUSED(copy);
        }
    };
    std::unique_ptr<QThread> c(QThread::create(read));
    std::unique_ptr<QThread> d(QThread::create(read));
    c->start();
    d->start();
    QVERIFY(c->wait(60000));
    QVERIFY(d->wait(60000));
    QCOMPARE(QuotedPrinter::inspect(shared), expected);
}


void TestAstLifetime::treesOutliveTheAtomTablesReset_data()
{
    // The per-thread atom table starts over after 65536 atoms; the trees built
    // before keep the atom pool they pinned. Several files of fewer names each
    // (interned in one batch), or one file with more names than the table holds
    // (interned one by one, the table resetting in the middle of the parse).
    QTest::addColumn<int>("files");
    QTest::addColumn<int>("namesPerFile");
    QTest::newRow("batches") << 6 << 20000;
    QTest::newRow("one big file") << 2 << 70000;
}

void TestAstLifetime::treesOutliveTheAtomTablesReset()
{
    QFETCH(int, files);
    QFETCH(int, namesPerFile);
    std::vector<Ast> trees;
    std::vector<QByteArray> expected;
    for (int f = 0; f < files; ++f) {
        const QByteArray prefix = "file" + QByteArray::number(f) + "_name";
        const ParseResult result = Reader::parse(manyNames(prefix.constData(), namesPerFile));
        QVERIFY(result.isValid());
        QCOMPARE(int(result.ast.elements().size()), namesPerFile);
        trees.push_back(result.ast);
        expected.push_back(QuotedPrinter::inspect(result.ast));
    }
    for (int i = 0; i < 3; ++i)
        parsed(manyNames("churn", 30000).constData());
    for (size_t f = 0; f < trees.size(); ++f) {
        QCOMPARE(QuotedPrinter::inspect(trees[f]), expected[f]);
        const Ast last = trees[f].elements().back();
        QCOMPARE(last.callName(), QStringLiteral("file%1_name%2").arg(f).arg(namesPerFile - 1));
    }
}

QTEST_GUILESS_MAIN(TestAstLifetime)
#include "tst_astlifetime.moc"
