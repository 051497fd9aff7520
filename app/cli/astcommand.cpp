// `ectowb ast`: print a file's quoted form as Elixir's inspect/2 would, or check
// many files for syntax errors.
#include "clicommands.h"

#include "elixir/quotedprinter.h"
#include "elixir/batchreader.h"
#include "elixir/reader.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace ectowb::cli {

namespace {

QString astUsage()
{
    return QStringLiteral(
        "Usage: ectowb ast FILE\n"
        "       ectowb ast --check FILE...\n"
        "\n"
        "Reads Elixir source the way Code.string_to_quoted/2 (Elixir 1.14) does.\n"
        "\n"
        "  FILE             print the quoted form with metadata stripped, as\n"
        "                   inspect(ast, limit: :infinity, charlists: :as_lists)\n"
        "  --check FILE...  only report syntax errors, one per line as\n"
        "                   FILE:LINE:COLUMN: message; exit 1 if there is any\n"
        "  -h, --help       show this help\n");
}

} // namespace

int runAst(const QStringList &args)
{
    QTextStream err(stderr);
    if (args.size() == 1 && (args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h"))) {
        QTextStream(stdout) << astUsage();
        return 0;
    }
    if (!args.isEmpty() && args.first() == QLatin1String("--check")) {
        const QStringList files = args.mid(1);
        if (files.isEmpty()) {
            err << "ectowb ast: --check needs at least one FILE\n" << astUsage();
            return 2;
        }
        // Reached only by a caller that is not main(): names given as QStrings.
        std::vector<QByteArray> names;
        std::vector<const char *> native;
        names.reserve(size_t(files.size()));
        for (const QString &file : files)
            native.push_back(names.emplace_back(QFile::encodeName(file)).constData());
        return runAstCheck(native.data(), int(native.size()));
    }
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-'))) {
        err << "ectowb ast: expected one FILE or --check FILE...\n" << astUsage();
        return 2;
    }
    const elixir::ParseResult result = elixir::Reader::parseFile(args.first());
    if (!result.isValid()) {
        err << result.error->toString() << '\n';
        return 1;
    }
    QByteArray text = elixir::QuotedPrinter::inspect(result.ast);
    text.append('\n');
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    return 0;
}

int runAstCheck(const char *const *files, int count)
{
    QTextStream out(stdout);
    // Every core reads; the errors still come out in the order the files were named.
    const std::vector<elixir::SyntaxError> errors = elixir::BatchReader::checkFiles(files, count, {});
    for (const elixir::SyntaxError &error : errors)
        out << error.toString() << '\n';
    return errors.empty() ? 0 : 1;
}

} // namespace ectowb::cli
