#pragma once

#include "command.h"
#include "evaluator.h"

namespace ectowb::migration {

// Ecto.Migration's DSL for the Evaluator: table/index/constraint/references/fragment
// build struct terms; create/alter/drop/rename/execute/flush emit commands into the
// current sink; add/modify/remove/timestamps collect column changes inside a
// create or alter block.
class MigrationDsl
{
public:
    // Where emitted commands go; the reader swaps it per top-level statement.
    CommandList *sink = nullptr;

    std::optional<Result<Term>> call(Evaluator &evaluator, const elixir::Ast &call, Evaluator::Bindings &env);

private:
    Result<Term> emit(Command command);
    Result<Term> create(Evaluator &ev, const elixir::Ast &call, Evaluator::Bindings &env, bool ifNotExists);
    Result<Term> drop(const std::vector<Term> &args, bool ifExists);
    Result<Term> alter(Evaluator &ev, const elixir::Ast &call, Evaluator::Bindings &env);
    Result<Term> rename(const std::vector<Term> &args);
    Result<Term> columnChange(const QString &name, const std::vector<Term> &args);
    Result<Term> timestamps(const std::vector<Term> &args);
    Result<std::vector<ColumnChange>> block(Evaluator &ev, const elixir::Ast &call, Evaluator::Bindings &env);

    std::vector<ColumnChange> *m_columns = nullptr; // inside create/alter blocks
};

} // namespace ectowb::migration
