#pragma once

// Running the project's own executables (and any other program) from a test, the
// way a user or a script would: arguments in, exit code and both output streams out.
#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace ectowb::testsupport {

// What a finished run gave. exitCode is -1 when the program crashed, timed out or
// never started: a crash must never pass for an exit status a test expects.
struct ProcessRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

struct ProcessOptions
{
    QByteArray input;                                                     // written to stdin, then closed
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    int timeoutMs = 60000;
};

ProcessRun runProcess(const QString &program, const QStringList &arguments, const ProcessOptions &options = {});

// `ectowb <command> <arguments>`, the command line tool the build made.
ProcessRun runCli(const QString &command, const QStringList &arguments, const ProcessOptions &options = {});

// The GUI executable offscreen and in English, so its output does not depend on the
// desktop or the locale of whoever runs the tests.
ProcessRun runGui(const QStringList &arguments, int timeoutMs = 30000);

} // namespace ectowb::testsupport
