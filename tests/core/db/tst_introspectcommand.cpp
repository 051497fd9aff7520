#include "sampledatabase.h"

#include "processrun.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using ectowb::testsupport::ProcessRun;

// `ectowb introspect` through the real executable, on a SQLite file built by the
// sample's migrations.
class TestIntrospectCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;

    static ProcessRun run(const QStringList &args)
    {
        return ectowb::testsupport::runCli(QStringLiteral("introspect"), args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = m_dir.filePath(QStringLiteral("blog.db"));
        const auto settings = ectowb::db::ConnectionSettings::sqliteFile(m_database, true);
        auto opened = ectowb::db::Connection::open(settings);
        QVERIFY2(opened.isOk(), qPrintable(opened.error()));
        const QString error = sampledb::migrateUp(*opened.value());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void human_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("header") << QStringLiteral("sqlite:") + m_database;
        QTest::newRow("table") << QStringLiteral("table posts");
        QTest::newRow("not null column") << QStringLiteral("  title TEXT NOT NULL");
        QTest::newRow("default") << QStringLiteral("  view_count INTEGER NOT NULL DEFAULT 0");
        QTest::newRow("primary key") << QStringLiteral("  primary key (id)");
        QTest::newRow("unique index") << QStringLiteral("  unique index users_email_index (email)");
        QTest::newRow("two-column index") << QStringLiteral("  index posts_published_published_at_index (published, published_at)");
        QTest::newRow("foreign key") << QStringLiteral("  foreign key posts_author_id_fkey (author_id) -> users (id) on delete SET NULL");
    }

    void human()
    {
        QFETCH(QString, line);
        const ProcessRun r = run({QStringLiteral("--db"), QStringLiteral("sqlite:") + m_database});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().split(QLatin1Char('\n')).contains(line), qPrintable(r.outText()));
    }

    void plainPathAndJson()
    {
        const ProcessRun r = run({QStringLiteral("--db"), m_database, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QStringLiteral("dialect")).toString(), QStringLiteral("sqlite"));
        QStringList names;
        for (const auto &t : doc.object().value(QStringLiteral("tables")).toArray())
            names.append(t.toObject().value(QStringLiteral("name")).toString());
        QCOMPARE(names.join(QLatin1Char(',')), QStringLiteral("comments,posts,posts_tags,profiles,tags,users"));
    }

    // A copy of the sample whose database is its Repo's (blog_dev.db, relative to the
    // project), with one index dropped: --project compares and finds exactly that.
    void projectComparison()
    {
        const QString project = m_dir.filePath(QStringLiteral("blog"));
        QVERIFY(QDir().mkpath(project + QStringLiteral("/lib")));
        QVERIFY(QDir().mkpath(project + QStringLiteral("/config")));
        for (const QString &file : {QStringLiteral("mix.exs"), QStringLiteral("config/config.exs"), QStringLiteral("config/dev.exs")})
            QVERIFY(QFile::copy(sampledb::sampleDir() + QLatin1Char('/') + file, project + QLatin1Char('/') + file));
        QVERIFY(QFile::copy(sampledb::sampleDir() + QStringLiteral("/lib/blog/comment.ex"), project + QStringLiteral("/lib/comment.ex")));
        QVERIFY(QFile::copy(sampledb::sampleDir() + QStringLiteral("/lib/blog/repo.ex"), project + QStringLiteral("/lib/repo.ex")));
        QVERIFY(QFile::copy(m_database, project + QStringLiteral("/blog_dev.db")));
        {
            ectowb::db::ConnectionSettings settings;
            settings.database = project + QStringLiteral("/blog_dev.db");
            auto opened = ectowb::db::Connection::open(settings);
            QVERIFY(opened.isOk());
            QVERIFY(opened.value()->exec(QStringLiteral("DROP INDEX comments_post_id_index")).isOk());
        }
        const ProcessRun human = run({QStringLiteral("--project"), project});
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.outText().contains(QLatin1String("Code vs database:\n  warning: belongs_to :post in Blog.Comment: no index starts with comments.post_id")),
                 qPrintable(human.outText() + human.errText()));

        const ProcessRun json = run({QStringLiteral("--project"), project, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray mismatches = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("mismatches")).toArray();
        QCOMPARE(mismatches.size(), 1);
        const QJsonObject m = mismatches.first().toObject();
        QCOMPARE(m.value(QStringLiteral("kind")).toString(), QStringLiteral("foreign_key_without_index"));
        QCOMPARE(m.value(QStringLiteral("module")).toString(), QStringLiteral("Blog.Comment"));
        QCOMPARE(m.value(QStringLiteral("column")).toString(), QStringLiteral("post_id"));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing file") << QStringList{QStringLiteral("--db"), QStringLiteral("sqlite:/nonexistent/h5/x.db")}
                                      << QStringLiteral("SQLite database file not found: /nonexistent/h5/x.db");
        QTest::newRow("bad url") << QStringList{QStringLiteral("--db"), QStringLiteral("mysql://u@h/d")}
                                 << QStringLiteral("unsupported scheme");
        QTest::newRow("closed port") << QStringList{QStringLiteral("--db"), QStringLiteral("ecto://u:p@127.0.0.1:1/d")}
                                     << QStringLiteral("could not connect to PostgreSQL at 127.0.0.1:1 as u");
        QTest::newRow("no --db") << QStringList{} << QStringLiteral("--db URL is required");
        QTest::newRow("missing project") << QStringList{QStringLiteral("--project"), QStringLiteral("/nonexistent/h5")}
                                         << QStringLiteral("project folder not found: /nonexistent/h5");
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const ProcessRun r = run(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(message), qPrintable(r.errText()));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIntrospectCommand)
#include "tst_introspectcommand.moc"
