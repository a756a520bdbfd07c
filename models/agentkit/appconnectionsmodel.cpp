#include "models/agentkit/appconnectionsmodel.h"

#include "models/agentkit/connectedaccountstatus.h"
#include "models/core/displayformat.h"

#include <memory>

namespace sk::models {

using entities::Connection;
using entities::ConnectionType;

AppConnectionsModel::AppConnectionsModel(services::ConnectionsService *service, QObject *parent)
    : EntityTableModel(parent)
    , m_service(service)
{ }

int AppConnectionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AppConnectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Connection");
    case Provider:
        return tr("Provider");
    case AuthType:
        return tr("Auth type");
    case Enabled:
        return tr("Enabled");
    case Credentials:
        return tr("Credentials");
    case Scopes:
        return tr("Scopes");
    case Accounts:
        return tr("Accounts by status");
    case NeedAttention:
        return tr("Need attention");
    case Id:
        return tr("ID");
    default:
        return {};
    }
}

void AppConnectionsModel::setSummary(const AccountsSummary &summary)
{
    m_counts = summary.byConnection();
    if (entityCount() > 0)
        emit dataChanged(index(0, Accounts), index(entityCount() - 1, NeedAttention));
}

QString AppConnectionsModel::nameOf(const Connection &c)
{
    return QString::fromStdString(c.keyId && !c.keyId->empty() ? *c.keyId : c.id);
}

QString AppConnectionsModel::authTypeText(const entities::Enum<ConnectionType> &type)
{
    switch (type.value) {
    case ConnectionType::OAuth:
        return QStringLiteral("OAuth");
    case ConnectionType::ApiKey:
        return QStringLiteral("API key");
    case ConnectionType::Basic:
        return QStringLiteral("Basic");
    case ConnectionType::Bearer:
        return QStringLiteral("Bearer token");
    case ConnectionType::OAuthM2M:
        return QStringLiteral("OAuth (M2M)");
    case ConnectionType::TrelloOAuth1:
        return QStringLiteral("OAuth 1");
    case ConnectionType::GoogleDwd:
        return QStringLiteral("Google DWD");
    case ConnectionType::TrustedIdp:
        return QStringLiteral("Trusted IdP");
    case ConnectionType::SmartFhir:
        return QStringLiteral("SMART on FHIR");
    case ConnectionType::NoAuth:
        return QStringLiteral("No auth");
    case ConnectionType::Oidc:
        return QStringLiteral("OIDC");
    case ConnectionType::Saml:
        return QStringLiteral("SAML");
    case ConnectionType::Password:
        return QStringLiteral("Password");
    case ConnectionType::Passwordless:
        return QStringLiteral("Passwordless");
    case ConnectionType::WebAuthn:
        return QStringLiteral("WebAuthn");
    case ConnectionType::Unspecified:
        return QStringLiteral("—");
    case ConnectionType::Unknown:
        break;
    }
    return tr("Unknown (%1)").arg(QString::fromStdString(type.raw));
}

QString AppConnectionsModel::credentialsText(const Connection &c)
{
    switch (c.type.value) {
    case ConnectionType::ApiKey:
    case ConnectionType::Basic:
    case ConnectionType::Bearer:
        return tr("Each user's own");
    case ConnectionType::NoAuth:
        return tr("None needed");
    default:
        break;
    }
    if (c.oauthConfig) {
        if (c.oauthConfig->usePlatformCreds.value_or(false))
            return tr("Scalekit shared");
        return tr("Your own");
    }
    if (c.googleDwdConfig)
        return tr("Your own (service account)");
    return QStringLiteral("—");
}

QStringList AppConnectionsModel::scopesOf(const Connection &c)
{
    QStringList scopes;
    const std::vector<std::string> *list = c.oauthConfig ? &c.oauthConfig->scopes
        : c.googleDwdConfig                              ? &c.googleDwdConfig->scopes
                                                         : nullptr;
    if (list) {
        for (const std::string &scope : *list)
            scopes << QString::fromStdString(scope);
    }
    return scopes;
}

Connection AppConnectionsModel::fromListItem(const entities::ListConnection &item)
{
    Connection c;
    c.id = item.id;
    c.provider = item.provider;
    c.type = item.type;
    c.status = item.status;
    c.enabled = item.enabled;
    c.keyId = item.keyId;
    c.providerKey = item.providerKey;
    c.createTime = item.createdAt;
    if (!item.mcpServerUrl.empty())
        c.mcpServerUrl = item.mcpServerUrl;
    return c;
}

void AppConnectionsModel::requestPage(const std::string &pageToken, QObject *scope)
{
    // The list items may lack the configuration: read each connection in full, all at once
    // under the page's scope (a reset aborts them), and add the page when the last is back. A
    // connection whose details fail keeps what the list said.
    m_service->listApp({}, {kPageSize, pageToken}, scope,
                       [this, scope](api::Result<services::ConnectionsService::ListConnectionPage> listed) {
                           if (!listed) {
                               pageFailed(listed.error());
                               return;
                           }
                           struct Pending
                           {
                               entities::Page<Connection> page;
                               std::size_t remaining = 0;
                           };
                           auto pending = std::make_shared<Pending>();
                           auto &list = listed.value();
                           pending->page.nextPageToken = list.nextPageToken;
                           pending->page.prevPageToken = list.prevPageToken;
                           pending->page.totalSize = list.totalSize;
                           pending->remaining = list.items.size();
                           for (const auto &item : list.items)
                               pending->page.items.push_back(fromListItem(item));
                           if (pending->remaining == 0) {
                               pageReceived(std::move(pending->page));
                               return;
                           }
                           for (std::size_t i = 0; i < list.items.size(); ++i) {
                               m_service->getApp(list.items[i].id, scope,
                                                 [this, scope, pending, i](api::Result<Connection> full) {
                                                     if (full)
                                                         pending->page.items[i] = std::move(full.value());
                                                     if (--pending->remaining == 0 && isCurrentScope(scope))
                                                         pageReceived(std::move(pending->page));
                                                 });
                           }
                       });
}

QVariant AppConnectionsModel::countData(const Connection &c, int column, int role) const
{
    const auto it = m_counts.constFind(nameOf(c));
    const qint64 total = it == m_counts.constEnd() ? 0 : it->total;
    qint64 attention = 0;
    QVariantList mix;
    QStringList lines;
    if (it != m_counts.constEnd()) {
        for (auto s = it->byStatus.constBegin(); s != it->byStatus.constEnd(); ++s) {
            const StatusBadge badge = ConnectedAccountStatus::badge(s.key());
            if (!ConnectedAccountStatus::isActive(s.key()))
                attention += s.value();
            mix.append(QVariantMap {{QStringLiteral("tone"), int(badge.tone)},
                                    {QStringLiteral("count"), s.value()},
                                    {QStringLiteral("label"), badge.text}});
            lines << QStringLiteral("%1: %2").arg(badge.text).arg(s.value());
        }
    }
    if (column == Accounts) {
        switch (role) {
        case Qt::DisplayRole:
            return total;
        case RawValueRole:
            return total;
        case kStatusMixRole:
            return mix;
        case Qt::ToolTipRole:
            return lines.isEmpty() ? tr("No connected accounts counted for this connection.")
                                   : lines.join(u'\n');
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return attention;
    case RawValueRole:
        return attention;
    case BadgeRole:
        return QVariant::fromValue(StatusBadge {
            QString::number(attention), {}, attention == 0 ? StatusTone::Good : StatusTone::Warning});
    case Qt::ToolTipRole:
        return attention == 0 ? tr("Every connected account of this connection is active.")
                              : tr("%1 connected accounts are not active: filter the accounts table to them "
                                   "with \"Show accounts\".")
                                    .arg(attention);
    default:
        return {};
    }
}

QVariant AppConnectionsModel::entityData(int row, int column, int role) const
{
    const Connection &c = m_rows[std::size_t(row)];
    if (role == IdRole)
        return text(c.id);
    if (role == JsonRole)
        return entityJson(c); // client secrets are Secrets: masked
    if (role == kProviderKeyRole)
        return column == Name ? text(c.providerKey) : QVariant();
    if (column == Accounts || column == NeedAttention)
        return countData(c, column, role);
    if (column == Enabled && role == BadgeRole)
        return QVariant::fromValue(StatusBadge {c.enabled ? tr("Enabled") : tr("Disabled"),
                                                {},
                                                c.enabled ? StatusTone::Good : StatusTone::Neutral});
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Name:
        return nameOf(c);
    case Provider:
        return text(c.providerKey);
    case AuthType:
        return authTypeText(c.type);
    case Enabled:
        return c.enabled ? tr("Enabled") : tr("Disabled");
    case Credentials:
        return credentialsText(c);
    case Scopes:
        return scopesOf(c).join(QStringLiteral(", "));
    case Id:
        return text(c.id);
    default:
        return {};
    }
}

} // namespace sk::models
