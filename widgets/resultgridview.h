#pragma once

#include "runner/exportformat.h"
#include "runner/runoutcome.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace ectowb::runner {
class QueryRun;
}
namespace ectowb::models {
class ResultTableModel;
}

namespace ectowb::widgets {

// The rows of a run in a grid: fetched lazily as the user scrolls, NULL drawn
// apart from text, the selection copied as TSV (Ctrl+C), a status line ("200
// rows fetched, more…"), a Cancel button while the statement runs or an export
// writes, and Export CSV/JSON buttons that write every row of the result.
// Standalone: give it a run with setRun(); it never runs anything itself.
class ResultGridView : public QWidget
{
    Q_OBJECT
public:
    // Asks where to export; an empty path cancels. QFileDialog by default.
    using FileChooser = std::function<QString(runner::ExportFormat)>;

    explicit ResultGridView(QWidget *parent = nullptr);

    // Shows `run` (not owned; null clears the grid).
    void setRun(runner::QueryRun *run);
    runner::QueryRun *run() const;
    models::ResultTableModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    QString statusText() const;

    // The selected cells, a line per row and a tab between cells, NULL as an empty
    // cell; a cell holding a tab, a line break or a quote is quoted as in CSV.
    QString selectionAsTsv(bool withHeaders = false) const;
    void copySelection(bool withHeaders = false) const;

    // Writes every row of the result (those fetched, then the rest) to `path`.
    // False when no export can start now.
    bool exportTo(const QString &path, runner::ExportFormat format);
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

Q_SIGNALS:
    void exportFinished(const ectowb::runner::ExportOutcome &outcome);

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseAndExport(runner::ExportFormat format);
    void onExportFinished(const runner::ExportOutcome &outcome);
    void updateStatus();
    QString runStatus() const;

    models::ResultTableModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_cancel;
    QPushButton *m_exportCsv;
    QPushButton *m_exportJson;
    FileChooser m_chooser;
    QString m_exportPath;
    QString m_exportMessage;
    qint64 m_exportedRows = 0;
    bool m_sized = false;
};

} // namespace ectowb::widgets
