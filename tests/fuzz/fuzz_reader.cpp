// Feeds arbitrary bytes to the Elixir reader and to the highlighter's recovering
// tokenizer. Either may reject the input, but neither may crash, hang or leak:
// a project folder can hold any file.
#include "elixir/elixirhighlighting.h"
#include "elixir/reader.h"

#include <QByteArray>
#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray source(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = ectowb::elixir::Reader::parse(source, QStringLiteral("fuzz.ex"));
    if (!result.isValid()) {
        // An error must point into the input.
        const auto &error = *result.error;
        if (error.line < 1 || error.column < 1 || error.message.isEmpty())
            __builtin_trap();
    }
    const QString text = QString::fromUtf8(source);
    const auto spans = ectowb::elixir::ElixirHighlighting::spans(text);
    for (const auto &span : spans) {
        if (span.start < 0 || span.length < 0 || span.start + span.length > text.size())
            __builtin_trap();
    }
    return 0;
}
