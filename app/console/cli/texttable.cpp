#include "app/console/cli/texttable.h"

namespace sk::app::cli {

QByteArray textTable(const QList<QStringList> &rows, bool rightAlign, const QString &indent)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        if (widths.size() < row.size())
            widths.resize(row.size(), 0);
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    QByteArray out;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const bool last = i + 1 == row.size();
            if (i > 0 && rightAlign)
                cells << row[i].rightJustified(widths[i]);
            else
                cells << (last ? row[i] : row[i].leftJustified(widths[i]));
        }
        out += (indent + cells.join(QStringLiteral("  "))).toUtf8() + '\n';
    }
    return out;
}

} // namespace sk::app::cli
