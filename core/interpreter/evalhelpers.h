#pragma once

#include "value.h"

#include <QString>

// Small helpers shared by the evaluator's files. Internal.
namespace ectowb::interpreter {

// "Elixir.Blog.Post" -> "Blog.Post"; ":lists" stays "lists".
QString moduleOfAtom(const Value &atom);

constexpr int kMaxEvalDepth = 20000;

struct EvalDepthGuard
{
    explicit EvalDepthGuard(int &depth) : m_depth(depth) { ++m_depth; }
    ~EvalDepthGuard() { --m_depth; }
    EvalDepthGuard(const EvalDepthGuard &) = delete;
    EvalDepthGuard &operator=(const EvalDepthGuard &) = delete;
    int &m_depth;
};

} // namespace ectowb::interpreter
