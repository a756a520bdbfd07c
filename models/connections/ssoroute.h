#pragma once

#include "services/api/apierror.h"
#include "services/entities/connection.h"
#include "services/entities/domain.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace sk::services {
class Services;
}

namespace sk::models {

// "Which connection will this email use?": Scalekit routes a sign-in by the email's domain to
// the organization that has it as a verified domain, and on to that organization's SSO
// connection (the one the domain is assigned to, when several). The answer says where it goes
// and whether that connection works (enabled and COMPLETED), or exactly why none applies. The
// one place this logic lives: the SSO tab's tool and `scalekit-console sso which` use it.
struct SsoRoute
{
    enum class Outcome {
        Routes, // enabled, COMPLETED connection on a verified domain
        InvalidInput, // not an email or a domain
        NoOrganization, // no organization has the domain
        DomainNotVerified, // the organization has it, unverified (pending, failed)
        NoConnection, // the organization has no SSO connection
        ConnectionDisabled, // the connection it would use is disabled
        NotCompleted, // the connection it would use is not COMPLETED (DRAFT, IN_PROGRESS, unknown)
    };

    Outcome outcome = Outcome::InvalidInput;
    QString input;
    QString domain; // lower-case
    std::string organizationId;
    std::string organizationName;
    std::optional<entities::Domain> domainRecord; // the organization's record of the domain
    std::optional<entities::ListConnection> connection; // the connection it routes (or would route) to
    int connectionCount = 0; // the organization's SSO connections

    bool applies() const { return outcome == Outcome::Routes; }
    // One sentence a person can act on: where the email goes, or why nothing applies.
    QString explanation() const;
    // The stable name scripts match on: "routes", "no_organization", "domain_not_verified", ...
    static QString outcomeKey(Outcome outcome);
    // The sign-in error Scalekit reports for this outcome (product docs), or "" when it routes.
    QString signInErrorCode() const;
    nlohmann::json toJson() const;

    // "alice@Acme.com" -> "acme.com"; "acme.com" -> "acme.com"; "" when it is neither.
    static QString domainOf(const QString &emailOrDomain);
};

// Answers the question against an environment, asynchronously: GET /connections?domain=
// (every connection of the organization owning the domain, disabled ones too), the
// organization's domains for the verification status, and, when no connection names the
// domain, the organizations of members with that email domain (the API has no domain lookup)
// to tell "no organization has it" from "it has no connection".
class SsoRouteResolver : public QObject
{
    Q_OBJECT

public:
    explicit SsoRouteResolver(services::Services *services, QObject *parent = nullptr);

    // Starts over (a resolution in flight is dropped); emits answered() or failed().
    void resolve(const QString &emailOrDomain);
    void cancel();
    bool isBusy() const { return !m_scope.isNull(); }

    static constexpr int kMaxCandidateOrganizations = 5;

signals:
    void answered(const sk::models::SsoRoute &route);
    void failed(const sk::api::ApiError &error);

private:
    void onConnections(std::vector<entities::ListConnection> connections);
    void checkCandidates(std::vector<std::string> organizationIds);
    void finishWithDomains(std::vector<entities::ListConnection> connections,
                           std::vector<entities::Domain> domains);
    void finish();
    void fail(const api::ApiError &error);

    services::Services *m_services;
    QPointer<QObject> m_scope; // owns the requests of the current resolution
    SsoRoute m_route;
};

} // namespace sk::models

Q_DECLARE_METATYPE(sk::models::SsoRoute)
