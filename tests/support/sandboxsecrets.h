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
} // namespace secretkind

// Asks the sandbox, over plain HTTP with its own token (tests/integration/rawconnectedaccounts.h,
// code that shares nothing with the console's), for the secrets it holds and adds them to scan: the client
// secret; an access token, whole, and its JWT header segment (the same in every token this sandbox issues, so
// it finds the console's own tokens too); every MCP instance URL; every connected account's authorization
// details (OAuth access and refresh tokens, API keys, passwords). False (with *error) on failure.
bool collectSandboxSecrets(SandboxProcess &sandbox, SecretScan &scan, QString *error);

// The sandbox of a hygiene test: seed 7, this client secret, 60 connected accounts, 12 MCP
// instances (enough of each kind, quick to walk).
QStringList hygieneSandboxArguments(const QString &clientSecret);

// The patterns that find a secret the test never saw itself: a sandbox link path with its token
// (/magicLink/T, /connect/T, /mcp/mcpi_ID/T), a bearer header, a form-encoded client secret.
void addSecretPatterns(SecretScan &scan);

} // namespace sk::test
