#include "sandbox/apierrors.h"

#include <QDateTime>
#include <QLocale>

#include <nlohmann/json.hpp>

namespace sk::sandbox::apierrors {

namespace {
constexpr int kInvalidArgument = 3;
constexpr int kNotFound = 5;
constexpr int kAlreadyExists = 6;
constexpr int kResourceExhausted = 8;
constexpr int kFailedPrecondition = 9;
constexpr int kUnimplemented = 12;
constexpr int kUnavailable = 14;
constexpr int kUnauthenticated = 16;
} // namespace

int httpStatusForGrpc(int grpcCode)
{
    switch (grpcCode) {
    case 0: return 200;
    case 1: return 499;
    case 3: case 9: case 11: return 400;
    case 4: return 504;
    case 5: return 404;
    case 6: case 10: return 409;
    case 7: return 403;
    case 8: return 429;
    case 12: return 501;
    case 14: return 503;
    case 16: return 401;
    default: return 500;
    }
}

namespace {

nlohmann::json errorInfo(const std::string &errorCode, const std::string &requestId)
{
    return {
        {"@type", "type.googleapis.com/scalekit.v1.errdetails.ErrorInfo"},
        {"error_code", errorCode},
        {"request_info", {{"request_id", requestId}, {"serving_data", "scalekit-sandbox"}}},
    };
}

HttpResponse statusWith(int grpcCode, const std::string &message, const nlohmann::json &info)
{
    const nlohmann::json body = {{"code", grpcCode}, {"message", message}, {"details", nlohmann::json::array({info})}};
    return HttpResponse::json(body, httpStatusForGrpc(grpcCode));
}

} // namespace

HttpResponse toolError(int grpcCode, const std::string &message, const std::string &errorCode,
                       const std::string &requestId, const std::string &executionId, const std::string &toolErrorCode)
{
    nlohmann::json info = errorInfo(errorCode, requestId);
    info["tool_error_info"] = {{"execution_id", executionId}, {"tool_error_message", message},
                               {"tool_error_code", toolErrorCode}};
    return statusWith(grpcCode, message, info);
}

HttpResponse status(int grpcCode, const std::string &message, const std::string &errorCode,
                    const std::string &requestId, const std::vector<FieldViolation> &violations)
{
    nlohmann::json info = errorInfo(errorCode, requestId);
    if (!violations.empty()) {
        nlohmann::json list = nlohmann::json::array();
        for (const FieldViolation &v : violations)
            list.push_back({{"field", v.field}, {"description", v.description}, {"constraint", v.constraint}});
        info["validation_error_info"] = {{"field_violations", list}};
    }
    return statusWith(grpcCode, message, info);
}

HttpResponse invalidArgument(const std::string &requestId, const std::vector<FieldViolation> &violations,
                             const std::string &message)
{
    std::string text = message;
    if (text.empty()) {
        text = "invalid request";
        if (!violations.empty())
            text = violations.front().field + ": " + violations.front().description;
    }
    return status(kInvalidArgument, text, "INVALID_ARGUMENT", requestId, violations);
}

HttpResponse invalidField(const std::string &requestId, const std::string &field, const std::string &description,
                          const std::string &constraint)
{
    return invalidArgument(requestId, {{field, description, constraint}});
}

HttpResponse failedPrecondition(const std::string &requestId, const std::string &message)
{
    return status(kFailedPrecondition, message, "FAILED_PRECONDITION", requestId);
}

HttpResponse unauthenticated(const std::string &requestId, const std::string &message)
{
    return status(kUnauthenticated, message, "UNAUTHENTICATED", requestId);
}

HttpResponse notFound(const std::string &requestId, const std::string &what, const std::string &id)
{
    return status(kNotFound, what + " not found: " + id, "RESOURCE_NOT_FOUND", requestId);
}

HttpResponse alreadyExists(const std::string &requestId, const std::string &message)
{
    return status(kAlreadyExists, message, "ALREADY_EXISTS", requestId);
}

HttpResponse fieldTaken(const std::string &requestId, const std::string &field, const std::string &message)
{
    return status(kAlreadyExists, message, "ALREADY_EXISTS", requestId, {{field, message, "unique"}});
}

HttpResponse unavailable(const std::string &requestId)
{
    return status(kUnavailable, "service temporarily unavailable (sandbox fault injection)", "UNAVAILABLE",
                  requestId);
}

HttpResponse rateLimited(const std::string &requestId, int retryAfterSeconds, bool httpDate)
{
    HttpResponse r = status(kResourceExhausted, "rate limit exceeded", "RATE_LIMIT_EXCEEDED", requestId);
    if (!httpDate) {
        r.addHeader("Retry-After", QByteArray::number(retryAfterSeconds));
        return r;
    }
    const qint64 nextSecond = (QDateTime::currentMSecsSinceEpoch() / 1000 + 1) * 1000;
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(nextSecond + qint64(retryAfterSeconds) * 1000, Qt::UTC);
    r.addHeader("Retry-After", QLocale::c().toString(when, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'").toLatin1());
    return r;
}

HttpResponse unimplemented(const std::string &requestId, const std::string &message)
{
    return status(kUnimplemented, message, "UNIMPLEMENTED", requestId);
}

HttpResponse methodNotAllowed(const std::string &requestId)
{
    HttpResponse r = status(kUnimplemented, "Method Not Allowed", "METHOD_NOT_ALLOWED", requestId);
    r.status = 405;
    return r;
}

HttpResponse routeNotFound(const std::string &requestId)
{
    return status(kNotFound, "Not Found", "NOT_FOUND", requestId);
}

} // namespace sk::sandbox::apierrors
