#include "sql/sqlhighlighting.h"

#include <QTest>

using namespace ectowb;
using highlight::Category;

Q_DECLARE_METATYPE(highlight::Category)

namespace {

// The category of the span that covers `offset`, or Plain where no span is.
Category categoryAt(const highlight::Spans &spans, int offset)
{
    for (const highlight::Span &span : spans) {
        if (offset >= span.start && offset < span.start + span.length)
            return span.category;
    }
    return Category::Plain;
}

} // namespace

class TestSqlHighlighting : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void categoryOfWord_data();
    void categoryOfWord();
    void spansAreOrderedAndInside();
};

void TestSqlHighlighting::categoryOfWord_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("word");
    QTest::addColumn<Category>("category");
    const QString query = QStringLiteral(
        "SELECT count(p0.\"id\"), lower (x) FROM \"posts\" AS p0 -- all\n"
        "WHERE p0.\"title\" = 'a' AND p0.views > 10 AND p0.id = ANY($1) VALUES (?)");
    QTest::newRow("keyword") << query << QStringLiteral("SELECT") << Category::Keyword;
    QTest::newRow("function") << query << QStringLiteral("count") << Category::Function;
    QTest::newRow("function before space") << query << QStringLiteral("lower") << Category::Function;
    QTest::newRow("keyword before paren stays keyword") << query << QStringLiteral("VALUES") << Category::Keyword;
    QTest::newRow("ANY stays keyword") << query << QStringLiteral("ANY") << Category::Keyword;
    QTest::newRow("quoted name") << query << QStringLiteral("\"posts\"") << Category::QuotedName;
    QTest::newRow("identifier") << query << QStringLiteral("views") << Category::Identifier;
    QTest::newRow("string") << query << QStringLiteral("'a'") << Category::String;
    QTest::newRow("number") << query << QStringLiteral("10") << Category::Number;
    QTest::newRow("dollar parameter") << query << QStringLiteral("$1") << Category::Parameter;
    QTest::newRow("question parameter") << query << QStringLiteral("?") << Category::Parameter;
    QTest::newRow("comment") << query << QStringLiteral("-- all") << Category::Comment;
    QTest::newRow("operator") << query << QStringLiteral(">") << Category::Operator;
    QTest::newRow("punctuation") << query << QStringLiteral(",") << Category::Punctuation;
}

void TestSqlHighlighting::categoryOfWord()
{
    QFETCH(QString, sql);
    QFETCH(QString, word);
    QFETCH(Category, category);
    const qsizetype at = sql.indexOf(word);
    QVERIFY(at >= 0);
    const highlight::Spans spans = sql::SqlHighlighting::spans(sql);
    for (qsizetype i = at; i < at + word.size(); ++i)
        QCOMPARE(int(categoryAt(spans, int(i))), int(category));
}

void TestSqlHighlighting::spansAreOrderedAndInside()
{
    const QString sql = QStringLiteral("UPDATE \"users\" SET \"name\" = $1 WHERE id = $2 /* x */");
    const highlight::Spans spans = sql::SqlHighlighting::spans(sql);
    QCOMPARE(spans.size(), 11);
    int end = 0;
    for (const highlight::Span &span : spans) {
        QVERIFY(span.start >= end);
        QVERIFY(span.length > 0);
        end = span.start + span.length;
    }
    QCOMPARE(end, sql.size());
}

QTEST_GUILESS_MAIN(TestSqlHighlighting)
#include "tst_sqlhighlighting.moc"
