#include "fieldeditorfactory.h"

#include "booleanfieldeditor.h"
#include "enumfieldeditor.h"
#include "listfieldeditor.h"
#include "mapfieldeditor.h"
#include "relationfieldeditor.h"
#include "temporalfieldeditor.h"
#include "textfieldeditor.h"

namespace ectowb::widgets {

using schema::EctoType;

FieldEditor *FieldEditorFactory::create(const changeset::FormField &field, QWidget *parent)
{
    const EctoType &type = field.type;
    if (field.kind == changeset::FormField::Kind::Relation)
        return new RelationFieldEditor(field, parent);
    if (field.secret)
        return new TextFieldEditor(field, TextFieldEditor::Kind::Secret, parent);
    switch (type.kind()) {
    case EctoType::Kind::Enum:
        return new EnumFieldEditor(field, parent);
    case EctoType::Kind::Array:
        return new ListFieldEditor(field, parent);
    case EctoType::Kind::Map:
        return new MapFieldEditor(field, parent);
    case EctoType::Kind::Primitive:
        break;
    case EctoType::Kind::Embedded:
    case EctoType::Kind::Custom:
    case EctoType::Kind::Invalid:
        return new TextFieldEditor(field, TextFieldEditor::Kind::Text, parent);
    }
    const QString name = type.name();
    if (name == QLatin1String("boolean"))
        return new BooleanFieldEditor(field, parent);
    if (name == QLatin1String("integer") || name == QLatin1String("id"))
        return new TextFieldEditor(field, TextFieldEditor::Kind::Integer, parent);
    if (name == QLatin1String("float") || name == QLatin1String("decimal"))
        return new TextFieldEditor(field, TextFieldEditor::Kind::Number, parent);
    if (name == QLatin1String("date") || name.startsWith(QLatin1String("time")) || name.startsWith(QLatin1String("naive_datetime"))
        || name.startsWith(QLatin1String("utc_datetime")))
        return new TemporalFieldEditor(field, parent);
    if (name == QLatin1String("map"))
        return new MapFieldEditor(field, parent);
    return new TextFieldEditor(field, TextFieldEditor::Kind::Text, parent);
}

} // namespace ectowb::widgets
