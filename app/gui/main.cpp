#include <QApplication>
#include <QCommandLineParser>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ecto-workbench"));
    QApplication::setOrganizationName(QStringLiteral("ecto-workbench"));
    QApplication::setApplicationVersion(QStringLiteral(ECTOWB_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A desktop workbench for Ecto"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    QMainWindow window;
    window.show();
    return app.exec();
}
