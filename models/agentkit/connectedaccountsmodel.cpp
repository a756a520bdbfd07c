#include "models/agentkit/connectedaccountsmodel.h"

#include "models/agentkit/connectedaccountstatus.h"
#include "models/core/displayformat.h"

namespace sk::models {

using entities::ConnectedAccount;
using entities::Timestamp;

QString ConnectedAccountsModel::authTypeText(const entities::Enum<entities::ConnectorType> &type)
{
    using T = entities::ConnectorType;
    switch (type.value) {
    case T::OAuth:
        return QStringLiteral("OAuth");
    case T::ApiKey:
        return QStringLiteral("API key");
    case T::BasicAuth:
    case T::Basic:
        return QStringLiteral("Basic");
    case T::BearerToken:
        return QStringLiteral("Bearer token");
    case T::Custom:
        return QStringLiteral("Custom");
    case T::OAuthM2M:
        return QStringLiteral("OAuth (M2M)");
    case T::TrelloOAuth1:
        return QStringLiteral("OAuth 1");
    case T::GoogleDwd:
        return QStringLiteral("Google DWD");
    case T::TrustedIdp:
        return QStringLiteral("Trusted IdP");
    case T::SmartFhir:
        return QStringLiteral("SMART on FHIR");
    case T::NoAuth:
        return QStringLiteral("No auth");
    case T::Unspecified:
        return QStringLiteral("—");
    case T::Unknown:
        break;
    }
    return QStringLiteral("Unknown (%1)").arg(QString::fromStdString(type.raw));
}

ConnectedAccountsModel::ConnectedAccountsModel(services::ConnectedAccountsService *service, QObject *parent)
    : EntityTableModel(parent)
    , m_service(service)
{ }

int ConnectedAccountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectedAccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Identifier:
        return tr("Identifier");
    case Connection:
        return tr("Connection");
    case Provider:
        return tr("Provider");
    case Status:
        return tr("Status");
    case AuthType:
        return tr("Auth type");
    case TokenExpires:
        return tr("Token expires");
    case LastUsed:
        return tr("Last used");
    case Updated:
        return tr("Updated");
    case Id:
        return tr("ID");
    default:
        return {};
    }
}

void ConnectedAccountsModel::setFilter(const services::ConnectedAccountFilter &filter,
                                       const QSet<QString> &statuses)
{
    m_filter = filter;
    m_statuses = statuses;
    reload();
    if (!m_statuses.isEmpty())
        loadAll(); // the matches may lie on any page
}

bool ConnectedAccountsModel::isFiltered() const
{
    return !m_statuses.isEmpty() || !m_filter.connectionNames.empty() || !m_filter.identifier.empty()
        || !m_filter.query.empty() || !m_filter.provider.empty() || !m_filter.organizationId.empty()
        || !m_filter.userId.empty();
}

void ConnectedAccountsModel::requestPage(const std::string &pageToken, QObject *scope)
{
    m_service->list(m_filter, {kPageSize, pageToken}, scope,
                    [this](api::Result<entities::Page<ConnectedAccount>> page) {
                        // With a status filter the server's count is not the rows shown: say nothing rather
                        // than something wrong.
                        if (page && !m_statuses.isEmpty())
                            page.value().totalSize = kUnknownTotal;
                        pageReceived(std::move(page));
                    });
}

void ConnectedAccountsModel::skipRepeated(std::vector<ConnectedAccount> &items)
{
    if (m_statuses.isEmpty())
        return;
    std::erase_if(items, [this](const ConnectedAccount &a) {
        return !m_statuses.contains(ConnectedAccountStatus::keyOf(a.status));
    });
}

QString ConnectedAccountsModel::relativeTime(const Timestamp &time, const QDateTime &now)
{
    return models::relativeTime(time, now);
}

StatusTone ConnectedAccountsModel::expiryTone(const Timestamp &time, const QDateTime &now)
{
    if (!time.isSet())
        return StatusTone::Neutral;
    const qint64 seconds = now.secsTo(toDateTime(time));
    if (seconds <= 0)
        return StatusTone::Danger;
    return seconds <= 24 * 3600 ? StatusTone::Warning : StatusTone::Good;
}

QString ConnectedAccountsModel::expiryText(const Timestamp &time, const QDateTime &now)
{
    const QString relative = relativeTime(time, now);
    return expiryTone(time, now) == StatusTone::Danger ? tr("expired %1").arg(relative) : relative;
}

QVariant ConnectedAccountsModel::entityData(int row, int column, int role) const
{
    using Codec = ConnectedAccountRowCodec;
    const Codec::Row &a = m_rows.rowAt(std::size_t(row));
    const auto str = [this](StringArena::Ref ref) { return text(m_rows.text(ref)); };
    if (role == IdRole)
        return str(a.id);
    if (role == JsonRole)
        return entityJson(Codec::unpack(a, m_rows.arena()));
    if (role == kProviderKeyRole)
        return column == Provider ? str(a.provider) : QVariant();
    if (column == Status) {
        const QString statusKey = ConnectedAccountStatus::keyOf(Codec::status(a, m_rows.arena()));
        const StatusBadge badge = ConnectedAccountStatus::badge(statusKey);
        switch (role) {
        case Qt::DisplayRole:
            return badge.text;
        case Qt::ToolTipRole:
            return badge.tooltip;
        case BadgeRole:
            return QVariant::fromValue(badge);
        case RawValueRole:
            return statusKey;
        default:
            return {};
        }
    }
    if (column == TokenExpires) {
        const Timestamp expires(a.tokenExpiresNanos);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        switch (role) {
        case Qt::DisplayRole:
            return expiryText(expires, now);
        case BadgeRole:
            if (!expires.isSet())
                return {};
            return QVariant::fromValue(StatusBadge {expiryText(expires, now), {}, expiryTone(expires, now)});
        case RawValueRole:
            return timestampSortKey(expires);
        case Qt::ToolTipRole:
            return QString::fromStdString(expires.toRfc3339());
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    const bool raw = role == RawValueRole;
    const Timestamp lastUsed(a.lastUsedNanos);
    const Timestamp updated(a.updatedNanos);
    switch (column) {
    case Identifier:
        return str(a.identifier);
    case Connection:
        return str(m_rows.text(a.connector).empty() ? a.connectionId : a.connector);
    case Provider:
        return str(a.provider);
    case AuthType:
        return authTypeText(Codec::authType(a, m_rows.arena()));
    case LastUsed:
        return raw ? timestampSortKey(lastUsed)
                   : QVariant(lastUsed.isSet() ? formatTimestamp(lastUsed) : tr("never"));
    case Updated:
        return raw ? timestampSortKey(updated) : QVariant(formatTimestamp(updated));
    case Id:
        return str(a.id);
    default:
        return {};
    }
}

bool ConnectedAccountsModel::rowMatches(int row, const TextMatcher &matcher) const
{
    // The same text as entityData()'s DisplayRole, column by column, cheapest first.
    using Codec = ConnectedAccountRowCodec;
    if (matcher.isEmpty())
        return true;
    const Codec::Row &a = m_rows.rowAt(std::size_t(row));
    const StringArena &arena = m_rows.arena();
    const StringArena::Ref connection = arena.view(a.connector).empty() ? a.connectionId : a.connector;
    for (const StringArena::Ref ref : {a.identifier, connection, a.provider, a.id}) {
        if (matcher.matches(arena.view(ref)))
            return true;
    }
    if (matcher.memo(TextMatcher::memoKey(Status, std::uint32_t(a.status), a.statusRaw), [&] {
            return ConnectedAccountStatus::badge(ConnectedAccountStatus::keyOf(Codec::status(a, arena))).text;
        }))
        return true;
    if (matcher.memo(TextMatcher::memoKey(AuthType, std::uint32_t(a.authType), a.authTypeRaw),
                     [&] { return authTypeText(Codec::authType(a, arena)); }))
        return true;
    const Timestamp expires(a.tokenExpiresNanos);
    if (expires.isSet() && matcher.mayOccurIn(kRelativeTimeAlphabet)
        && matcher.matches(expiryText(expires, QDateTime::currentDateTimeUtc())))
        return true;
    const Timestamp lastUsed(a.lastUsedNanos);
    if (lastUsed.isSet() ? timestampMatches(matcher, lastUsed)
                         : matcher.memo(TextMatcher::memoKey(LastUsed, 0, 0), [] { return tr("never"); }))
        return true;
    return timestampMatches(matcher, Timestamp(a.updatedNanos));
}

} // namespace sk::models
