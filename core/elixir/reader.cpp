#include "reader.h"

#include "astatomtable.h"
#include "parser.h"
#include "tokenizer.h"

#include <QFile>

namespace ectowb::elixir {

namespace {
// A project load reads thousands of files per thread: their tokenizer and parser
// storage is allocated once per thread and reused.
struct ReaderBuffers
{
    TokenizerBuffers tokenizer;
    Parser::ScratchPool scratch;
};
} // namespace

ParseResult Reader::parse(const QByteArray &utf8, const QString &file)
{
    thread_local ReaderBuffers buffers;
    ParseResult result;
    // One arena for all nodes of this parse; a rough guess of their number sizes
    // its first block.
    AstBuildScope scope(utf8.size() / 8);
    Tokenizer tokenizer(utf8, Tokenizer::Mode::Strict, &buffers.tokenizer);
    if (!tokenizer.run()) {
        const Tokenizer::Error &e = *tokenizer.error();
        result.error = SyntaxError{file, e.line, e.column, e.message};
        return result;
    }
    tokenizer.internNames(AstAtomTable::local());
    Parser parser(tokenizer, file, &buffers.scratch);
    std::optional<Ast> ast = parser.parse();
    if (!ast) {
        result.error = parser.error();
        return result;
    }
    result.ast = std::move(*ast);
    return result;
}

ParseResult Reader::parseFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ParseResult result;
        result.error = SyntaxError{path, 0, 0, QStringLiteral("cannot read file: %1").arg(f.errorString())};
        return result;
    }
    return parse(f.readAll(), path);
}

} // namespace ectowb::elixir
