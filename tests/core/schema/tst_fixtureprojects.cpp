// Test tables are written as plain string literals.
#undef QT_NO_CAST_FROM_ASCII
// Three fixture projects (tests/data/projects) that exercise what real projects do:
// a `use` wrapper with binary ids and project macros (shop), an umbrella with
// TypedEctoSchema, EctoEnum, PolymorphicEmbed and alias forms (umbrella), and a wrapper
// that lives in deps/ (with_deps). Every expectation is what Ecto's reflection reports.
#include "project/projectloader.h"
#include "schema/schemajson.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ectowb;

namespace {
QString fixture(const QString &name)
{
    return QStringLiteral(ECTOWB_TEST_DATA "/projects/") + name;
}

QString describeFields(const QList<schema::Field> &fields)
{
    QStringList out;
    for (const auto &f : fields)
        out << f.name + QLatin1Char(' ') + f.type.toElixir();
    return out.join(QStringLiteral(", "));
}

QString describeAssociations(const QList<schema::Association> &assocs)
{
    QStringList out;
    for (const auto &a : assocs) {
        QString text = QStringLiteral("%1 %2 ").arg(schema::Association::kindName(a.kind), a.name);
        if (a.kind == schema::Association::Kind::HasThrough)
            text += QLatin1Char('[') + a.through.join(QLatin1Char(',')) + QStringLiteral("] ") + a.ownerKey;
        else
            text += QStringLiteral("%1 %2/%3").arg(a.related, a.ownerKey, a.relatedKey);
        out << text;
    }
    return out.join(QStringLiteral("; "));
}
} // namespace

class TestFixtureProjects : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void schemas_data();
    void schemas();
    void details();
    void compileEnvWrapper_data();
    void compileEnvWrapper();
    void repoConfigs();
    void cliJson();
    void sourceTupleNamesTheRelatedSchema_data();
    void sourceTupleNamesTheRelatedSchema();
};

void TestFixtureProjects::schemas_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("source");   // "(embedded)" for embedded schemas
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("primaryKey");
    QTest::addColumn<QString>("fields");
    QTest::addColumn<QString>("associations");
    QTest::addColumn<int>("unresolved");

    QTest::newRow("shop category") << "shop" << "Shop.Catalog.Category" << "categories" << "catalog" << "id"
        << "id :binary_id, name :string, parent_id :binary_id"
        << "belongs_to parent Shop.Catalog.Category parent_id/id; has_many children Shop.Catalog.Category id/parent_id; "
           "has_many products Shop.Catalog.Product id/category_id; "
           "many_to_many featured_products Shop.Catalog.Product id/id"
        << 1; // soft_delete_fields() comes from no known macro
    QTest::newRow("shop dimensions") << "shop" << "Shop.Catalog.Dimensions" << "(embedded)" << "" << ""
        << "width_mm :integer, height_mm :integer, unit Ecto.Enum" << "" << 0;
    QTest::newRow("shop feature") << "shop" << "Shop.Catalog.Feature" << "category_features" << "" << "category_id,product_id"
        << "category_id :binary_id, product_id :binary_id, rank :integer"
        << "belongs_to category Shop.Catalog.Category category_id/id; belongs_to product Shop.Catalog.Product product_id/id"
        << 0;
    QTest::newRow("shop image") << "shop" << "Shop.Catalog.Image" << "images" << "" << "id"
        << "id :binary_id, url :string, position :integer, checksum :binary, legacy_id :integer, variant_id :binary_id, "
           "inserted_at :utc_datetime_usec"
        << "belongs_to variant Shop.Catalog.Variant variant_id/id" << 0;
    QTest::newRow("shop product") << "shop" << "Shop.Catalog.Product" << "products" << "catalog" << "id"
        << "id :binary_id, name :string, sku :string, status Ecto.Enum, price Shop.Types.Money, "
           "list_price Shop.Types.Money, tags {:array, :string}, stock {:map, :integer}, created_by :string, "
           "updated_by :string, category_id :binary_id, inserted_at :utc_datetime_usec, updated_at :utc_datetime_usec"
        << "belongs_to category Shop.Catalog.Category category_id/id; has_many variants Shop.Catalog.Variant id/product_id; "
           "has_through variant_images [variants,images] id"
        << 0;
    QTest::newRow("shop variant") << "shop" << "Shop.Catalog.Variant" << "variants" << "" << "id"
        << "id :binary_id, label :string, product_id :binary_id, dimensions Ecto.Embedded, options Ecto.Embedded"
        << "belongs_to product Shop.Catalog.Product product_id/id; has_many images Shop.Catalog.Image id/variant_id" << 0;
    QTest::newRow("shop inline option") << "shop" << "Shop.Catalog.Variant.Option" << "(embedded)" << "" << "id"
        << "id :binary_id, name :string, value :string" << "" << 0;

    QTest::newRow("umbrella membership") << "umbrella" << "Accounts.Membership" << "memberships" << "" << "user_id,organization_id"
        << "user_id :id, organization_id :id, role Accounts.RoleEnum, joined_at :utc_datetime"
        << "belongs_to user Accounts.User user_id/id; belongs_to organization Accounts.Organization organization_id/id" << 0;
    QTest::newRow("umbrella organization") << "umbrella" << "Accounts.Organization" << "organizations" << "tenants" << "slug"
        << "slug :string, name :string, owner_id :id, address Ecto.Embedded"
        << "belongs_to owner Accounts.User owner_id/id; has_many memberships Accounts.Membership slug/organization_slug; "
           "many_to_many users Accounts.User slug/id"
        << 0;
    QTest::newRow("umbrella address") << "umbrella" << "Accounts.Organization.Address" << "(embedded)" << "" << ""
        << "street :string, city :string, country_code :string" << "" << 0;
    QTest::newRow("umbrella settings") << "umbrella" << "Accounts.Settings" << "(embedded)" << "" << "id"
        << "id :binary_id, theme :string, notifications {:array, Ecto.Enum}" << "" << 0;
    QTest::newRow("umbrella typed user") << "umbrella" << "Accounts.User" << "users" << "" << "id"
        << "id :id, email :string, name :string, role Accounts.RoleEnum, locale Cldr.LanguageTag, prefs Ecto.Embedded, "
           "inserted_at :naive_datetime, updated_at :naive_datetime"
        << "has_many memberships Accounts.Membership id/user_id; has_through organizations [memberships,organization] id; "
           "has_one owned_organization Accounts.Organization id/owner_id"
        << 1; // Cldr.LanguageTag: a type from a library the project does not have
    QTest::newRow("umbrella invoice") << "umbrella" << "Billing.Invoice" << "invoices" << "" << "id"
        << "id :id, number :string, total :decimal, payment_method PolymorphicEmbed, line_items Ecto.Embedded, "
           "user_id :id, inserted_at :naive_datetime_usec, updated_at :naive_datetime_usec"
        << "belongs_to user Accounts.User user_id/id" << 0;
    QTest::newRow("umbrella nested line item") << "umbrella" << "Billing.Invoice.LineItem" << "(embedded)" << "" << "id"
        << "id :binary_id, description :string, amount_cents :integer" << "" << 0;

    QTest::newRow("deps wrapper note") << "with_deps" << "Notes.Note" << "notes" << "" << "uuid"
        << "uuid Ecto.UUID, title :string, tenant :string, created_at :utc_datetime, updated_at :utc_datetime" << "" << 0;
}

void TestFixtureProjects::schemas()
{
    QFETCH(QString, project);
    QFETCH(QString, module);
    QFETCH(QString, source);
    QFETCH(QString, prefix);
    QFETCH(QString, primaryKey);
    QFETCH(QString, fields);
    QFETCH(QString, associations);
    QFETCH(int, unresolved);

    const project::Project p = project::ProjectLoader::load(fixture(project));
    QVERIFY2(p.errors.isEmpty(), qPrintable(p.errors.value(0).toString()));
    const schema::Schema *s = p.schema(module);
    QVERIFY2(s, qPrintable(module));
    QCOMPARE(s->embedded ? QStringLiteral("(embedded)") : s->source, source);
    QCOMPARE(s->prefix, prefix);
    QCOMPARE(s->primaryKey.join(QLatin1Char(',')), primaryKey);
    QCOMPARE(describeFields(s->fields), fields);
    QCOMPARE(describeAssociations(s->associations), associations);
    QCOMPARE(s->unresolved.size(), unresolved);
}

void TestFixtureProjects::details()
{
    const project::Project shop = project::ProjectLoader::load(fixture(QStringLiteral("shop")));
    QCOMPARE(shop.schemas.size(), 7); // wrappers, macros, Money type and the Repo are no schemas
    const schema::Schema *product = shop.schema(QStringLiteral("Shop.Catalog.Product"));
    QCOMPARE(product->field(QStringLiteral("sku"))->source, QStringLiteral("SKU"));
    QCOMPARE(describeFields(product->virtualFields), QStringLiteral("search_rank :float"));
    const auto &statuses = product->field(QStringLiteral("status"))->type.enumValues();
    QCOMPARE(statuses.size(), 3);
    QCOMPARE(statuses.last().atom, QStringLiteral("discontinued"));
    const schema::Schema *category = shop.schema(QStringLiteral("Shop.Catalog.Category"));
    const schema::Association *featured = category->association(QStringLiteral("featured_products"));
    QVERIFY(featured->joinThroughIsSchema);
    QCOMPARE(featured->joinThrough, QStringLiteral("Shop.Catalog.Feature"));
    QVERIFY(category->association(QStringLiteral("products"))->where.isKeywordList());
    QVERIFY(category->unresolved.first().what.contains(QLatin1String("soft_delete_fields")));
    const schema::Schema *image = shop.schema(QStringLiteral("Shop.Catalog.Image"));
    QVERIFY(image->field(QStringLiteral("checksum"))->redact);
    QVERIFY(!image->field(QStringLiteral("checksum"))->loadInQuery);
    QVERIFY(image->field(QStringLiteral("legacy_id"))->readAfterWrites);
    const schema::Schema *variant = shop.schema(QStringLiteral("Shop.Catalog.Variant"));
    QCOMPARE(variant->embeds.size(), 2);
    QCOMPARE(variant->embeds[1].related, QStringLiteral("Shop.Catalog.Variant.Option"));
    QCOMPARE(variant->embeds[1].kind, schema::Embed::Kind::Many);
    const schema::Schema *dims = shop.schema(QStringLiteral("Shop.Catalog.Dimensions"));
    QCOMPARE(dims->field(QStringLiteral("unit"))->type.enumValues().first().dumped.toString(), QStringLiteral("millimetre"));

    const project::Project umbrella = project::ProjectLoader::load(fixture(QStringLiteral("umbrella")));
    QVERIFY(umbrella.umbrella);
    QCOMPARE(umbrella.schemas.size(), 7);
    QCOMPARE(umbrella.migrations.size(), 2); // one per app
    const schema::Schema *user = umbrella.schema(QStringLiteral("Accounts.User"));
    QCOMPARE(user->embeds.first().related, QStringLiteral("Accounts.Settings")); // `alias ..., as: Prefs`
    const schema::Schema *org = umbrella.schema(QStringLiteral("Accounts.Organization"));
    QCOMPARE(org->embeds.first().related, QStringLiteral("Accounts.Organization.Address")); // alias __MODULE__.Address
    const auto &joinKeys = org->association(QStringLiteral("users"))->joinKeys;
    QCOMPARE(joinKeys.first().first, QStringLiteral("organization_slug"));
    QCOMPARE(org->field(QStringLiteral("slug"))->autogenerate, false);
    QCOMPARE(umbrella.schema(QStringLiteral("Accounts.Organization.Address"))->field(QStringLiteral("country_code"))->source,
             QStringLiteral("cc"));

    const project::Project withDeps = project::ProjectLoader::load(fixture(QStringLiteral("with_deps")));
    QCOMPARE(withDeps.schemas.size(), 1); // deps/ supplies macros, not schemas
}

// tests/data/projects/compile_env: a `use` wrapper whose attributes come from
// Application.compile_env, read from config/config.exs, the environment's file it
// imports and its `if config_env() == ...` branches (never runtime.exs), in each Mix
// environment. The wrapper sets @primary_key, @foreign_key_type, @timestamps_opts and
// @schema_prefix in its quote, partly from its own attribute and a local variable.
void TestFixtureProjects::compileEnvWrapper_data()
{
    QTest::addColumn<QString>("env");
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("fields");
    QTest::addColumn<QString>("associations");

    // dev.exs merges id_type: :binary_id into the Tenants.Schema list of config.exs.
    QTest::newRow("dev account") << "dev" << "Tenants.Account" << "tenant"
        << "id :binary_id, name :string, org_id :binary_id, inserted_at :utc_datetime_usec, updated_at :utc_datetime_usec"
        << "belongs_to org Tenants.Org org_id/id";
    // An attribute set again after the wrapper wins; an unset key gives the default.
    QTest::newRow("dev org") << "dev" << "Tenants.Org" << "shared"
        << "id :binary_id, name :string, plan Ecto.Enum, settings Ecto.Embedded"
        << "has_many accounts Tenants.Account id/org_id";
    QTest::newRow("test account") << "test" << "Tenants.Account" << "tenant_test"
        << "id :id, name :string, org_id :id, inserted_at :utc_datetime_usec, updated_at :utc_datetime_usec"
        << "belongs_to org Tenants.Org org_id/id";
    QTest::newRow("prod account") << "prod" << "Tenants.Account" << "tenant_prod"
        << "id :id, name :string, org_id :id, inserted_at :utc_datetime_usec, updated_at :utc_datetime_usec"
        << "belongs_to org Tenants.Org org_id/id";
}

void TestFixtureProjects::compileEnvWrapper()
{
    QFETCH(QString, env);
    QFETCH(QString, module);
    QFETCH(QString, prefix);
    QFETCH(QString, fields);
    QFETCH(QString, associations);
    project::ProjectLoader::Options options;
    options.mixEnv = env;
    const project::Project p = project::ProjectLoader::load(fixture(QStringLiteral("compile_env")), options);
    QVERIFY2(p.errors.isEmpty(), qPrintable(p.errors.value(0).toString()));
    const schema::Schema *s = p.schema(module);
    QVERIFY2(s, qPrintable(module));
    QCOMPARE(s->prefix, prefix);
    QCOMPARE(s->primaryKey, QStringList{QStringLiteral("id")});
    QCOMPARE(describeFields(s->fields), fields);
    QCOMPARE(describeAssociations(s->associations), associations);
    QVERIFY(s->unresolved.isEmpty());
    if (module == QLatin1String("Tenants.Org")) {
        const auto &plans = s->field(QStringLiteral("plan"))->type.enumValues();
        QCOMPARE(plans.size(), 2); // the compile_env default, [:free, :pro]
        QCOMPARE(plans.last().atom, QStringLiteral("pro"));
        QCOMPARE(s->embeds.first().related, QStringLiteral("Tenants.Org.Settings"));
        const schema::Schema *settings = p.schema(QStringLiteral("Tenants.Org.Settings"));
        QVERIFY(settings);
        QCOMPARE(describeFields(settings->fields), QStringLiteral("theme :string"));
    }
}

void TestFixtureProjects::repoConfigs()
{
    QProcessEnvironment empty;
    project::ProjectLoader::Options options;
    options.env = empty;
    const project::Project shop = project::ProjectLoader::load(fixture(QStringLiteral("shop")), options);
    QCOMPARE(shop.repo.repo, QStringLiteral("Shop.Repo"));
    QVERIFY(shop.repo.isPostgres());
    QCOMPARE(shop.repo.hostname, QStringLiteral("db.internal"));
    QCOMPARE(shop.repo.port, 6432);
    QCOMPARE(shop.repo.username, QStringLiteral("shop"));
    QCOMPARE(shop.repo.password, QStringLiteral("s3cret"));
    QCOMPARE(shop.repo.database, QStringLiteral("shop_dev"));

    const project::Project umbrella = project::ProjectLoader::load(fixture(QStringLiteral("umbrella")), options);
    QCOMPARE(umbrella.repo.repo, QStringLiteral("Accounts.Repo"));
    QCOMPARE(umbrella.repo.port, 5433);
    QCOMPARE(umbrella.repo.database, QStringLiteral("accounts_umbrella_dev"));

    // DATABASE_URL, then the libpq variables, win over the config files.
    QProcessEnvironment env;
    env.insert(QStringLiteral("DATABASE_URL"), QStringLiteral("postgres://ci:pw@ci-db:5999/ci_db"));
    env.insert(QStringLiteral("PGUSER"), QStringLiteral("runner"));
    options.env = env;
    const project::Project overridden = project::ProjectLoader::load(fixture(QStringLiteral("umbrella")), options);
    QCOMPARE(overridden.repo.hostname, QStringLiteral("ci-db"));
    QCOMPARE(overridden.repo.port, 5999);
    QCOMPARE(overridden.repo.database, QStringLiteral("ci_db"));
    QCOMPARE(overridden.repo.username, QStringLiteral("runner"));
    QCOMPARE(overridden.repo.password, QStringLiteral("pw"));
}

void TestFixtureProjects::cliJson()
{
    QProcess cli;
    cli.start(QStringLiteral(ECTOWB_CLI), {QStringLiteral("schemas"), QStringLiteral("--project"), fixture(QStringLiteral("shop")),
                                           QStringLiteral("--json")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonArray all = QJsonDocument::fromJson(cli.readAllStandardOutput()).array();
    QCOMPARE(all.size(), 7);
    QJsonObject product;
    for (const QJsonValue &v : all) {
        if (v[QStringLiteral("module")] == QStringLiteral("Shop.Catalog.Product"))
            product = v.toObject();
    }
    QCOMPARE(product[QStringLiteral("file")].toString(), QStringLiteral("lib/shop/catalog/product.ex"));
    QCOMPARE(product[QStringLiteral("prefix")].toString(), QStringLiteral("catalog"));
    QCOMPARE(product[QStringLiteral("embedded")].toBool(), false);
    QCOMPARE(product[QStringLiteral("primary_key")].toArray(), QJsonArray{QStringLiteral("id")});
    QCOMPARE(product[QStringLiteral("virtual_fields")].toArray().size(), 1);
    const QJsonObject through = product[QStringLiteral("associations")].toArray().at(2).toObject();
    QCOMPARE(through[QStringLiteral("kind")].toString(), QStringLiteral("has_through"));
    QVERIFY(through[QStringLiteral("related")].isNull());
    QCOMPARE(through[QStringLiteral("through")].toArray(), (QJsonArray{QStringLiteral("variants"), QStringLiteral("images")}));
    QCOMPARE(product[QStringLiteral("fields")].toArray().at(6).toObject()[QStringLiteral("type")].toString(),
             QStringLiteral("{:array, :string}"));

    QProcess bad;
    bad.start(QStringLiteral(ECTOWB_CLI), {QStringLiteral("schemas"), QStringLiteral("--project"), QStringLiteral("/no/such/dir")});
    QVERIFY(bad.waitForFinished(30000));
    QVERIFY(bad.exitCode() != 0);
    QVERIFY(!bad.readAllStandardError().isEmpty());
}

// `{"source", Schema}` in place of the related schema: Ecto.Association's
// related_from_query/2 takes the schema from it for every association kind.
void TestFixtureProjects::sourceTupleNamesTheRelatedSchema_data()
{
    QTest::addColumn<QString>("association");
    QTest::addColumn<QString>("expected");
    QTest::newRow("belongs_to") << "owner" << "belongs_to owner Lib.Person owner_id/id";
    QTest::newRow("has_many") << "loans" << "has_many loans Lib.Loan id/book_id";
    QTest::newRow("many_to_many") << "readers" << "many_to_many readers Lib.Person id/id";
}

void TestFixtureProjects::sourceTupleNamesTheRelatedSchema()
{
    QFETCH(QString, association);
    QFETCH(QString, expected);
    QTemporaryDir root;
    QVERIFY(root.isValid());
    QVERIFY(testsupport::writeFile(root.filePath("mix.exs"),
                                   "defmodule Lib.MixProject do\n  use Mix.Project\n"
                                   "  def project, do: [app: :lib, version: \"0.1.0\"]\nend\n"));
    QVERIFY(testsupport::writeFile(root.filePath("lib/book.ex"),
                                   "defmodule Lib.Book do\n  use Ecto.Schema\n  schema \"books\" do\n"
                                   "    belongs_to :owner, {\"people\", Lib.Person}\n"
                                   "    has_many :loans, {\"loans\", Lib.Loan}\n"
                                   "    many_to_many :readers, {\"people\", Lib.Person}, join_through: \"readings\"\n"
                                   "  end\nend\n"));
    const project::Project project = project::ProjectLoader::load(root.path());
    const schema::Schema *book = project.schema("Lib.Book");
    QVERIFY(book);
    const schema::Association *a = book->association(association);
    QVERIFY(a);
    QCOMPARE(describeAssociations({*a}), expected);
}

QTEST_GUILESS_MAIN(TestFixtureProjects)
#include "tst_fixtureprojects.moc"
