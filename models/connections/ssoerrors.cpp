#include "models/connections/ssoerrors.h"

#include "models/connections/connectionformat.h"
#include "models/core/displayformat.h"

#include <QCoreApplication>

namespace sk::models::ssoerrors {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sk::models::ssoerrors", text);
}

QList<SsoErrorCode> build()
{
    auto integration = [](const char *code, const QString &meaning, const QString &resolution) {
        return SsoErrorCode { QString::fromLatin1(code), meaning, resolution, false };
    };
    auto configuration = [](const char *code, const QString &meaning, const QString &resolution) {
        return SsoErrorCode { QString::fromLatin1(code), meaning, resolution, true };
    };
    const QString contact = tr("This should be rare: contact Scalekit support with the request time.");
    return {
        integration("invalid_redirect_uri", tr("The redirect URI is not in the environment's approved list."),
                    tr("Add the URL to the allowed redirect URIs in the Scalekit dashboard.")),
        integration("invalid_connection_selector",
                    tr("The authorization URL named no organization, connection, domain or provider."),
                    tr("Pass organization_id, connection_id, domain or provider in the authorization URL.")),
        integration("no_active_connections", tr("No active SSO connection can handle this sign-in."),
                    tr("Set up and enable an SSO connection for the organization.")),
        integration("connection_not_active", tr("The connection the sign-in was routed to is not active."),
                    tr("Finish the connection's configuration and enable it.")),
        integration("no_configured_connections", tr("No SSO connection is configured."),
                    tr("Create an SSO connection for the organization (or send its admin a portal link).")),
        integration("invalid_organization_id", tr("The organization ID in the request does not exist."),
                    tr("Use a valid organization ID.")),
        integration("invalid_connection_id", tr("The connection ID in the request does not exist."),
                    tr("Use a valid connection ID.")),
        integration("domain_not_found", tr("No SSO connection has the user's domain."),
                    tr("Add the domain to the organization, verify it, and assign it to the connection.")),
        integration("invalid_user_domain", tr("The user's email domain is not allowed for this connection."),
                    tr("Add the user's domain to the connection's domains.")),
        integration("invalid_client", tr("The client application is unknown or misconfigured."),
                    tr("Check the client_id in the authorization URL.")),
        integration("application_not_active", tr("The application is inactive."),
                    tr("Enable the application in the Scalekit dashboard.")),
        integration("invalid_request", tr("The authorization request has invalid or missing parameters."),
                    tr("Review the authorization URL's parameters.")),
        integration("unauthorized", tr("The request was not authorized."), tr("Check the credentials used.")),
        integration("user_not_active", tr("The user's account is inactive."),
                    tr("Activate the user, or ask the customer's IT admin.")),
        integration("server_error", tr("Scalekit failed while handling the sign-in."), contact),
        configuration("mandatory_attribute_missing", tr("The IdP did not send a required user attribute."),
                      tr("Map every mandatory attribute (email, names) in the IdP.")),
        configuration("invalid_id_token", tr("The IdP's ID token was invalid."),
                      tr("Check that the identity provider works and its issuer is right.")),
        configuration("failed_to_exchange_token",
                      tr("Exchanging the code for tokens failed: usually a wrong client secret."),
                      tr("Update the connection's client secret with the IdP's current one.")),
        configuration("user_info_retrieve_failed",
                      tr("Fetching the user's profile failed, possibly a wrong client secret."),
                      tr("Update the client secret; if that does not help, contact Scalekit support.")),
        configuration("invalid_saml_metadata", tr("The SAML metadata is wrong."),
                      tr("Correct the IdP metadata URL.")),
        configuration("invalid_saml_response", tr("The IdP's SAML response was invalid."),
                      tr("Review the SAML settings on both sides.")),
        configuration("invalid_saml_request", tr("The SAML request was invalid."),
                      tr("Check the SAML configuration in Scalekit and in the IdP.")),
        configuration("invalid_saml_form_params", tr("The SAML form parameters were malformed."),
                      tr("Review the format of the IdP's SAML response.")),
        configuration(
            "signature_validation_failed",
            tr("The SAML signature did not validate (often an expired or replaced IdP certificate)."),
            tr("Upload the IdP's current signing certificate; check the ACS URL in the IdP.")),
        configuration("invalid_acs_url", tr("The ACS URL is wrong."),
                      tr("Set the ACS URL in the IdP to the connection's ACS URL.")),
        configuration("invalid_assertion_url", tr("The assertion URL in the SAML request is wrong."),
                      tr("Set the ACS URL in the IdP to the connection's ACS URL.")),
        configuration("invalid_status", tr("The IdP answered with an error status."),
                      tr("Review the SAML settings in the IdP.")),
        configuration("malformed_saml_response", tr("The SAML response could not be read."),
                      tr("Make sure the IdP sends a well-formed SAML response.")),
        configuration("assertion_expired",
                      tr("The SAML assertion had expired (clock skew between IdP and Scalekit)."), contact),
        configuration("response_expired",
                      tr("The SAML response had expired (clock skew between IdP and Scalekit)."), contact),
        configuration("authentication_not_completed", tr("The user did not finish signing in at the IdP."),
                      tr("Ask the user to complete the sign-in at their identity provider.")),
        configuration("user_login_required", tr("The user must sign in again to continue."),
                      tr("Send the user to the login page.")),
    };
}

} // namespace

const QList<SsoErrorCode> &all()
{
    static const QList<SsoErrorCode> codes = build();
    return codes;
}

std::optional<SsoErrorCode> find(const QString &code)
{
    const QString key = code.trimmed();
    for (const SsoErrorCode &e : all()) {
        if (e.code.compare(key, Qt::CaseInsensitive) == 0)
            return e;
    }
    return std::nullopt;
}

FailureExplanation explainFailure(const entities::AuthLogRequest &log,
                                  const std::optional<entities::Connection> &connection, bool deleted,
                                  const QDateTime &now)
{
    using entities::ConnectionType;
    FailureExplanation out;
    if (log.connectionId.empty()) {
        out.summary
            = tr("This sign-in used no SSO connection (%1 via %2), so no SSO error applies; the log does "
                 "not record why it failed.")
                  .arg(text(log.connectionType), text(log.connectionProvider));
        return out;
    }
    if (deleted) {
        out.error = find(QStringLiteral("invalid_connection_id"));
        out.summary = tr("The connection %1 no longer exists: it was deleted after this sign-in.")
                          .arg(text(log.connectionId));
        return out;
    }
    if (!connection) {
        out.summary = tr("The connection could not be read, so the cause cannot be told.");
        return out;
    }
    const entities::Connection &c = *connection;
    if (!connectionformat::isCompleted(c.status)) {
        out.error = find(QStringLiteral("connection_not_active"));
        out.summary
            = tr("The connection is %1, not COMPLETED: its IdP side is not fully configured, so sign-ins "
                 "through it fail.")
                  .arg(text(c.status.displayName()));
        return out;
    }
    if (!c.enabled) {
        out.error = find(QStringLiteral("connection_not_active"));
        out.summary = tr("The connection is disabled, so sign-ins through it fail.");
        return out;
    }
    const QString email = text(log.email);
    const QString domain = email.section(QLatin1Char('@'), -1).toLower();
    if (!c.domains.empty() && email.contains(QLatin1Char('@'))
        && std::none_of(c.domains.begin(), c.domains.end(), [&](const entities::Domain &d) {
               return text(d.domain).compare(domain, Qt::CaseInsensitive) == 0;
           })) {
        out.error = find(QStringLiteral("invalid_user_domain"));
        out.summary = tr("%1 is not one of the connection's domains.").arg(domain);
        return out;
    }
    if (c.samlConfig && !c.samlConfig->idpCertificates.empty()) {
        const bool allExpired
            = std::all_of(c.samlConfig->idpCertificates.begin(), c.samlConfig->idpCertificates.end(),
                          [&](const entities::IdpCertificate &cert) {
                              return connectionformat::certificateState(cert, now)
                                  == connectionformat::CertificateState::Expired;
                          });
        if (allExpired) {
            out.error = find(QStringLiteral("signature_validation_failed"));
            out.summary
                = tr("Every IdP signing certificate of the connection has expired, so SAML signatures no "
                     "longer validate.");
            return out;
        }
    }
    out.summary
        = tr("Nothing is wrong with the connection as it is now (enabled, COMPLETED, domain allowed). "
             "The log does not record the IdP's error; the usual causes for %1 are below.")
              .arg(connectionformat::typeName(c.type));
    const QStringList typical = c.type.value == ConnectionType::Oidc
        ? QStringList { QStringLiteral("failed_to_exchange_token"), QStringLiteral("invalid_id_token"),
                        QStringLiteral("mandatory_attribute_missing"),
                        QStringLiteral("authentication_not_completed") }
        : QStringList { QStringLiteral("signature_validation_failed"),
                        QStringLiteral("invalid_saml_response"),
                        QStringLiteral("mandatory_attribute_missing"),
                        QStringLiteral("authentication_not_completed") };
    for (const QString &code : typical)
        out.typical << *find(code);
    return out;
}

} // namespace sk::models::ssoerrors
