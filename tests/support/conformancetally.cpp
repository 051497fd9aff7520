#include "conformancetally.h"

#include "conformancecases.h"

#include <QTest>

namespace ectowb::testsupport {

void ConformanceTally::expectFailures(const QString &path)
{
    const auto known = readKnownFailures(path);
    QVERIFY2(known, qPrintable(QStringLiteral("cannot read ") + path));
    m_known = *known;
}

void ConformanceTally::check(const QString &tag, const QString &difference)
{
    ++m_total;
    if (difference.isEmpty())
        ++m_agreed;
    const auto known = m_known.constFind(tag);
    if (known != m_known.cend())
        QEXPECT_FAIL("", qPrintable(known.value()), Continue);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void ConformanceTally::report(const char *suite) const
{
    qInfo("%s: %d of %d cases agree with Ecto, %lld listed as known failures", suite, m_agreed, m_total,
          qlonglong(m_known.size()));
}

} // namespace ectowb::testsupport
