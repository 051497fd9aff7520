#include "sql/sqltokenizer.h"

#include <QStringList>
#include <QTest>

using namespace ectowb::sql;

namespace {

QString kindName(SqlTokenKind kind)
{
    switch (kind) {
    case SqlTokenKind::Keyword: return QStringLiteral("kw");
    case SqlTokenKind::Identifier: return QStringLiteral("id");
    case SqlTokenKind::QuotedName: return QStringLiteral("qn");
    case SqlTokenKind::String: return QStringLiteral("str");
    case SqlTokenKind::Number: return QStringLiteral("num");
    case SqlTokenKind::Parameter: return QStringLiteral("par");
    case SqlTokenKind::Comment: return QStringLiteral("com");
    case SqlTokenKind::Operator: return QStringLiteral("op");
    case SqlTokenKind::Punctuation: return QStringLiteral("pun");
    case SqlTokenKind::Error: return QStringLiteral("err");
    }
    return QString();
}

// Tokens as "kind[text]" words, with "!" after an unterminated one: readable in a failure.
QString describe(const QString &sql)
{
    QStringList words;
    for (const SqlToken &token : SqlTokenizer::tokenize(sql)) {
        words << kindName(token.kind) % u'[' % sql.mid(token.start, token.length) % u']'
                % (token.terminated ? QString() : QStringLiteral("!"));
    }
    return words.join(u' ');
}

} // namespace

class TestSqlTokenizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokens_data();
    void tokens();
    void tokensCoverTextWithoutOverlap_data();
    void tokensCoverTextWithoutOverlap();
    void keywordsIgnoreCase();
};

void TestSqlTokenizer::tokens_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ecto select") << QStringLiteral("SELECT p0.\"title\" FROM \"posts\" AS p0 WHERE (p0.\"id\" = $1)")
        << QStringLiteral("kw[SELECT] id[p0] pun[.] qn[\"title\"] kw[FROM] qn[\"posts\"] kw[AS] id[p0] "
                          "kw[WHERE] pun[(] id[p0] pun[.] qn[\"id\"] op[=] par[$1] pun[)]");
    QTest::newRow("lowercase keywords") << QStringLiteral("select count(*) from users")
        << QStringLiteral("kw[select] id[count] pun[(] op[*] pun[)] kw[from] id[users]");
    QTest::newRow("doubled quote in string") << QStringLiteral("'it''s'")
        << QStringLiteral("str['it''s']");
    QTest::newRow("doubled quote in name") << QStringLiteral("\"a\"\"b\" x")
        << QStringLiteral("qn[\"a\"\"b\"] id[x]");
    QTest::newRow("escape string") << QStringLiteral("E'a\\'b' c")
        << QStringLiteral("str[E'a\\'b'] id[c]");
    QTest::newRow("backslash in plain string ends nothing") << QStringLiteral("'a\\' b")
        << QStringLiteral("str['a\\'] id[b]");
    QTest::newRow("hex blob") << QStringLiteral("X'0aff'") << QStringLiteral("str[X'0aff']");
    QTest::newRow("dollar string") << QStringLiteral("$$ it's $1 $$;")
        << QStringLiteral("str[$$ it's $1 $$] pun[;]");
    QTest::newRow("tagged dollar string") << QStringLiteral("$fn$ a $$ b $fn$ x")
        << QStringLiteral("str[$fn$ a $$ b $fn$] id[x]");
    QTest::newRow("numbers") << QStringLiteral("1 2.5 .5 1e10 3E-2 0x1F 4.")
        << QStringLiteral("num[1] num[2.5] num[.5] num[1e10] num[3E-2] num[0x1F] num[4.]");
    QTest::newRow("parameters") << QStringLiteral("? ?2 $12 $name")
        << QStringLiteral("par[?] par[?2] par[$12] par[$name]");
    QTest::newRow("line comment") << QStringLiteral("a -- note\nb")
        << QStringLiteral("id[a] com[-- note] id[b]");
    QTest::newRow("nested block comment") << QStringLiteral("/* a /* b */ c */ d")
        << QStringLiteral("com[/* a /* b */ c */] id[d]");
    QTest::newRow("operators") << QStringLiteral("a::text || b <= c <> d ->> 'k'")
        << QStringLiteral("id[a] op[::] kw[text] op[||] id[b] op[<=] id[c] op[<>] id[d] op[->>] str['k']");
    QTest::newRow("operator stops at comment") << QStringLiteral("a =-- c")
        << QStringLiteral("id[a] op[=] com[-- c]");
    QTest::newRow("backtick name") << QStringLiteral("`order`") << QStringLiteral("qn[`order`]");
    QTest::newRow("unterminated string") << QStringLiteral("'abc") << QStringLiteral("str['abc]!");
    QTest::newRow("unterminated name") << QStringLiteral("\"abc") << QStringLiteral("qn[\"abc]!");
    QTest::newRow("unterminated comment") << QStringLiteral("/* abc") << QStringLiteral("com[/* abc]!");
    QTest::newRow("unterminated dollar") << QStringLiteral("$$ abc") << QStringLiteral("str[$$ abc]!");
    QTest::newRow("stray character") << QStringLiteral("a \\ b") << QStringLiteral("id[a] err[\\] id[b]");
    QTest::newRow("non-ascii identifier") << QStringLiteral("SELECT größe FROM t")
        << QStringLiteral("kw[SELECT] id[größe] kw[FROM] id[t]");
    QTest::newRow("ddl") << QStringLiteral("CREATE TABLE \"posts\" (\"id\" bigserial PRIMARY KEY, \"title\" varchar(255))")
        << QStringLiteral("kw[CREATE] kw[TABLE] qn[\"posts\"] pun[(] qn[\"id\"] kw[bigserial] kw[PRIMARY] kw[KEY] "
                          "pun[,] qn[\"title\"] kw[varchar] pun[(] num[255] pun[)] pun[)]");
    QTest::newRow("empty") << QString() << QString();
}

void TestSqlTokenizer::tokens()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    QCOMPARE(describe(sql), expected);
}

void TestSqlTokenizer::tokensCoverTextWithoutOverlap_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("query") << QStringLiteral("SELECT a, 'x''y' FROM t /* c */ WHERE b = $1 -- end");
    QTest::newRow("garbage") << QStringLiteral("\\\\ '' \"\" $ $$ ? ?? :: ; \t\n .");
    QTest::newRow("unicode") << QStringLiteral("SELECT '😀' AS \"ü\"");
}

// Every non-space character belongs to exactly one token, in order.
void TestSqlTokenizer::tokensCoverTextWithoutOverlap()
{
    QFETCH(QString, sql);
    int covered = 0;
    for (const SqlToken &token : SqlTokenizer::tokenize(sql)) {
        QVERIFY(token.length > 0);
        QVERIFY(token.start >= covered);
        for (int i = covered; i < token.start; ++i)
            QVERIFY2(sql.at(i).isSpace(), qPrintable(QStringLiteral("gap at %1").arg(i)));
        covered = token.start + token.length;
    }
    QVERIFY(covered <= sql.size());
    for (qsizetype i = covered; i < sql.size(); ++i)
        QVERIFY(sql.at(i).isSpace());
}

void TestSqlTokenizer::keywordsIgnoreCase()
{
    QVERIFY(SqlTokenizer::isKeyword(u"select"));
    QVERIFY(SqlTokenizer::isKeyword(u"SeLeCt"));
    QVERIFY(SqlTokenizer::isKeyword(u"RETURNING"));
    QVERIFY(!SqlTokenizer::isKeyword(u"posts"));
    QVERIFY(!SqlTokenizer::isKeyword(u""));
}

QTEST_GUILESS_MAIN(TestSqlTokenizer)
#include "tst_sqltokenizer.moc"
