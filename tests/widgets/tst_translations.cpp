#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations;  // one, or one per plural form
    QString type;              // "unfinished", "vanished", "obsolete" or empty
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    bool plural = false;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            plural = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            messages.append({context, {}, {}, {}});
        } else if (xml.name() == u"source") {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            messages.last().type = xml.attributes().value(QLatin1String("type")).toString();
            // A plural translation holds one <numerusform> per form instead of text.
            if (!plural)
                messages.last().translations.append(xml.readElementText());
        } else if (xml.name() == u"numerusform") {
            messages.last().translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found << match.captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

// The number of mnemonic markers: a single '&' before a letter ("&&" is a literal &).
int mnemonics(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) != u'&' && text.at(i + 1).isLetterOrNumber())
                ++count;
            ++i;
        }
    }
    return count;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(ECTOWB_SOURCE_DIR "/translations/ecto_workbench_%1.ts").arg(language);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void sourcesHaveNoNewStrings_data();
    void sourcesHaveNoNewStrings();
};

void TestTranslations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("forms");
    QTest::addColumn<bool>("pluralOnly");
    QTest::newRow("de") << QStringLiteral("de") << 2 << false;
    QTest::newRow("fr") << QStringLiteral("fr") << 2 << false;
    // English needs its plural forms only: "1 difference", "2 differences".
    QTest::newRow("en") << QStringLiteral("en") << 2 << true;
}

void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, language);
    QFETCH(int, forms);
    QFETCH(bool, pluralOnly);
    QString error;
    const QList<Message> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() >= (pluralOnly ? 5 : 30));
    for (const Message &message : messages) {
        const QString where = message.context % u": " % message.source;
        QVERIFY2(message.type.isEmpty(), qPrintable(message.type % u" - " % where));
        QVERIFY2(!message.translations.isEmpty(), qPrintable(u"empty - " % where));
        const bool plural = message.source.contains(u"%n");
        QCOMPARE(message.translations.size(), plural ? forms : 1);
        for (const QString &translation : message.translations) {
            QVERIFY2(!translation.trimmed().isEmpty(), qPrintable(u"empty form - " % where));
            QVERIFY2(placeholders(translation) == placeholders(message.source), qPrintable(u"placeholders - " % where));
            QVERIFY2(mnemonics(translation) == mnemonics(message.source), qPrintable(u"mnemonic - " % where));
        }
    }
}

void TestTranslations::sourcesHaveNoNewStrings_data()
{
    everyMessageIsTranslated_data();
}

// lupdate over today's sources must find nothing the committed .ts lacks.
void TestTranslations::sourcesHaveNoNewStrings()
{
    QFETCH(QString, language);
    QFETCH(bool, pluralOnly);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
    QVERIFY(QFile::copy(tsPath(language), fresh));
    QFile::setPermissions(fresh, QFile::ReadOwner | QFile::WriteOwner);
    const QString root = QStringLiteral(ECTOWB_SOURCE_DIR);
    QProcess lupdate;
    QStringList arguments{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                          QStringLiteral("-I"), root % u"/core", QStringLiteral("-I"), root % u"/widgets",
                          root % u"/widgets", root % u"/app/gui", root % u"/core/models",
                          root % u"/core/changeset/ectomessages.cpp", QStringLiteral("-ts"), fresh};
    if (pluralOnly)
        arguments.prepend(QStringLiteral("-pluralonly"));
    lupdate.start(QStringLiteral(ECTOWB_LUPDATE), arguments);
    QVERIFY(lupdate.waitForFinished(60000));
    QCOMPARE(lupdate.exitCode(), 0);
    QString error;
    const QList<Message> committed = readTs(tsPath(language), &error);
    const QList<Message> current = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> known;
    for (const Message &message : committed)
        known.insert(message.context % u'|' % message.source);
    for (const Message &message : current) {
        QVERIFY2(known.contains(message.context % u'|' % message.source),
                 qPrintable(u"not in the .ts file: " % message.context % u": " % message.source));
        QVERIFY2(message.type.isEmpty(), qPrintable(u"unfinished after lupdate: " % message.source));
    }
    QCOMPARE(current.size(), committed.size());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
