#include "db/sqlitesqltext.h"

#include <QTest>

using ectowb::db::SqliteSqlText;

// The bits of CREATE statements SQLite introspection reads, including quotes that
// hide parentheses, commas and keywords.
static QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

class TestSqliteSqlText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void index_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QString>("predicate");

        QTest::newRow("plain") << "CREATE INDEX \"i\" ON \"t\" (\"a\", \"b\")" << list({"\"a\"", "\"b\""}) << "";
        QTest::newRow("expression") << "CREATE UNIQUE INDEX i ON t (lower(name), a)" << list({"lower(name)", "a"}) << "";
        QTest::newRow("partial") << "CREATE INDEX i ON t (a) WHERE deleted_at IS NULL" << list({"a"}) << "deleted_at IS NULL";
        QTest::newRow("lowercase where") << "create index i on t (a) where b > 1;" << list({"a"}) << "b > 1";
        QTest::newRow("paren in quoted index name") << "CREATE INDEX \"odd(name\" ON t (a)" << list({"a"}) << "";
        QTest::newRow("comma in string") << "CREATE INDEX i ON t (coalesce(a, 'x,y'), b) WHERE c = 'WHERE (x'"
                                         << list({"coalesce(a, 'x,y')", "b"}) << "c = 'WHERE (x'";
        QTest::newRow("escaped quote") << "CREATE INDEX i ON t (\"we\"\"ird\")" << list({"\"we\"\"ird\""}) << "";
        QTest::newRow("bracket quoted") << "CREATE INDEX i ON [my (table)] ([a])" << list({"[a]"}) << "";
        QTest::newRow("no sql (autoindex)") << "" << QStringList() << "";
    }

    void index()
    {
        QFETCH(QString, sql);
        QTEST(SqliteSqlText::indexKeys(sql), "keys");
        QTEST(SqliteSqlText::indexPredicate(sql), "predicate");
    }

    void constraintName_data()
    {
        QTest::addColumn<QString>("definition");
        QTest::addColumn<QString>("keyword");
        QTest::addColumn<QString>("name");

        QTest::newRow("column fk") << "\"post_id\" INTEGER NOT NULL CONSTRAINT \"comments_post_id_fkey\" REFERENCES \"posts\"(\"id\")"
                                   << "REFERENCES" << "comments_post_id_fkey";
        QTest::newRow("unnamed fk") << "post_id INTEGER REFERENCES posts(id)" << "REFERENCES" << "";
        QTest::newRow("check named, fk not") << "x INTEGER CONSTRAINT chk CHECK (x > 0) REFERENCES p(id)" << "REFERENCES" << "";
        QTest::newRow("check then fk") << "x INTEGER CONSTRAINT chk CHECK (x > 0) CONSTRAINT fk REFERENCES p(id)" << "REFERENCES" << "fk";
        QTest::newRow("table fk") << "CONSTRAINT pair_fk FOREIGN KEY (a, b) REFERENCES p (x, y)" << "FOREIGN" << "pair_fk";
        QTest::newRow("bracket name") << "CONSTRAINT [my fk] FOREIGN KEY (a) REFERENCES p" << "FOREIGN" << "my fk";
    }

    void constraintName()
    {
        QFETCH(QString, definition);
        QFETCH(QString, keyword);
        QTEST(SqliteSqlText::constraintNameBefore(definition, keyword), "name");
    }

    void leadingIdentifier_data()
    {
        QTest::addColumn<QString>("definition");
        QTest::addColumn<QString>("identifier");
        QTest::newRow("quoted") << "\"user_id\" INTEGER" << "user_id";
        QTest::newRow("doubled quote") << "\"a\"\"b\" TEXT" << "a\"b";
        QTest::newRow("bare") << "  name TEXT" << "name";
        QTest::newRow("backticks") << "`x y` TEXT" << "x y";
        QTest::newRow("empty") << "   " << "";
    }

    void leadingIdentifier()
    {
        QFETCH(QString, definition);
        QTEST(SqliteSqlText::leadingIdentifier(definition), "identifier");
    }

    void splitTopLevel()
    {
        QCOMPARE(SqliteSqlText::splitTopLevel(QStringLiteral(" a INTEGER, b DECIMAL(10,2) , CHECK (a IN (1, 2)), c TEXT DEFAULT ',' ")),
                 (QStringList{QStringLiteral("a INTEGER"), QStringLiteral("b DECIMAL(10,2)"), QStringLiteral("CHECK (a IN (1, 2))"),
                              QStringLiteral("c TEXT DEFAULT ','")}));
        QVERIFY(SqliteSqlText::splitTopLevel(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSqliteSqlText)
#include "tst_sqlitesqltext.moc"
