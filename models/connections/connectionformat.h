#pragma once

#include "models/core/statusbadge.h"
#include "services/entities/connection.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace sk::models {

// How SSO connections read in the console, in one place for the table, the detail pane, the
// routing answer and the CLI: status badges, provider names, and certificate expiry. (Provider
// icons are ui/widgets/providericon's, by the wire name: ConnectionsModel gives it as
// kProviderKeyRole.)
namespace connectionformat {

// DRAFT, IN_PROGRESS, COMPLETED with what each means and what to do; anything else is
// "Unknown (RAW)" with StatusTone::Unknown and never counts as ready.
StatusBadge statusBadge(const entities::Enum<entities::ConnectionStatus> &status);
bool isCompleted(const entities::Enum<entities::ConnectionStatus> &status);
// The enabled column: "Enabled" (good) or "Disabled" (neutral).
StatusBadge enabledBadge(bool enabled);

// "Okta", "Microsoft Entra ID", "Google Workspace"...; unknown values raw.
QString providerName(const entities::Enum<entities::ConnectionProvider> &provider);
QString typeName(const entities::Enum<entities::ConnectionType> &type);

// The values a filter offers, as wire names (SSO providers; SAML and OIDC; the three statuses).
QStringList ssoProviderKeys();
QStringList ssoTypeKeys();
QStringList statusKeys();

// An IdP certificate's expiry: fine, expiring within kCertificateWarningDays, or expired.
inline constexpr int kCertificateWarningDays = 30;
enum class CertificateState { Valid, ExpiresSoon, Expired, NoExpiry };
CertificateState certificateState(const entities::IdpCertificate &certificate, const QDateTime &now);
// "expires 2027-01-10 (in 41 days)", "expires 2026-12-03 (in 3 days)", "expired 2026-11-21 (9 days ago)".
QString certificateExpiryText(const entities::IdpCertificate &certificate, const QDateTime &now);
// The worst state among a connection's certificates (Valid when it has none).
CertificateState worstCertificateState(const std::vector<entities::IdpCertificate> &certificates,
                                       const QDateTime &now);

} // namespace connectionformat
} // namespace sk::models
