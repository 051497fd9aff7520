#include "codetabs.h"

#include "codeview.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>

namespace ectowb::widgets {

namespace {

constexpr qint64 MaxFileSize = 8 * 1024 * 1024;
const char *const FileProperty = "ectowbFile";

} // namespace

CodeTabs::CodeTabs(QWidget *parent) : QTabWidget(parent), m_pointSize(QFontDatabase::systemFont(QFontDatabase::FixedFont).pointSizeF())
{
    setDocumentMode(true);
    setTabsClosable(true);
    setMovable(true);
    setUsesScrollButtons(true);
    setElideMode(Qt::ElideMiddle);
    connect(this, &QTabWidget::tabCloseRequested, this, &CodeTabs::closeTab);
    connect(this, &QTabWidget::currentChanged, this, [this] { Q_EMIT currentFileChanged(currentFile()); });
}

QString CodeTabs::showFile(const QString &absolutePath, Mode mode)
{
    const int open = indexOfFile(absolutePath);
    if (open >= 0) {
        if (mode == Mode::Keep && widget(open) == m_preview)
            m_preview = nullptr;
        setCurrentIndex(open);
        return {};
    }
    QString error;
    const QString source = readSource(absolutePath, &error);
    if (!error.isEmpty())
        return error;
    CodeView *view = m_preview;
    if (!view) {
        view = new CodeView(this);
        view->setPointSize(m_pointSize);
        addTab(view, QString());
    }
    m_preview = mode == Mode::Preview ? view : nullptr;
    view->setCode(source, languageForFile(absolutePath), QFileInfo(absolutePath).fileName());
    view->setProperty(FileProperty, absolutePath);
    const int index = indexOf(view);
    setTabText(index, QFileInfo(absolutePath).fileName());
    setTabToolTip(index, QDir::toNativeSeparators(absolutePath));
    setCurrentIndex(index);
    Q_EMIT currentFileChanged(absolutePath);
    return {};
}

CodeView *CodeTabs::viewForFile(const QString &absolutePath) const
{
    const int index = indexOfFile(absolutePath);
    return index >= 0 ? qobject_cast<CodeView *>(widget(index)) : nullptr;
}

CodeView *CodeTabs::currentView() const
{
    return qobject_cast<CodeView *>(currentWidget());
}

QString CodeTabs::currentFile() const
{
    const QWidget *view = currentWidget();
    return view ? view->property(FileProperty).toString() : QString();
}

bool CodeTabs::isPreview(int index) const
{
    return index >= 0 && widget(index) == m_preview;
}

void CodeTabs::closeCurrent()
{
    if (currentIndex() >= 0)
        closeTab(currentIndex());
}

void CodeTabs::closeAll()
{
    while (count() > 0)
        closeTab(0);
}

void CodeTabs::setCodePointSize(qreal pointSize)
{
    m_pointSize = pointSize;
    for (int i = 0; i < count(); ++i) {
        if (auto *view = qobject_cast<CodeView *>(widget(i)))
            view->setPointSize(pointSize);
    }
}

int CodeTabs::indexOfFile(const QString &absolutePath) const
{
    for (int i = 0; i < count(); ++i) {
        if (widget(i)->property(FileProperty).toString() == absolutePath)
            return i;
    }
    return -1;
}

QString CodeTabs::readSource(const QString &absolutePath, QString *error)
{
    QFile file(absolutePath);
    if (file.size() > MaxFileSize) {
        *error = tr("%1 is too large to show (more than %2 MB).")
                     .arg(QFileInfo(absolutePath).fileName()).arg(MaxFileSize / (1024 * 1024));
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(absolutePath), file.errorString());
        return {};
    }
    const QByteArray bytes = file.readAll();
    // A NUL byte near the start means a binary file (a .beam, an image): not source.
    if (bytes.left(8192).contains('\0')) {
        *error = tr("%1 is a binary file.").arg(QFileInfo(absolutePath).fileName());
        return {};
    }
    return QString::fromUtf8(bytes);
}

void CodeTabs::closeTab(int index)
{
    QWidget *view = widget(index);
    if (view == m_preview)
        m_preview = nullptr;
    removeTab(index);
    delete view;
}

} // namespace ectowb::widgets
