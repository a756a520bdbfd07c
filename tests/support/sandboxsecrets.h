#pragma once

#include "tests/support/secretscan.h"

#include <QString>
#include <QStringList>

namespace sk::test {

class SandboxProcess;

// The secret kinds the hygiene tests search for.
namespace secretkind {
inline const QString clientSecret = QStringLiteral("client secret");
inline const QString accessToken = QStringLiteral("access token");
inline const QString portalLink = QStringLiteral("admin portal link");
inline const QString magicLink = QStringLiteral("magic (authorization) link");
inline const QString mcpUrl = QStringLiteral("MCP instance URL");
inline const QString accountToken = QStringLiteral("connected-account token");
inline const QString scimToken = QStringLiteral("SCIM bearer token");
inline const QString apiClientSecret = QStringLiteral("API-client secret");
// Every kind above: what a hygiene test must have found something of to search for.
inline const QStringList all
    = {clientSecret, accessToken, portalLink, magicLink, mcpUrl, accountToken, scimToken, apiClientSecret};
} // namespace secretkind

// Asks the sandbox, over plain HTTP with its own token (tests/integration/rawconnectedaccounts.h,
// code that shares nothing with the console's), for the secrets it holds and adds them to scan: the client
// secret; an access token, whole, and its JWT header segment (the same in every token this sandbox issues, so
// it finds the console's own tokens too); every MCP instance URL; every connected account's authorization
// details (OAuth access and refresh tokens, API keys, passwords). False (with *error) on failure.
bool collectSandboxSecrets(SandboxProcess &sandbox, SecretScan &scan, QString *error);

// Makes, over the raw client, the secrets the API shows once, in the first organization with a
// SCIM directory: that directory's bearer token and its rotated successor (secrets,
// secrets:regenerate), and a new API client's secret and a second one (create, add secret). Adds
// the four plain values to scan (as scimToken and apiClientSecret) and says which organization,
// directory and client, so a test can then read them back through the console. False (with
// *error) on failure.
struct OneTimeSecrets
{
    QString organizationId;
    QString directoryId;
    QString clientId;
};
bool makeOneTimeSecrets(SandboxProcess &sandbox, SecretScan &scan, OneTimeSecrets *made, QString *error);

// The sandbox of a hygiene test: seed 7, this client secret, 60 connected accounts, 12 MCP
// instances (enough of each kind, quick to walk).
QStringList hygieneSandboxArguments(const QString &clientSecret);

// The patterns that find a secret the test never saw itself: a sandbox link path with its token
// (/magicLink/T, /connect/T, /mcp/mcpi_ID/T), a bearer header, a form-encoded client secret, the
// sandbox's SCIM tokens (snd_scim_T) and API-client secrets (snd_T).
void addSecretPatterns(SecretScan &scan);

} // namespace sk::test
