#include "querybatch.h"

#include "value/termjson.h"
#include "db/connectionsettings.h"

#include <QIODevice>

#include <algorithm>
#include <atomic>
#include <thread>

namespace ectowb::cli {

using value::Term;
using value::TermJson;
using query::ComposeResult;
using query::Operation;
using query::QueryCompiler;

namespace {

// Lines answered between two writes: enough to keep both workers busy, few enough
// that output follows input when a script streams lines through stdin.
constexpr size_t ChunkLines = 512;
// Below this many lines in a chunk a second worker costs more than it saves.
constexpr size_t LinesPerWorker = 32;

Term str(const QString &s)
{
    return Term::string(s);
}

} // namespace

QString locatedMessage(const query::ComposerError &e)
{
    if (e.pos.line <= 0)
        return e.text();
    return QStringLiteral("%1:%2: %3").arg(e.pos.line).arg(e.pos.column).arg(e.text());
}

Term composeResultTerm(const ComposeResult &r)
{
    if (!r.isOk())
        return Term::map({{str(QStringLiteral("error")), str(locatedMessage(r.errors.front()))}});
    std::vector<Term> statements;
    for (const query::Statement &s : r.statements)
        statements.push_back(Term::map({{str(QStringLiteral("sql")), str(s.sql)},
                                        {str(QStringLiteral("params")), Term::list(s.params)}}));
    std::vector<Term::Pair> pairs{{str(QStringLiteral("statements")), Term::list(std::move(statements))}};
    if (!r.openParameters.empty()) {
        std::vector<Term> open;
        for (const query::OpenParameterInfo &p : r.openParameters)
            open.push_back(Term::map({{str(QStringLiteral("name")), str(p.name)},
                                      {str(QStringLiteral("type")), str(p.type)},
                                      {str(QStringLiteral("line")), Term::integer(p.pos.line)},
                                      {str(QStringLiteral("column")), Term::integer(p.pos.column)},
                                      {str(QStringLiteral("supplied")), Term::boolean(p.supplied)}}));
        pairs.emplace_back(str(QStringLiteral("open")), Term::list(std::move(open)));
    }
    return Term::map(std::move(pairs));
}

std::optional<Operation> operationNamed(const QString &op)
{
    if (op.isEmpty() || op == u"all")
        return Operation::All;
    if (op == u"update_all")
        return Operation::UpdateAll;
    if (op == u"delete_all")
        return Operation::DeleteAll;
    return std::nullopt;
}

QueryBatch::QueryBatch(project::Project project, std::vector<query::Dialect> dialects, int threads)
    : m_project(std::move(project)), m_dialects(std::move(dialects))
{
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    m_compilers.resize(size_t(std::max(1, threads > 0 ? threads : cores)));
}

QueryBatch::~QueryBatch() = default;

QueryCompiler &QueryBatch::compiler(size_t worker)
{
    // Made by the worker that uses it, on first use: a one-line batch builds one.
    std::unique_ptr<QueryCompiler> &slot = m_compilers[worker];
    if (!slot)
        slot = std::make_unique<QueryCompiler>(m_project);
    return *slot;
}

std::optional<QByteArray> QueryBatch::answer(QueryCompiler &compiler, const QByteArray &line) const
{
    Result<Term> input = TermJson::parse(line);
    if (!input || !input->isMap() || !input->get(u"query"))
        return std::nullopt;
    const Term id = input->get(u"id").value_or(Term::nil());
    const Term opTerm = input->get(u"op").value_or(Term::nil());
    const std::optional<Operation> op = operationNamed(opTerm.isNil() ? QString() : opTerm.text());
    std::vector<Term::Pair> pairs{{str(QStringLiteral("id")), id}};
    if (!op) {
        pairs.emplace_back(str(QStringLiteral("error")), str(QStringLiteral("unknown op")));
    } else {
        QHash<QString, Term> values;
        for (const auto &[k, v] : input->get(u"params").value_or(Term::map({})).pairs())
            values.insert(k.text(), v);
        const query::Evaluation evaluation = compiler.evaluate(input->get(u"query")->text());
        for (query::Dialect d : m_dialects)
            pairs.emplace_back(str(db::dialectName(d)), composeResultTerm(compiler.render(evaluation, d, *op, values)));
    }
    QByteArray out = TermJson::write(Term::map(std::move(pairs)));
    out.append('\n');
    return out;
}

Result<void> QueryBatch::run(QIODevice &in, QIODevice &out, const QString &name)
{
    std::vector<QByteArray> lines;
    std::vector<int> numbers;
    std::vector<std::optional<QByteArray>> answers;
    int number = 0;
    while (true) {
        lines.clear();
        numbers.clear();
        while (lines.size() < ChunkLines && !in.atEnd()) {
            QByteArray line = in.readLine().trimmed();
            ++number;
            if (!line.isEmpty()) {
                lines.push_back(std::move(line));
                numbers.push_back(number);
            }
        }
        if (lines.empty())
            return {};
        answers.assign(lines.size(), std::nullopt);
        std::atomic_size_t next{0};
        const auto work = [&](size_t worker) {
            QueryCompiler &c = compiler(worker);
            for (size_t i = next++; i < lines.size(); i = next++)
                answers[i] = answer(c, lines[i]);
        };
        const size_t workers = std::clamp<size_t>(lines.size() / LinesPerWorker, 1, m_compilers.size());
        std::vector<std::thread> pool;
        for (size_t w = 1; w < workers; ++w)
            pool.emplace_back(work, w);
        work(0);
        for (std::thread &t : pool)
            t.join();
        for (size_t i = 0; i < lines.size(); ++i) {
            if (!answers[i])
                return Error(QStringLiteral("expected a JSON object with \"query\""), QString(), SourcePosition{name, numbers[i], 0});
            out.write(*answers[i]);
        }
    }
}

} // namespace ectowb::cli
