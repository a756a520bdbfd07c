#pragma once

#include "services/entities/authlogrequest.h"
#include "services/entities/connection.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sk::models {

// The sign-in error codes Scalekit sends to the application's redirect URI (`error=`), from the
// product docs ("Error handling during single sign-on"): what each means and what fixes it.
struct SsoErrorCode
{
    QString code;
    QString meaning; // plain words
    QString resolution; // what to do
    bool configuration = false; // an SSO configuration error (else an integration error)
};

namespace ssoerrors {

const QList<SsoErrorCode> &all();
std::optional<SsoErrorCode> find(const QString &code); // case-insensitive, trimmed

// Why a FAILED sign-in failed, in plain words. The log record carries no error code (its
// schema has none), so this reads the connection as it is now: gone, disabled, not COMPLETED,
// the email outside its domains, an expired signing certificate. `connection` is the full
// connection (nullopt when it could not be fetched; `deleted` when the API said it is gone).
struct FailureExplanation
{
    QString summary; // one sentence
    std::optional<SsoErrorCode> error; // the sign-in error this state produces, when one does
    QList<SsoErrorCode> typical; // when nothing is visibly wrong: the usual codes for this type
};
FailureExplanation explainFailure(const entities::AuthLogRequest &log,
                                  const std::optional<entities::Connection> &connection, bool deleted,
                                  const QDateTime &now);

} // namespace ssoerrors
} // namespace sk::models
