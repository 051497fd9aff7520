#pragma once

// Grabs a widget offscreen, checks that something was drawn, and keeps the PNG in
// $ECTOWB_SCREENSHOT_DIR when that is set.

#include <QImage>
#include <QSet>
#include <QTest>
#include <QWidget>

namespace screenshot {

inline void grabAndCheck(QWidget &widget, const QString &name)
{
    const QImage image = widget.grab().toImage();
    QVERIFY(!image.isNull());
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 3, "the widget drew next to nothing");
    const QString dir = qEnvironmentVariable("ECTOWB_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(image.save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace screenshot
