#pragma once

#include "services/api/apierror.h"

#include <optional>

class QNetworkReply;

namespace sk::api {

// The ApiError a finished reply amounts to, or nullopt for a 2xx answer. TLS failures fail
// closed with their reason; Retry-After (seconds or an HTTP date) is read on 429 and 503.
std::optional<ApiError> errorFromReply(QNetworkReply *reply, const QByteArray &body, bool timedOut);

} // namespace sk::api
