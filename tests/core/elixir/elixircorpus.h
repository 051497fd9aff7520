#pragma once

// The Elixir corpus shared by the reader's differential test and the source
// printer's round-trip test: every snippet under tests/data/elixir/snippets and
// every .ex/.exs file of the bundled sample project, each with its golden.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QString>

#include <algorithm>

namespace ectowb::tests {

struct CorpusFile
{
    QString tag;    // row name: "snippets/maps_01.exs" or "sample/lib/blog/post.ex"
    QString source; // absolute path of the Elixir file
    QString golden; // absolute path of its .quoted golden (may be missing: a test failure)
};

inline QString corpusDataDir()
{
    return QStringLiteral(ECTOWB_TEST_DATA "/elixir");
}

inline QString sampleProjectDir()
{
    return QStringLiteral(ECTOWB_SOURCE_DIR "/resources/sample/blog");
}

inline QList<CorpusFile> snippetFiles()
{
    QList<CorpusFile> files;
    const QDir dir(corpusDataDir() + QStringLiteral("/snippets"));
    const QStringList names = dir.entryList({QStringLiteral("*.exs")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString source = dir.filePath(name);
        files.append({QStringLiteral("snippets/") + name, source,
                      source.left(source.size() - 4) + QStringLiteral(".quoted")});
    }
    return files;
}

// Walks the sample project itself rather than a list, so a sample file added
// later without a golden fails the test instead of going untested.
inline QList<CorpusFile> sampleFiles()
{
    QList<CorpusFile> files;
    const QDir root(sampleProjectDir());
    QDirIterator it(root.path(), {QStringLiteral("*.ex"), QStringLiteral("*.exs")},
                    QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString relative = root.relativeFilePath(source);
        if (relative.startsWith(QStringLiteral("deps/")) || relative.startsWith(QStringLiteral("_build/")))
            continue;
        files.append({QStringLiteral("sample/") + relative, source,
                      corpusDataDir() + QStringLiteral("/sample/") + relative + QStringLiteral(".quoted")});
    }
    std::sort(files.begin(), files.end(),
              [](const CorpusFile &a, const CorpusFile &b) { return a.tag < b.tag; });
    return files;
}

inline QList<CorpusFile> corpusFiles()
{
    return snippetFiles() + sampleFiles();
}

inline QByteArray readAll(const QString &path, bool *ok = nullptr)
{
    QFile file(path);
    const bool opened = file.open(QIODevice::ReadOnly);
    if (ok)
        *ok = opened;
    return opened ? file.readAll() : QByteArray();
}

// A readable account of where two texts part: the first differing byte with
// about 60 bytes of context from each side, so a failure in a 5 kB golden can be
// read without a diff tool.
inline QByteArray describeDifference(const QByteArray &actual, const QByteArray &expected)
{
    qsizetype at = 0;
    const qsizetype common = std::min(actual.size(), expected.size());
    while (at < common && actual.at(at) == expected.at(at))
        ++at;
    const qsizetype from = std::max<qsizetype>(0, at - 30);
    const auto excerpt = [&](const QByteArray &text) {
        QByteArray part = text.mid(from, 60);
        part.replace('\n', "\\n");
        return part;
    };
    return "first difference at byte " + QByteArray::number(at) + " (ours " + QByteArray::number(actual.size())
        + " bytes, expected " + QByteArray::number(expected.size()) + " bytes)\n   ours: ..."
        + excerpt(actual) + "...\n expect: ..." + excerpt(expected) + "...";
}

} // namespace ectowb::tests
