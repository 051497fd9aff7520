// Database errors as the adapters read them (ecto_sql's Postgres adapter and
// ecto_sqlite3's to_constraints/2), and Ecto.Repo's matching of them against a
// changeset's constraints (exact, suffix, prefix; unmatched ones raise).
#include "changeset/adaptererror.h"
#include "changeset/constraintmatcher.h"

#include <QTest>

using namespace ectowb;
using namespace ectowb::changeset;

namespace {

QString violationsText(const std::vector<ConstraintViolation> &violations)
{
    QStringList out;
    for (const ConstraintViolation &v : violations)
        out << v.type + QLatin1Char(':') + v.name.value_or(QStringLiteral("nil"));
    return out.join(QLatin1Char(' '));
}

// As QPSQL builds them: the message with Qt's "(sqlstate)" suffix, the SQLSTATE as native code.
QSqlError postgresError(const QString &message, const QString &sqlstate)
{
    return QSqlError(QStringLiteral("QPSQL: Unable to create query"),
                     QStringLiteral("ERROR:  %1\nDETAIL:  Key (x)=(1) already exists.\n(%2)").arg(message, sqlstate),
                     QSqlError::StatementError, sqlstate);
}

QSqlError sqliteError(const QString &message)
{
    return QSqlError(QStringLiteral("Unable to fetch row"), message, QSqlError::StatementError, QStringLiteral("19"));
}

} // namespace

class TestAdapterError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqlite_data();
    void sqlite();
    void postgres_data();
    void postgres();
    void exceptionText();
    void matching_data();
    void matching();
};

void TestAdapterError::sqlite_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one column") << "UNIQUE constraint failed: users.email" << "unique:users_email_index";
    QTest::newRow("two columns") << "UNIQUE constraint failed: posts_tags.post_id, posts_tags.tag_id"
                                 << "unique:posts_tags_post_id_tag_id_index";
    QTest::newRow("expression index") << "UNIQUE constraint failed: index 'tags_lower_name_index'" << "unique:tags_lower_name_index";
    QTest::newRow("foreign key") << "FOREIGN KEY constraint failed" << "foreign_key:nil";
    QTest::newRow("check") << "CHECK constraint failed: view_count_must_be_non_negative"
                           << "check:view_count_must_be_non_negative";
    QTest::newRow("not null") << "NOT NULL constraint failed: posts.title" << "";
}

void TestAdapterError::sqlite()
{
    QFETCH(QString, message);
    QFETCH(QString, expected);
    QCOMPARE(violationsText(AdapterError::toConstraints(sqliteError(message), db::Dialect::Sqlite)), expected);
}

void TestAdapterError::postgres_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("sqlstate");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unique") << "duplicate key value violates unique constraint \"users_email_index\"" << "23505"
                            << "unique:users_email_index";
    QTest::newRow("foreign key on insert")
        << "insert or update on table \"posts\" violates foreign key constraint \"posts_author_id_fkey\"" << "23503"
        << "foreign_key:posts_author_id_fkey";
    QTest::newRow("foreign key on delete")
        << "update or delete on table \"users\" violates foreign key constraint \"posts_author_id_fkey\" on table \"posts\""
        << "23503" << "foreign_key:posts_author_id_fkey";
    QTest::newRow("check") << "new row for relation \"posts\" violates check constraint \"positive\"" << "23514"
                           << "check:positive";
    QTest::newRow("exclusion") << "conflicting key value violates exclusion constraint \"no_overlap\"" << "23P01"
                               << "exclusion:no_overlap";
    QTest::newRow("german server")
        << QString::fromUtf8("doppelter Schlüsselwert verletzt Unique-Constraint »users_email_index«") << "23505"
        << "unique:users_email_index";
    QTest::newRow("not null is never a constraint")
        << "null value in column \"title\" of relation \"posts\" violates not-null constraint" << "23502" << "";
}

void TestAdapterError::postgres()
{
    QFETCH(QString, message);
    QFETCH(QString, sqlstate);
    QFETCH(QString, expected);
    QCOMPARE(violationsText(AdapterError::toConstraints(postgresError(message, sqlstate), db::Dialect::Postgres)), expected);
}

void TestAdapterError::exceptionText()
{
    const Error postgres = AdapterError::exception(postgresError(QStringLiteral("null value in column \"title\""), QStringLiteral("23502")),
                                                   db::Dialect::Postgres);
    QCOMPARE(postgres.kind, QStringLiteral("Postgrex.Error"));
    QCOMPARE(postgres.message, QStringLiteral("ERROR 23502 (not_null_violation) null value in column \"title\""));
    const Error sqlite = AdapterError::exception(sqliteError(QStringLiteral("NOT NULL constraint failed: posts.title")), db::Dialect::Sqlite);
    QCOMPARE(sqlite.kind, QStringLiteral("Exqlite.Error"));
    QCOMPARE(sqlite.text(), QStringLiteral("** (Exqlite.Error) NOT NULL constraint failed: posts.title"));
}

void TestAdapterError::matching_data()
{
    QTest::addColumn<QString>("match");
    QTest::addColumn<QString>("declared");
    QTest::addColumn<QString>("reported");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << "exact" << "users_email_index" << "users_email_index" << true;
    QTest::newRow("exact, other name") << "exact" << "users_email_index" << "users_email_key" << false;
    QTest::newRow("suffix") << "suffix" << "_email_index" << "tenant_3_users_email_index" << true;
    QTest::newRow("prefix") << "prefix" << "users_email" << "users_email_lower_index" << true;
    QTest::newRow("prefix, not at start") << "prefix" << "email" << "users_email_index" << false;
}

void TestAdapterError::matching()
{
    QFETCH(QString, match);
    QFETCH(QString, declared);
    QFETCH(QString, reported);
    QFETCH(bool, matches);
    auto schema = std::make_shared<ChangesetSchema>();
    schema->module = QStringLiteral("Blog.User");
    Changeset cs;
    cs.schema = schema;
    cs.action = QStringLiteral("insert");
    cs.constraints.push_back({QStringLiteral("unique"), declared, match, QStringLiteral("email"),
                              QStringLiteral("has already been taken"), QStringLiteral("unique")});
    // A violation of another type never matches.
    cs.constraints.push_back({QStringLiteral("foreign_key"), reported, QStringLiteral("exact"), QStringLiteral("other"),
                              QStringLiteral("does not exist"), QStringLiteral("foreign")});
    Result<Changeset> out = ConstraintMatcher::apply(cs, {{QStringLiteral("unique"), reported}});
    QCOMPARE(out.isOk(), matches);
    if (matches) {
        QCOMPARE(out->errors.size(), size_t(1));
        QCOMPARE(out->errors[0].field, QStringLiteral("email"));
        QCOMPARE(out->errors[0].keys[1].second.text(), reported);
        QVERIFY(!out->valid);
    } else {
        QVERIFY2(out.error().contains(QStringLiteral("* \"%1\" (unique_constraint)").arg(reported)), qPrintable(out.error()));
        QVERIFY(out.error().contains(QStringLiteral("* \"%1\" (unique_constraint)").arg(declared)));
    }
}

QTEST_GUILESS_MAIN(TestAdapterError)
#include "tst_adaptererror.moc"
