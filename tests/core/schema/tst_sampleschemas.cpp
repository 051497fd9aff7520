// Test tables are written as plain string literals.
#undef QT_NO_CAST_FROM_ASCII
// The bundled sample, loaded as a user opens it: every schema must be what Ecto's
// reflection reports. Field orders are the SELECT lists real Ecto produced in
// shared/conformance/queries.jsonl.
#include "project/projectloader.h"
#include "schema/schemajson.h"

#include <QJsonArray>
#include <QTest>

using namespace ectowb;

class TestSampleSchemas : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fields_data();
    void fields();
    void associations_data();
    void associations();
    void embeddedSchemas();
    void repoConfig();

private:
    project::Project m_project;
};

void TestSampleSchemas::initTestCase()
{
    m_project = project::ProjectLoader::load(QStringLiteral(ECTOWB_SOURCE_DIR "/resources/sample/blog"));
    QVERIFY2(m_project.errors.isEmpty(), qPrintable(m_project.errors.value(0).toString()));
    QStringList modules;
    for (const auto &s : m_project.schemas)
        modules << s.module;
    QCOMPARE(modules, (QStringList{QStringLiteral("Blog.Comment"), QStringLiteral("Blog.Post"),
                                   QStringLiteral("Blog.PostFilter"), QStringLiteral("Blog.Profile"),
                                   QStringLiteral("Blog.Signup"), QStringLiteral("Blog.Tag"),
                                   QStringLiteral("Blog.User")}));
    QCOMPARE(m_project.migrations.size(), 8);
    QCOMPARE(m_project.migrations.first().version, 20240101000001LL);
    QCOMPARE(m_project.migrations.last().name, QStringLiteral("rename_comments_content_to_body"));
}

void TestSampleSchemas::fields_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QStringList>("types");
    QTest::newRow("user") << "Blog.User" << "users"
        << QStringList{"id", "name", "email", "age", "password_hash", "is_active", "role", "inserted_at", "updated_at"}
        << QStringList{":id", ":string", ":string", ":integer", ":string", ":boolean", ":string", ":naive_datetime", ":naive_datetime"};
    QTest::newRow("post") << "Blog.Post" << "posts"
        << QStringList{"id", "title", "body", "slug", "published", "view_count", "published_at", "author_id", "inserted_at", "updated_at"}
        << QStringList{":id", ":string", ":string", ":string", ":boolean", ":integer", ":utc_datetime", ":id", ":naive_datetime", ":naive_datetime"};
    QTest::newRow("comment") << "Blog.Comment" << "comments"
        << QStringList{"id", "body", "is_approved", "post_id", "user_id", "inserted_at", "updated_at"}
        << QStringList{":id", ":string", ":boolean", ":id", ":id", ":naive_datetime", ":naive_datetime"};
    QTest::newRow("tag") << "Blog.Tag" << "tags" << QStringList{"id", "name", "slug"}
        << QStringList{":id", ":string", ":string"};
    QTest::newRow("profile") << "Blog.Profile" << "profiles" << QStringList{"id", "bio", "website", "birth_date", "user_id"}
        << QStringList{":id", ":string", ":string", ":date", ":id"};
}

void TestSampleSchemas::fields()
{
    QFETCH(QString, module);
    QFETCH(QString, source);
    QFETCH(QStringList, fields);
    QFETCH(QStringList, types);
    const schema::Schema *s = m_project.schema(module);
    QVERIFY(s);
    QCOMPARE(s->source, source);
    QVERIFY(!s->embedded);
    QCOMPARE(s->primaryKey, QStringList{QStringLiteral("id")});
    QStringList names, typeNames;
    for (const auto &f : s->fields) {
        names << f.name;
        typeNames << f.type.toElixir();
    }
    QCOMPARE(names, fields);
    QCOMPARE(typeNames, types);
    QVERIFY2(s->unresolved.isEmpty(), qPrintable(s->unresolved.value(0).what));
}

void TestSampleSchemas::associations_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("related");
    QTest::addColumn<QString>("ownerKey");
    QTest::addColumn<QString>("relatedKey");
    QTest::newRow("post author") << "Blog.Post" << "author" << "belongs_to" << "Blog.User" << "author_id" << "id";
    QTest::newRow("post comments") << "Blog.Post" << "comments" << "has_many" << "Blog.Comment" << "id" << "post_id";
    QTest::newRow("post tags") << "Blog.Post" << "tags" << "many_to_many" << "Blog.Tag" << "id" << "id";
    QTest::newRow("user posts") << "Blog.User" << "posts" << "has_many" << "Blog.Post" << "id" << "author_id";
    QTest::newRow("user comments") << "Blog.User" << "comments" << "has_many" << "Blog.Comment" << "id" << "user_id";
    QTest::newRow("user profile") << "Blog.User" << "profile" << "has_one" << "Blog.Profile" << "id" << "user_id";
    QTest::newRow("comment post") << "Blog.Comment" << "post" << "belongs_to" << "Blog.Post" << "post_id" << "id";
    QTest::newRow("tag posts") << "Blog.Tag" << "posts" << "many_to_many" << "Blog.Post" << "id" << "id";
    QTest::newRow("profile user") << "Blog.Profile" << "user" << "belongs_to" << "Blog.User" << "user_id" << "id";
}

void TestSampleSchemas::associations()
{
    QFETCH(QString, module);
    QFETCH(QString, name);
    QFETCH(QString, kind);
    QFETCH(QString, related);
    QFETCH(QString, ownerKey);
    QFETCH(QString, relatedKey);
    const schema::Schema *s = m_project.schema(module);
    QVERIFY(s);
    const schema::Association *a = s->association(name);
    QVERIFY(a);
    QCOMPARE(schema::Association::kindName(a->kind), kind);
    QCOMPARE(a->related, related);
    QCOMPARE(a->ownerKey, ownerKey);
    QCOMPARE(a->relatedKey, relatedKey);
    if (a->kind == schema::Association::Kind::ManyToMany) {
        QCOMPARE(a->joinThrough, QStringLiteral("posts_tags"));
        QCOMPARE(a->joinKeys.size(), 2);
        const QString owner = module == QLatin1String("Blog.Post") ? QStringLiteral("post_id") : QStringLiteral("tag_id");
        QCOMPARE(a->joinKeys[0].first, owner);
    }
}

void TestSampleSchemas::embeddedSchemas()
{
    const schema::Schema *filter = m_project.schema(QStringLiteral("Blog.PostFilter"));
    QVERIFY(filter);
    QVERIFY(filter->embedded);
    QVERIFY(filter->primaryKey.isEmpty()); // @primary_key false
    const schema::Field *status = filter->field(QStringLiteral("status"));
    QVERIFY(status);
    QCOMPARE(status->type.kind(), schema::EctoType::Kind::Enum);
    QCOMPARE(status->type.enumValues().size(), 3);
    QCOMPARE(status->type.enumValues().at(1).atom, QStringLiteral("published"));
    QCOMPARE(filter->field(QStringLiteral("tags"))->type.toElixir(), QStringLiteral("{:array, :string}"));
    const schema::Schema *user = m_project.schema(QStringLiteral("Blog.User"));
    QCOMPARE(user->virtualFields.size(), 1);
    QCOMPARE(user->virtualFields.first().name, QStringLiteral("password"));
    const schema::Schema *signup = m_project.schema(QStringLiteral("Blog.Signup"));
    QVERIFY(signup->field(QStringLiteral("password"))->redact);
}

void TestSampleSchemas::repoConfig()
{
    QCOMPARE(m_project.repo.repo, QStringLiteral("Blog.Repo"));
    QCOMPARE(m_project.repo.adapter, QStringLiteral("Ecto.Adapters.SQLite3"));
    QVERIFY(m_project.repo.isSqlite());
    QVERIFY(m_project.repo.database.endsWith(QLatin1String("/blog_dev.db")));
}

QTEST_GUILESS_MAIN(TestSampleSchemas)
#include "tst_sampleschemas.moc"
