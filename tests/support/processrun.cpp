#include "processrun.h"

#include <QProcess>

namespace ectowb::testsupport {

ProcessRun runProcess(const QString &program, const QStringList &arguments, const ProcessOptions &options)
{
    QProcess process;
    process.setProcessEnvironment(options.environment);
    process.start(program, arguments);
    if (!options.input.isEmpty()) {
        process.write(options.input);
        process.closeWriteChannel();
    }
    ProcessRun run;
    if (!process.waitForFinished(options.timeoutMs)) {
        // Killed here rather than by ~QProcess, which would warn and wait again.
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

ProcessRun runCli(const QString &command, const QStringList &arguments, const ProcessOptions &options)
{
    return runProcess(QStringLiteral(ECTOWB_CLI), QStringList{command} + arguments, options);
}

ProcessRun runGui(const QStringList &arguments, int timeoutMs)
{
    ProcessOptions options;
    options.environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    options.environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    options.timeoutMs = timeoutMs;
    return runProcess(QStringLiteral(ECTOWB_GUI), arguments, options);
}

} // namespace ectowb::testsupport
