#pragma once

#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace sk::api {

// A request failure as a value. Every failed call completes with exactly one of these.
struct FieldViolation
{
    QString field;
    QString description;
    QString constraint;
};

// ErrorInfo.tool_error_info: why POST /execute_tool failed (TOOL_ERROR from the provider, or
// an account that is not ACTIVE).
struct ToolError
{
    QString executionId;
    QString message;
    QString code;
};

struct ApiError
{
    enum class Kind {
        Network,      // no answer: refused, reset, DNS, TLS, dropped
        Timeout,      // no answer in time
        Unauthorized, // 401: credentials or token rejected
        Forbidden,    // 403
        NotFound,     // 404
        Conflict,     // 409
        Validation,   // 400 (and 422): the request was understood and rejected
        RateLimited,  // 429
        Server,       // 5xx
        BadResponse,  // 2xx whose body is not what the API promises
        Cancelled,    // the caller cancelled
        Insecure,     // refused before sending: plain http to a host that is not loopback
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString message;   // the server's message, or a description of the transport failure
    QString errorCode; // ErrorInfo.error_code, when the server sent one
    QString requestId; // ErrorInfo.request_info.request_id, for support tickets
    QList<FieldViolation> fieldViolations;
    std::chrono::milliseconds retryAfter{0}; // from Retry-After on 429/503
    std::optional<ToolError> toolError;      // ErrorInfo.tool_error_info, when sent

    // One human sentence for the kind, with what to do about it.
    QString sentence() const;
    // The sentence, the server's message and the request id, for a dialog or stderr.
    QString describe() const;
    static QString kindName(Kind kind);

    // Reads a google.rpc.Status body (never throws: garbage yields just the status).
    static ApiError fromHttp(int status, const QByteArray &body);
    static ApiError make(Kind kind, QString message, int httpStatus = 0);
    // errorCode of a Network error whose TLS handshake failed (no server sent it).
    static constexpr const char *kTlsFailed = "TLS_HANDSHAKE_FAILED";
};

// Maps an HTTP status to the error kind (reference §3.4).
ApiError::Kind errorKindForStatus(int status);

} // namespace sk::api
