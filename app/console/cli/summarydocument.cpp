#include "app/console/cli/summarydocument.h"

#include "app/console/cli/exportwriter.h"
#include "app/console/cli/texttable.h"
#include "models/agentkit/connectedaccountstatus.h"

namespace sk::app::cli {

using models::AccountsSummary;
using models::ConnectedAccountStatus;

namespace {

// The status columns of every format: each spec status, then the unknown ones that occur.
QStringList columnsOf(const AccountsSummary &summary)
{
    QStringList statuses;
    for (const QString &status : summary.statuses()) {
        if (ConnectedAccountStatus::knownKeys().contains(status) || summary.statusTotal(status) > 0)
            statuses << status;
    }
    return statuses;
}

QList<qint64> rowOf(const AccountsSummary &summary, const models::ConnectionCounts &counts, const QStringList &statuses)
{
    QList<qint64> row;
    for (const QString &status : statuses)
        row << summary.count(counts.connection, status);
    row << counts.total << counts.expiring.within24h << counts.expiring.within7d << counts.expiring.within30d;
    return row;
}

QStringList headerOf(const QStringList &statuses)
{
    return QStringList{QStringLiteral("connection")} + statuses
         + QStringList{QStringLiteral("total"), QStringLiteral("expiring_24h"), QStringLiteral("expiring_7d"),
                       QStringLiteral("expiring_30d")};
}

} // namespace

nlohmann::ordered_json SummaryDocument::toJson(const AccountsSummary &summary)
{
    using Json = nlohmann::ordered_json;
    const QStringList statuses = columnsOf(summary);
    Json counts = Json::array();
    Json connections = Json::array();
    for (const models::ConnectionCounts &c : summary.byConnection()) {
        const std::string connection = c.connection.toStdString();
        for (const QString &status : statuses) {
            const qint64 n = c.byStatus.value(status);
            if (n > 0 || ConnectedAccountStatus::isKnown(status))
                counts.push_back(Json{{"connection", connection}, {"status", status.toStdString()}, {"count", n}});
        }
        connections.push_back(Json{{"connection", connection},
                                   {"total", c.total},
                                   {"expiring_24h", c.expiring.within24h},
                                   {"expiring_7d", c.expiring.within7d},
                                   {"expiring_30d", c.expiring.within30d}});
    }
    Json totals = Json::array();
    for (const QString &status : statuses)
        totals.push_back(Json{{"status", status.toStdString()}, {"count", summary.statusTotal(status)}});
    return Json{{"as_of", summary.asOf().toRfc3339()},
                {"total", summary.total()},
                {"tokens_expired", summary.expiredTokens()},
                {"counts", counts},
                {"statuses", totals},
                {"connections", connections}};
}

QByteArray SummaryDocument::toCsv(const AccountsSummary &summary)
{
    const QStringList statuses = columnsOf(summary);
    QStringList header;
    for (const QString &cell : headerOf(statuses))
        header << ExportWriter::csvEscape(cell);
    QByteArray out = header.join(u',').toUtf8() + "\r\n";
    for (const models::ConnectionCounts &c : summary.byConnection()) {
        QStringList cells{ExportWriter::csvEscape(c.connection)};
        for (const qint64 n : rowOf(summary, c, statuses))
            cells << QString::number(n);
        out += cells.join(u',').toUtf8() + "\r\n";
    }
    return out;
}

QByteArray SummaryDocument::toTable(const AccountsSummary &summary)
{
    const QStringList statuses = columnsOf(summary);
    QList<QStringList> rows{headerOf(statuses)};
    rows.front().front() = QStringLiteral("CONNECTION");
    for (const models::ConnectionCounts &c : summary.byConnection()) {
        QStringList cells{c.connection};
        for (const qint64 n : rowOf(summary, c, statuses))
            cells << QString::number(n);
        rows << cells;
    }
    QStringList total{QStringLiteral("TOTAL")};
    for (const QString &status : statuses)
        total << QString::number(summary.statusTotal(status));
    const models::ExpiryWindows expiring = summary.expiringTotals();
    total << QString::number(summary.total()) << QString::number(expiring.within24h)
          << QString::number(expiring.within7d) << QString::number(expiring.within30d);
    rows << total;

    QByteArray out = textTable(rows, true);
    out += QStringLiteral("%1 accounts, %2 tokens already expired (as of %3).\n")
               .arg(summary.total())
               .arg(summary.expiredTokens())
               .arg(QString::fromStdString(summary.asOf().toRfc3339()))
               .toUtf8();
    return out;
}

} // namespace sk::app::cli
