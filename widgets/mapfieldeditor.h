#pragma once

#include "fieldeditor.h"

class QTableWidget;

namespace ectowb::widgets {

// :map fields: key/value rows. A value that reads as JSON (3, true, null, [1, 2],
// {"a": 1}) is sent as that value, anything else as text, as a JSON API would
// deliver it.
class MapFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit MapFieldEditor(changeset::FormField field, QWidget *parent = nullptr);

    std::optional<value::Term> value() const override;
    void setValue(const value::Term &value) override;
    void clear() override;
    QWidget *focusTarget() const override;
    QTableWidget *table() const { return m_table; }
    void addEntry(const QString &key, const QString &value);

private:
    void changed();
    QTableWidget *m_table;
    bool m_sent = false;
};

} // namespace ectowb::widgets
