#pragma once

namespace ectowb {

// Visits a std::variant with one lambda per alternative:
//   std::visit(Overloaded{[](const A &) {...}, [](const B &) {...}}, value);
template<class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};
// clang 14 does not deduce aggregate template arguments by itself (P1816).
template<class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace ectowb
