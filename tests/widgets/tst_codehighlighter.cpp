#include "codehighlighter.h"
#include "codeview.h"
#include "fallbackhighlighting.h"

#include <QSyntaxHighlighter>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

using namespace ectowb;
using namespace ectowb::widgets;
using highlight::Category;

Q_DECLARE_METATYPE(ectowb::highlight::Category)

namespace {

// The format the highlighter gave the character at `position` of the document.
QTextCharFormat formatAt(const QTextDocument &document, int position)
{
    const QTextBlock block = document.findBlock(position);
    const int offset = position - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (offset >= range.start && offset < range.start + range.length)
            return range.format;
    }
    return {};
}

QColor colourAt(const QTextDocument &document, const QString &word, int occurrence = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = document.toPlainText().indexOf(word, at + 1);
    Q_ASSERT(at >= 0);
    return formatAt(document, int(at)).foreground().color();
}

} // namespace

class TestCodeHighlighter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void languageForFile_data();
    void languageForFile();
    void sqlWordsGetTheirCategoryColour_data();
    void sqlWordsGetTheirCategoryColour();
    void elixirKeywordDiffersFromPlainText();
    void commentSpanningLinesColoursEveryLine();
    void elixirHeredocColoursItsInnerLinesAsString();
    void editReColoursFollowingLines();
    void darkBackgroundPicksDarkPalette();
    void otherFilesUseKSyntaxHighlightingOnlyWhenBuiltIn();
    void viewFollowsAPaletteChange();
};

void TestCodeHighlighter::languageForFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("language");
    QTest::newRow("ex") << QStringLiteral("lib/blog/post.ex") << int(CodeLanguage::Elixir);
    QTest::newRow("exs") << QStringLiteral("mix.exs") << int(CodeLanguage::Elixir);
    QTest::newRow("sql") << QStringLiteral("priv/structure.sql") << int(CodeLanguage::Sql);
    QTest::newRow("markdown") << QStringLiteral("README.md") << int(CodeLanguage::Plain);
}

void TestCodeHighlighter::languageForFile()
{
    QFETCH(QString, file);
    QFETCH(int, language);
    QCOMPARE(int(widgets::languageForFile(file)), language);
}

void TestCodeHighlighter::sqlWordsGetTheirCategoryColour_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<Category>("category");
    QTest::newRow("keyword") << QStringLiteral("SELECT") << Category::Keyword;
    QTest::newRow("quoted name") << QStringLiteral("\"posts\"") << Category::QuotedName;
    QTest::newRow("parameter") << QStringLiteral("$1") << Category::Parameter;
    QTest::newRow("string") << QStringLiteral("'draft'") << Category::String;
    QTest::newRow("function") << QStringLiteral("count") << Category::Function;
}

void TestCodeHighlighter::sqlWordsGetTheirCategoryColour()
{
    QFETCH(QString, word);
    QFETCH(Category, category);
    CodeView view;
    view.setCode(QStringLiteral("SELECT count(*)\nFROM \"posts\"\nWHERE id = $1 AND state = 'draft'"), CodeLanguage::Sql);
    QVERIFY(view.highlighter());
    const QColor expected = view.highlighter()->palette().format(category).foreground().color();
    QCOMPARE(colourAt(*view.document(), word), expected);
}

void TestCodeHighlighter::elixirKeywordDiffersFromPlainText()
{
    QTextDocument document;
    document.setPlainText(QStringLiteral("defmodule Blog.Post do\n  x = 1\nend\n"));
    CodeHighlighter highlighter(CodeLanguage::Elixir, &document);
    highlighter.rehighlight();  // a new highlighter colours on the next event loop turn otherwise
    const QTextCharFormat keyword = formatAt(document, 0);
    const QTextCharFormat plain = formatAt(document, int(document.toPlainText().indexOf(u'x')));
    QVERIFY(keyword != plain);
    QCOMPARE(keyword.foreground().color(), highlighter.palette().format(Category::Keyword).foreground().color());
}

// The highlighter sees the whole document, so the lines inside a block comment
// are comment too, not SQL.
void TestCodeHighlighter::commentSpanningLinesColoursEveryLine()
{
    CodeView view;
    view.setCode(QStringLiteral("/* first\nSELECT inside\n*/ SELECT outside"), CodeLanguage::Sql);
    const QColor comment = view.highlighter()->palette().format(Category::Comment).foreground().color();
    const QColor keyword = view.highlighter()->palette().format(Category::Keyword).foreground().color();
    QVERIFY(comment != keyword);
    QCOMPARE(colourAt(*view.document(), QStringLiteral("SELECT"), 0), comment);
    QCOMPARE(colourAt(*view.document(), QStringLiteral("SELECT"), 1), keyword);
}

void TestCodeHighlighter::elixirHeredocColoursItsInnerLinesAsString()
{
    CodeView view;
    view.setCode(QStringLiteral("@moduledoc \"\"\"\n  def inside\n  \"\"\"\ndef outside, do: 1\n"), CodeLanguage::Elixir);
    const QColor string = view.highlighter()->palette().format(Category::String).foreground().color();
    const QColor keyword = view.highlighter()->palette().format(Category::Keyword).foreground().color();
    QCOMPARE(colourAt(*view.document(), QStringLiteral("def"), 0), string);
    QCOMPARE(colourAt(*view.document(), QStringLiteral("def"), 1), keyword);
}

void TestCodeHighlighter::editReColoursFollowingLines()
{
    QTextDocument document;
    document.documentLayout();  // as in a view: without a layout, edits send no contentsChange
    document.setPlainText(QStringLiteral("SELECT a\nFROM b\nWHERE c"));
    CodeHighlighter highlighter(CodeLanguage::Sql, &document);
    highlighter.rehighlight();
    const QColor keyword = highlighter.palette().format(Category::Keyword).foreground().color();
    const QColor comment = highlighter.palette().format(Category::Comment).foreground().color();
    QCOMPARE(colourAt(document, QStringLiteral("WHERE")), keyword);
    QTextCursor cursor(&document);
    cursor.insertText(QStringLiteral("/* "));  // an unterminated comment swallows the rest
    QCOMPARE(colourAt(document, QStringLiteral("WHERE")), comment);
    cursor.setPosition(0);
    cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor, 3);
    cursor.removeSelectedText();
    QCOMPARE(colourAt(document, QStringLiteral("WHERE")), keyword);
}

void TestCodeHighlighter::darkBackgroundPicksDarkPalette()
{
    const CodePalette light = CodePalette::forBackground(Qt::white);
    const CodePalette dark = CodePalette::forBackground(QColor(0x20, 0x20, 0x20));
    QVERIFY(!light.isDark());
    QVERIFY(dark.isDark());
    const QColor lightKeyword = light.format(Category::Keyword).foreground().color();
    const QColor darkKeyword = dark.format(Category::Keyword).foreground().color();
    // Readable: the keyword colour is far enough from its background.
    QVERIFY(lightKeyword.lightness() < 128);
    QVERIFY(darkKeyword.lightness() > 100);
}

void TestCodeHighlighter::otherFilesUseKSyntaxHighlightingOnlyWhenBuiltIn()
{
    QTextDocument document;
    document.setPlainText(QStringLiteral("# Title\n\nSome *text*."));
    const QSyntaxHighlighter *fallback = FallbackHighlighting::attach(&document, QStringLiteral("README.md"), false);
    QCOMPARE(fallback != nullptr, FallbackHighlighting::isAvailable());
    CodeView view;
    view.setCode(QStringLiteral("SELECT 1"), CodeLanguage::Sql, QStringLiteral("x.sql"));
    QVERIFY(view.highlighter());  // SQL and Elixir always go through our own highlighter
}

void TestCodeHighlighter::viewFollowsAPaletteChange()
{
    CodeView view;
    view.setCode(QStringLiteral("SELECT 1"), CodeLanguage::Sql);
    QPalette light = view.palette();
    light.setColor(QPalette::Base, Qt::white);
    view.setPalette(light);
    QVERIFY(!view.highlighter()->palette().isDark());
    const QColor lightKeyword = colourAt(*view.document(), QStringLiteral("SELECT"));
    QPalette dark = view.palette();
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    view.setPalette(dark);
    QVERIFY(view.highlighter()->palette().isDark());
    QVERIFY(colourAt(*view.document(), QStringLiteral("SELECT")) != lightKeyword);
}

QTEST_MAIN(TestCodeHighlighter)
#include "tst_codehighlighter.moc"
