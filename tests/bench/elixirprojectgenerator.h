#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace ectowb::bench {

// Writes a realistic, deterministic Phoenix-style project in memory: schema modules
// with changesets, context modules with Ecto queries, and migrations. Benchmarks use
// it to get inputs of any size that look like what people actually write.
class ElixirProjectGenerator
{
public:
    explicit ElixirProjectGenerator(quint32 seed = 42) : m_state(seed) {}

    // relative path -> file contents
    using Files = QMap<QString, QByteArray>;

    // Keeps adding schema + context + migration triples until the total size reaches
    // `bytes`.
    Files generateBySize(qint64 bytes);
    // Exactly `schemas` schema modules (with contexts) and `migrations` migrations.
    Files generate(int schemas, int migrations);

    QByteArray schemaModule(int index, int count);
    QByteArray contextModule(int index, int count);
    QByteArray migration(int index, int count);

private:
    quint32 next();
    int pick(int n) { return int(next() % quint32(n)); }
    QByteArray entity(int index) const;
    QByteArray table(int index) const;

    quint32 m_state;
};

} // namespace ectowb::bench
