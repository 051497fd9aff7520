#include "temporalfieldeditor.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QTimeEdit>

namespace ectowb::widgets {

using value::Term;

TemporalFieldEditor::TemporalFieldEditor(changeset::FormField field, QWidget *parent)
    : FieldEditor(std::move(field), parent), m_send(new QCheckBox(this))
{
    const QString type = this->field().type.name();
    m_usec = type.endsWith(QLatin1String("_usec"));
    m_utc = type.startsWith(QLatin1String("utc_datetime"));
    m_kind = type == QLatin1String("date") ? Kind::Date : (type.startsWith(QLatin1String("time")) ? Kind::Time : Kind::DateTime);
    const QString fraction = m_usec ? QStringLiteral(".zzz") : QString();
    switch (m_kind) {
    case Kind::Date:
        m_edit = new QDateEdit(QDate::currentDate(), this);
        m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        break;
    case Kind::Time:
        m_edit = new QTimeEdit(QTime(12, 0), this);
        m_edit->setDisplayFormat(QStringLiteral("HH:mm:ss") + fraction);
        break;
    case Kind::DateTime:
        m_edit = new QDateTimeEdit(QDateTime(QDate::currentDate(), QTime(12, 0)), this);
        m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss") + fraction + (m_utc ? QStringLiteral(" 'UTC'") : QString()));
        break;
    }
    m_edit->setCalendarPopup(m_kind != Kind::Time);
    m_edit->setEnabled(false);
    m_send->setText(tr("send"));
    m_send->setToolTip(tr("Send a value for this field; unchecked, the form leaves it out"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_send);
    layout->addWidget(m_edit, 1);
    connect(m_send, &QCheckBox::toggled, m_edit, &QWidget::setEnabled);
    connect(m_send, &QCheckBox::clicked, this, [this](bool on) {
        if (on)
            m_edit->setFocus(Qt::OtherFocusReason);
        Q_EMIT edited();
    });
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (m_send->isChecked())
            Q_EMIT edited();
    });
    setFocusProxy(m_send);
}

QString TemporalFieldEditor::isoText() const
{
    const QDateTime dt = m_edit->dateTime();
    const QString time = dt.time().toString(QStringLiteral("HH:mm:ss"))
                         + (m_usec ? QLatin1Char('.') + dt.time().toString(QStringLiteral("zzz")) + QStringLiteral("000")
                                   : QString());
    switch (m_kind) {
    case Kind::Date:
        return dt.date().toString(QStringLiteral("yyyy-MM-dd"));
    case Kind::Time:
        return time;
    case Kind::DateTime:
        break;
    }
    return dt.date().toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char('T') + time + (m_utc ? QStringLiteral("Z") : QString());
}

std::optional<Term> TemporalFieldEditor::value() const
{
    if (!m_send->isChecked())
        return std::nullopt;
    return Term::string(isoText());
}

void TemporalFieldEditor::setValue(const Term &value)
{
    const bool has = value.kind() == Term::Kind::Date || value.kind() == Term::Kind::Time
                     || value.kind() == Term::Kind::NaiveDateTime || value.kind() == Term::Kind::DateTime;
    QSignalBlocker block(m_edit);
    if (has) {
        const value::ClockTime t = value.kind() == Term::Kind::Date ? value::ClockTime{} : value.timeValue();
        const QTime time(t.hour, t.minute, t.second, t.microsecond / 1000);
        const QDate date = value.kind() == Term::Kind::Time ? m_edit->date() : value.dateValue();
        m_edit->setDateTime(QDateTime(date, time));
    }
    m_send->setChecked(has);
}

void TemporalFieldEditor::clear()
{
    m_send->setChecked(false);
}

QWidget *TemporalFieldEditor::focusTarget() const
{
    return m_send;
}

} // namespace ectowb::widgets
