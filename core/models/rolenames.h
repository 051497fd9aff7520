#pragma once

#include <QByteArray>
#include <QHash>

#include <initializer_list>
#include <utility>

namespace ectowb::models {

// A model's roleNames(): Qt's own names (`base`, from the model's base class) and the
// model's roles with the names QML and the model tests know them by.
QHash<int, QByteArray> withRoleNames(QHash<int, QByteArray> base,
                                     std::initializer_list<std::pair<int, const char *>> roles);

} // namespace ectowb::models
