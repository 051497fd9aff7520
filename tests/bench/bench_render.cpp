// The batch path of `ectowb query --batch` over the conformance set: parse +
// evaluate + plan + render for all 200 sources of queries.jsonl, both dialects.
// It checks every result against what Ecto produced before it times anything.
// Target: at least 100,000 queries per second on one core, a query being one
// source rendered for one dialect (each line of the conformance set holds two);
// the figure per source, both dialects, is printed too. Reports thread CPU time
// (the machine is shared) and, separately, parse, evaluate and plan + render.
#include "value/termjson.h"
#include "elixir/reader.h"
#include "project/projectloader.h"
#include "query/querycompiler.h"

#include "benchtools.h"

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace ectowb;
using namespace ectowb::query;
using value::Term;
using value::TermJson;

namespace {

struct Case
{
    QString id;
    QString source;
    QByteArray utf8;
    Operation op = Operation::All;
    Term expected[2];
};

Term field(const Term &t, const char *key)
{
    return t.get(QString::fromLatin1(key)).value_or(Term::nil());
}

bool matches(const ComposeResult &r, const Term &expected)
{
    if (expected.get(u"error"))
        return !r.isOk();
    const std::vector<Term> &statements = field(expected, "statements").elements();
    if (!r.isOk() || r.statements.size() != statements.size())
        return false;
    for (size_t i = 0; i < statements.size(); ++i) {
        if (r.statements[i].sql != field(statements[i], "sql").text()
            || TermJson::write(Term::list(r.statements[i].params)) != TermJson::write(field(statements[i], "params")))
            return false;
    }
    return true;
}

// Best of `rounds` (thread CPU seconds) of `body`.
template<typename F>
double best(int rounds, F body)
{
    return bench::bestOf(rounds, body, bench::threadCpuSeconds);
}

} // namespace

int main()
{
    const QString dir = QStringLiteral(ECTOWB_SHARED_DIR "/conformance");
    QueryCompiler composer(project::ProjectLoader::load(dir + QStringLiteral("/projects/blog")));
    QFile file(dir + QStringLiteral("/queries.jsonl"));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_render: cannot read %s\n", qPrintable(file.fileName()));
        return 1;
    }
    std::vector<Case> cases;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const Term c = *TermJson::parse(line);
        Case k;
        k.id = field(c, "id").text();
        k.source = field(c, "query").text();
        k.utf8 = k.source.toUtf8();
        const QString op = field(c, "op").text();
        k.op = op == u"update_all" ? Operation::UpdateAll : op == u"delete_all" ? Operation::DeleteAll : Operation::All;
        k.expected[0] = field(c, "postgres");
        k.expected[1] = field(c, "sqlite");
        cases.push_back(std::move(k));
    }
    const Dialect dialects[2] = {Dialect::Postgres, Dialect::Sqlite};

    // Check first.
    for (const Case &c : cases) {
        const Evaluation e = composer.evaluate(c.source);
        for (int d = 0; d < 2; ++d) {
            if (!matches(composer.render(e, dialects[d], c.op), c.expected[d])) {
                std::fprintf(stderr, "bench_render: %s/%s differs from Ecto's output\n", qPrintable(c.id),
                             qPrintable(db::dialectName(dialects[d])));
                return 1;
            }
        }
    }

    const int rounds = 30;
    size_t statements = 0;
    // 1. The whole batch path: parse, evaluate once, plan and render for both dialects.
    const double full = best(rounds, [&] {
        statements = 0;
        for (const Case &c : cases) {
            const elixir::ParseResult parsed = elixir::Reader::parse(c.utf8);
            const Evaluation e = composer.evaluate(parsed.ast);
            for (Dialect d : dialects)
                statements += composer.render(e, d, c.op).statements.size();
        }
        return statements > 0;
    });
    // 2. Parse alone, and parse + evaluate.
    const double parse = best(rounds, [&] {
        int valid = 0;
        for (const Case &c : cases)
            valid += elixir::Reader::parse(c.utf8).isValid() ? 1 : 0;
        return valid == int(cases.size());
    });
    std::vector<elixir::Ast> asts;
    for (const Case &c : cases)
        asts.push_back(elixir::Reader::parse(c.utf8).ast);
    const double evaluate = best(rounds, [&] {
        int ok = 0;
        for (const elixir::Ast &a : asts)
            ok += composer.evaluate(a).error ? 0 : 1;
        return ok > 0;
    });
    const double parseEvaluate = best(rounds, [&] {
        int ok = 0;
        for (const Case &c : cases)
            ok += composer.evaluate(elixir::Reader::parse(c.utf8).ast).error ? 0 : 1;
        return ok > 0;
    });
    // 3. Plan + render alone, on evaluations made once.
    std::vector<Evaluation> evaluations;
    for (const elixir::Ast &a : asts)
        evaluations.push_back(composer.evaluate(a));
    const double render = best(rounds, [&] {
        size_t n = 0;
        for (size_t i = 0; i < cases.size(); ++i) {
            for (Dialect d : dialects)
                n += composer.render(evaluations[i], d, cases[i].op).statements.size();
        }
        return n == statements;
    });
    if (full < 0 || parse < 0 || evaluate < 0 || parseEvaluate < 0 || render < 0) {
        std::fprintf(stderr, "bench_render: a timed round gave a different result\n");
        return 1;
    }
    const double n = double(cases.size());
    std::printf("bench_render: %zu sources x 2 dialects (%zu statements), best of %d rounds, thread CPU time\n",
                cases.size(), statements, rounds);
    std::printf("  full batch path   %8.1f us per source  %9.0f sources/s  %9.0f source+dialect renders/s\n",
                full / n * 1e6, n / full, 2 * n / full);
    std::printf("  parse             %8.1f us per source\n", parse / n * 1e6);
    std::printf("  evaluate          %8.1f us per source (AST given)\n", evaluate / n * 1e6);
    std::printf("  parse + evaluate  %8.1f us per source\n", parseEvaluate / n * 1e6);
    std::printf("  plan + render     %8.1f us per source+dialect  %9.0f per s\n", render / (2 * n) * 1e6, 2 * n / render);
    return 2 * n / full >= 100000.0 ? 0 : 2;
}
