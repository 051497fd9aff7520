#pragma once

// A conformance suite's verdicts: each case's difference from what real Ecto did, the
// cases a known-failure list excuses, and the line the log keeps. The query, changeset
// and migration suites all judge their cases through it, so a listed case is handled
// the same way everywhere.
#include <QHash>
#include <QString>

namespace ectowb::testsupport {

class ConformanceTally
{
public:
    // The cases the file at `path` lists ("<tag> <reason>" a line, # comments) are
    // expected to fail. Fails the running test when the file cannot be read.
    void expectFailures(const QString &path);

    // Case `tag`: `difference` says what differs from Ecto, empty when the core
    // agrees. A difference fails the running test function. A listed case is an
    // expected failure instead, and Qt reports it as XPASS, itself a failure, once it
    // passes: the list can only shrink.
    void check(const QString &tag, const QString &difference);

    // "<suite>: P of T cases agree with Ecto, K listed as known failures" to the log.
    void report(const char *suite) const;

private:
    QHash<QString, QString> m_known;
    int m_total = 0;
    int m_agreed = 0;
};

} // namespace ectowb::testsupport
