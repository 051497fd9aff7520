#pragma once

#include <QTabWidget>

namespace ectowb::widgets {

class CodeView;

// Open source files, one CodeView per tab. Browsing the project tree shows files
// in a single preview tab; opening a file on purpose (Enter, double-click) keeps it.
class CodeTabs : public QTabWidget
{
    Q_OBJECT
public:
    enum class Mode { Preview, Keep };

    explicit CodeTabs(QWidget *parent = nullptr);

    // Shows a file; returns an error message to show the user, empty on success.
    QString showFile(const QString &absolutePath, Mode mode);
    CodeView *viewForFile(const QString &absolutePath) const;
    CodeView *currentView() const;
    QString currentFile() const;
    bool isPreview(int index) const;
    void closeCurrent();
    void closeAll();

    void setCodePointSize(qreal pointSize);
    qreal codePointSize() const { return m_pointSize; }

Q_SIGNALS:
    void currentFileChanged(const QString &absolutePath);

private:
    int indexOfFile(const QString &absolutePath) const;
    static QString readSource(const QString &absolutePath, QString *error);
    void closeTab(int index);

    CodeView *m_preview = nullptr;
    qreal m_pointSize;
};

} // namespace ectowb::widgets
