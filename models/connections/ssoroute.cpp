#include "models/connections/ssoroute.h"

#include "models/connections/connectionformat.h"
#include "models/core/displayformat.h"
#include "services/resources/services.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace sk::models {

using entities::Domain;
using entities::ListConnection;
using entities::VerificationStatus;
using Outcome = SsoRoute::Outcome;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sk::models::SsoRoute", text);
}

bool isVerified(const Domain &d)
{
    return d.verificationStatus.value == VerificationStatus::Verified
        || d.verificationStatus.value == VerificationStatus::AutoVerified;
}

bool listsDomain(const ListConnection &c, const QString &domain)
{
    return std::any_of(c.domains.begin(), c.domains.end(), [&](const std::string &d) {
        return text(d).compare(domain, Qt::CaseInsensitive) == 0;
    });
}

QString connectionLabel(const ListConnection &c)
{
    return QStringLiteral("%1 %2 (%3)")
        .arg(connectionformat::providerName(c.provider), connectionformat::typeName(c.type), text(c.id));
}

} // namespace

QString SsoRoute::domainOf(const QString &emailOrDomain)
{
    QString value = emailOrDomain.trimmed().toLower();
    if (const int at = value.lastIndexOf(QLatin1Char('@')); at >= 0)
        value = value.mid(at + 1);
    static const QRegularExpression kDomain(
        QStringLiteral("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$"));
    return kDomain.match(value).hasMatch() ? value : QString();
}

QString SsoRoute::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Routes:
        return QStringLiteral("routes");
    case Outcome::InvalidInput:
        return QStringLiteral("invalid_input");
    case Outcome::NoOrganization:
        return QStringLiteral("no_organization");
    case Outcome::DomainNotVerified:
        return QStringLiteral("domain_not_verified");
    case Outcome::NoConnection:
        return QStringLiteral("no_connection");
    case Outcome::ConnectionDisabled:
        return QStringLiteral("connection_disabled");
    case Outcome::NotCompleted:
        return QStringLiteral("connection_not_completed");
    }
    return {};
}

QString SsoRoute::signInErrorCode() const
{
    switch (outcome) {
    case Outcome::NoOrganization:
    case Outcome::DomainNotVerified:
        return QStringLiteral("domain_not_found");
    case Outcome::NoConnection:
        return QStringLiteral("no_configured_connections");
    case Outcome::ConnectionDisabled:
    case Outcome::NotCompleted:
        return QStringLiteral("connection_not_active");
    case Outcome::InvalidInput:
    case Outcome::Routes:
        break;
    }
    return {};
}

QString SsoRoute::explanation() const
{
    const QString org = organizationName.empty() ? text(organizationId) : text(organizationName);
    switch (outcome) {
    case Outcome::Routes:
        return tr("%1 signs in through %2's %3: it is enabled and COMPLETED, on the verified domain %4.")
            .arg(input, org, connectionLabel(*connection), domain);
    case Outcome::InvalidInput:
        return tr("\"%1\" is not an email address or a domain.").arg(input);
    case Outcome::NoOrganization:
        return tr("No organization has the domain %1: no SSO connection is routed for it and no organization "
                  "of "
                  "its members lists it. Add it to the customer's organization and verify it.")
            .arg(domain);
    case Outcome::DomainNotVerified:
        return tr("%1 has the domain %2, but it is not verified (%3): Scalekit routes only verified domains. "
                  "Verify it (DNS TXT record) in the organization's domains.")
            .arg(org, domain,
                 domainRecord ? text(domainRecord->verificationStatus.displayName())
                              : tr("not an organization domain"));
    case Outcome::NoConnection:
        return tr("%1 has the verified domain %2 but no SSO connection. Create one, or send the customer's "
                  "admin "
                  "an admin portal link to set it up.")
            .arg(org, domain);
    case Outcome::ConnectionDisabled:
        return tr("%1 would sign in through %2's %3, but the connection is disabled. Enable it.")
            .arg(input, org, connectionLabel(*connection));
    case Outcome::NotCompleted:
        return tr("%1 would sign in through %2's %3, but the connection is %4, not COMPLETED%5: its IdP side "
                  "is "
                  "not fully configured. Finish it (admin portal link), then enable it.")
            .arg(input, org, connectionLabel(*connection), text(connection->status.displayName()),
                 connection->enabled ? QString() : tr(" (and disabled)"));
    }
    return {};
}

nlohmann::json SsoRoute::toJson() const
{
    nlohmann::json out = { { "input", input.toStdString() },
                           { "domain", domain.toStdString() },
                           { "applies", applies() },
                           { "outcome", outcomeKey(outcome).toStdString() },
                           { "explanation", explanation().toStdString() } };
    if (!organizationId.empty())
        out["organization"] = { { "id", organizationId }, { "name", organizationName } };
    if (domainRecord)
        out["domain_record"]
            = { { "id", domainRecord->id },
                { "verification_status", std::string(domainRecord->verificationStatus.name()) } };
    if (connection) {
        out["connection"] = { { "id", connection->id },
                              { "provider", std::string(connection->provider.name()) },
                              { "type", std::string(connection->type.name()) },
                              { "status", std::string(connection->status.name()) },
                              { "enabled", connection->enabled },
                              { "domains", connection->domains } };
    }
    out["organization_connections"] = connectionCount;
    if (const QString code = signInErrorCode(); !code.isEmpty())
        out["sign_in_error"] = code.toStdString();
    return out;
}

SsoRouteResolver::SsoRouteResolver(services::Services *services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    qRegisterMetaType<sk::models::SsoRoute>();
}

void SsoRouteResolver::cancel()
{
    delete m_scope.data();
}

void SsoRouteResolver::resolve(const QString &emailOrDomain)
{
    cancel();
    m_route = {};
    m_route.input = emailOrDomain.trimmed();
    m_route.domain = SsoRoute::domainOf(emailOrDomain);
    m_scope = new QObject(this);
    if (m_route.domain.isEmpty()) {
        m_route.outcome = Outcome::InvalidInput;
        finish();
        return;
    }
    services::ConnectionFilter filter { {}, m_route.domain.toStdString(), "all" };
    m_services->connections().list(filter, m_scope, [this](api::Result<std::vector<ListConnection>> result) {
        if (!result)
            return fail(result.error());
        std::erase_if(result.value(), [](const ListConnection &c) { return c.organizationId.empty(); });
        onConnections(std::move(result.value()));
    });
}

void SsoRouteResolver::onConnections(std::vector<ListConnection> connections)
{
    if (!connections.empty()) {
        m_route.organizationId = connections.front().organizationId;
        m_route.organizationName = connections.front().organizationName;
        const std::string org = m_route.organizationId;
        std::erase_if(connections, [&](const ListConnection &c) { return c.organizationId != org; });
        m_services->domains().list(
            org, { 100, 0, {}, {}, {} }, m_scope,
            [this, connections](api::Result<entities::NumberedPage<Domain>> result) mutable {
                if (!result)
                    return fail(result.error());
                finishWithDomains(std::move(connections), std::move(result.value().items));
            });
        return;
    }
    // No connection answers for the domain: find an organization that has it through the
    // members whose email is at that domain.
    // Appended rather than "@" + domain: GCC 12 at -O2 warns (falsely) about that operator+.
    const std::string at = std::string("@").append(m_route.domain.toStdString());
    m_services->users().search(
        at, { 30, {} }, m_scope, [this, at](api::Result<entities::Page<entities::User>> result) {
            if (!result)
                return fail(result.error());
            std::vector<std::string> organizations;
            for (const entities::User &u : result.value().items) {
                if (!QString::fromStdString(u.email).endsWith(QString::fromStdString(at),
                                                              Qt::CaseInsensitive))
                    continue;
                for (const entities::OrganizationMembership &m : u.memberships) {
                    if (std::find(organizations.begin(), organizations.end(), m.organizationId)
                            == organizations.end()
                        && int(organizations.size()) < kMaxCandidateOrganizations)
                        organizations.push_back(m.organizationId);
                }
            }
            checkCandidates(std::move(organizations));
        });
}

void SsoRouteResolver::checkCandidates(std::vector<std::string> organizationIds)
{
    if (organizationIds.empty()) {
        m_route.outcome = Outcome::NoOrganization;
        return finish();
    }
    const std::string org = organizationIds.front();
    organizationIds.erase(organizationIds.begin());
    m_services->domains().list(
        org, { 100, 0, {}, {}, {} }, m_scope,
        [this, org,
         rest = std::move(organizationIds)](api::Result<entities::NumberedPage<Domain>> result) mutable {
            if (!result)
                return fail(result.error());
            const auto &domains = result.value().items;
            const auto found = std::find_if(domains.begin(), domains.end(), [this](const Domain &d) {
                return text(d.domain).compare(m_route.domain, Qt::CaseInsensitive) == 0;
            });
            if (found == domains.end())
                return checkCandidates(std::move(rest));
            m_route.organizationId = org;
            m_route.domainRecord = *found;
            m_route.outcome = isVerified(*found) ? Outcome::NoConnection : Outcome::DomainNotVerified;
            m_services->organizations().get(
                org, m_scope, [this](api::Result<entities::Organization> organization) {
                    if (organization)
                        m_route.organizationName = organization.value().displayName;
                    finish(); // the name is a nicety: the answer stands without it
                });
        });
}

void SsoRouteResolver::finishWithDomains(std::vector<ListConnection> connections, std::vector<Domain> domains)
{
    m_route.connectionCount = int(connections.size());
    const auto found = std::find_if(domains.begin(), domains.end(), [this](const Domain &d) {
        return text(d.domain).compare(m_route.domain, Qt::CaseInsensitive) == 0;
    });
    if (found != domains.end())
        m_route.domainRecord = *found;
    // The connection the domain is assigned to, else the organization's working one, first.
    auto score = [this](const ListConnection &c) {
        return (listsDomain(c, m_route.domain) ? 4 : 0) + (c.enabled ? 2 : 0)
            + (connectionformat::isCompleted(c.status) ? 1 : 0);
    };
    const auto best = std::max_element(
        connections.begin(), connections.end(),
        [&](const ListConnection &a, const ListConnection &b) { return score(a) < score(b); });
    m_route.connection = *best;
    if (!m_route.domainRecord || !isVerified(*m_route.domainRecord))
        m_route.outcome = Outcome::DomainNotVerified;
    else if (!connectionformat::isCompleted(best->status))
        m_route.outcome = Outcome::NotCompleted;
    else if (!best->enabled)
        m_route.outcome = Outcome::ConnectionDisabled;
    else
        m_route.outcome = Outcome::Routes;
    finish();
}

void SsoRouteResolver::finish()
{
    // From inside a request's callback: the scope (and that request) goes once it returns.
    if (m_scope)
        m_scope->deleteLater();
    m_scope.clear();
    emit answered(m_route);
}

void SsoRouteResolver::fail(const api::ApiError &error)
{
    if (m_scope)
        m_scope->deleteLater();
    m_scope.clear();
    emit failed(error);
}

} // namespace sk::models
