#pragma once

#include "services/credentials/secretstore.h"

#include <functional>

namespace sk::app::cli {

// The headless commands wait for the keychain: these run one SecretStore operation to its end
// in a local event loop (bounded, in case a keychain prompt is never answered).
using SecretOperation = std::function<void(services::SecretStore &store, QObject *context,
                                           services::SecretStore::Done done)>;
services::SecretStore::Outcome waitForSecret(services::SecretStore &store, const SecretOperation &operation);

services::SecretStore::Outcome readSecret(services::SecretStore &store, const QString &profile);
services::SecretStore::Outcome writeSecret(services::SecretStore &store, const QString &profile, const QString &secret);
services::SecretStore::Outcome removeSecret(services::SecretStore &store, const QString &profile);
services::SecretStore::Outcome renameSecret(services::SecretStore &store, const QString &from, const QString &to);

// Reads the client secret from standard input: a hidden prompt on a terminal, otherwise
// everything piped in (surrounding whitespace and the final newline removed).
QString readSecretFromStdin(const QString &prompt);

} // namespace sk::app::cli
