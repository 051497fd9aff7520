#pragma once

#include "fieldeditor.h"

class QCheckBox;
class QDateTimeEdit;

namespace ectowb::widgets {

// Date, time and datetime fields: a picker (with a calendar for dates) behind a
// check box that says whether the value is sent at all, so a date can be left
// empty. Sends ISO 8601 text as a date input does; _usec types also milliseconds
// (Qt's precision), utc_datetime with a Z.
class TemporalFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit TemporalFieldEditor(changeset::FormField field, QWidget *parent = nullptr);

    std::optional<value::Term> value() const override;
    void setValue(const value::Term &value) override;
    void clear() override;
    QWidget *focusTarget() const override;
    QDateTimeEdit *picker() const { return m_edit; }
    QCheckBox *sendBox() const { return m_send; }

private:
    enum class Kind : quint8 { Date, Time, DateTime };
    QString isoText() const;

    Kind m_kind;
    bool m_usec;
    bool m_utc;
    QCheckBox *m_send;
    QDateTimeEdit *m_edit;
};

} // namespace ectowb::widgets
