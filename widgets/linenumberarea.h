#pragma once

#include <QWidget>

namespace ectowb::widgets {

class CodeView;

// The gutter left of a CodeView; the view paints it, this widget only forwards.
class LineNumberArea : public QWidget
{
    Q_OBJECT
public:
    explicit LineNumberArea(CodeView *view);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    CodeView *m_view;
};

} // namespace ectowb::widgets
