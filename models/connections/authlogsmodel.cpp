#include "models/connections/authlogsmodel.h"

#include "models/core/displayformat.h"

namespace sk::models {

using entities::AuthLogRequest;

bool AuthLogsFilter::matches(const AuthLogRequest &log) const
{
    if (!organizationId.empty() && log.organizationId != organizationId)
        return false;
    if (connectionId.empty() || log.connectionId == connectionId)
        return true;
    return std::any_of(
        log.connectionDetails.begin(), log.connectionDetails.end(),
        [this](const entities::AuthLogConnectionDetails &d) { return d.connectionId == connectionId; });
}

AuthLogsModel::AuthLogsModel(services::AuthLogsService *service, QObject *parent)
    : EntityTableModel(parent)
    , m_service(service)
{ }

int AuthLogsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuthLogsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Status:
        return tr("Status");
    case Email:
        return tr("Email");
    case Organization:
        return tr("Organization");
    case Connection:
        return tr("Connection");
    case Workflow:
        return tr("Workflow");
    case Id:
        return tr("Request ID");
    default:
        return {};
    }
}

QStringList AuthLogsModel::statusKeys()
{
    return { QStringLiteral("INITIATED"), QStringLiteral("PENDING"), QStringLiteral("SUCCESS"),
             QStringLiteral("FAILED") };
}

StatusBadge AuthLogsModel::statusBadge(const std::string &status)
{
    const QString s = text(status).toUpper();
    if (s == u"SUCCESS")
        return { tr("Success"), tr("The user signed in."), StatusTone::Good };
    if (s == u"FAILED")
        return { tr("Failed"), tr("The sign-in failed: select it to see why."), StatusTone::Danger };
    if (s == u"INITIATED")
        return { tr("Initiated"), tr("The sign-in started; the user has not come back from the IdP (yet)."),
                 StatusTone::Pending };
    if (s == u"PENDING")
        return { tr("Pending"), tr("The sign-in is waiting on a further step (verification, IdP answer)."),
                 StatusTone::Pending };
    return { tr("Unknown (%1)").arg(text(status)),
             tr("The server sent a status this console does not know (%1).").arg(text(status)),
             StatusTone::Unknown };
}

void AuthLogsModel::setOrganizationName(const std::string &organizationId, const QString &name)
{
    m_organizationNames.insert(text(organizationId), name);
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].organizationId == organizationId) {
            const QModelIndex cell = index(int(row), Organization);
            emit dataChanged(cell, cell);
        }
    }
}

void AuthLogsModel::setFilter(const AuthLogsFilter &filter)
{
    m_filter = filter;
    reload();
    if (m_filter.hasLocal())
        loadAll(); // the matches may lie on any page
}

void AuthLogsModel::requestPage(const std::string &pageToken, QObject *scope)
{
    m_service->list(m_filter.server, { kPageSize, pageToken }, scope,
                    [this](api::Result<entities::Page<AuthLogRequest>> page) {
                        if (page && m_filter.hasLocal())
                            page.value().totalSize = kUnknownTotal; // not the rows shown
                        pageReceived(std::move(page));
                    });
}

void AuthLogsModel::skipRepeated(std::vector<AuthLogRequest> &items)
{
    if (m_filter.hasLocal())
        std::erase_if(items, [this](const AuthLogRequest &log) { return !m_filter.matches(log); });
}

QVariant AuthLogsModel::entityData(int row, int column, int role) const
{
    const AuthLogRequest &log = m_rows[std::size_t(row)];
    if (role == IdRole)
        return text(log.authRequestId);
    if (role == JsonRole)
        return entityJson(log);
    if (column == Status) {
        const StatusBadge badge = statusBadge(log.status);
        switch (role) {
        case Qt::DisplayRole:
            return badge.text;
        case Qt::ToolTipRole:
            return badge.tooltip;
        case BadgeRole:
            return QVariant::fromValue(badge);
        case RawValueRole:
            return text(log.status);
        default:
            return {};
        }
    }
    if (column == Time && role == RawValueRole)
        return timestampSortKey(log.timestamp);
    if (column == Organization && role == Qt::ToolTipRole)
        return text(log.organizationId);
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (column) {
    case Time:
        return formatTimestamp(log.timestamp);
    case Email:
        return text(log.email);
    case Organization:
        return m_organizationNames.value(text(log.organizationId), text(log.organizationId));
    case Connection:
        return log.connectionId.empty()
            ? QStringLiteral("%1 · %2").arg(text(log.connectionType), text(log.connectionProvider))
            : QStringLiteral("%1 %2 · %3")
                  .arg(text(log.connectionProvider), text(log.connectionType), text(log.connectionId));
    case Workflow:
        return text(log.workflow);
    case Id:
        return text(log.authRequestId);
    default:
        return {};
    }
}

} // namespace sk::models
