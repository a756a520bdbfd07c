#include "services/api/apierror.h"

#include "services/json/boundedparse.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace sk::api {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("sk::api::ApiError", text); }

QString stringAt(const nlohmann::json &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string())
        return {};
    return QString::fromStdString(it->get<std::string>());
}

void readDetail(const nlohmann::json &detail, ApiError &error)
{
    if (!detail.is_object())
        return;
    if (const QString code = stringAt(detail, "error_code"); !code.isEmpty())
        error.errorCode = code;
    if (const auto info = detail.find("request_info"); info != detail.end())
        error.requestId = stringAt(*info, "request_id");
    if (const auto tool = detail.find("tool_error_info"); tool != detail.end() && tool->is_object())
        error.toolError = ToolError{stringAt(*tool, "execution_id"), stringAt(*tool, "tool_error_message"),
                                    stringAt(*tool, "tool_error_code")};
    if (const auto validation = detail.find("validation_error_info"); validation != detail.end()
        && validation->is_object()) {
        const auto violations = validation->find("field_violations");
        if (violations != validation->end() && violations->is_array()) {
            for (const nlohmann::json &v : *violations) {
                if (v.is_object())
                    error.fieldViolations.append({stringAt(v, "field"), stringAt(v, "description"),
                                                  stringAt(v, "constraint")});
            }
        }
    }
}

} // namespace

ApiError::Kind errorKindForStatus(int status)
{
    switch (status) {
    case 400:
    case 422: return ApiError::Kind::Validation;
    case 401: return ApiError::Kind::Unauthorized;
    case 403: return ApiError::Kind::Forbidden;
    case 404: return ApiError::Kind::NotFound;
    case 409: return ApiError::Kind::Conflict;
    case 429: return ApiError::Kind::RateLimited;
    case 408:
    case 504: return ApiError::Kind::Timeout;
    default: break;
    }
    if (status >= 500)
        return ApiError::Kind::Server;
    if (status >= 200 && status < 300)
        return ApiError::Kind::BadResponse;
    return ApiError::Kind::Validation; // any other 4xx: the request was rejected as sent
}

ApiError ApiError::make(Kind kind, QString message, int httpStatus)
{
    ApiError error;
    error.kind = kind;
    error.message = std::move(message);
    error.httpStatus = httpStatus;
    return error;
}

ApiError ApiError::fromHttp(int status, const QByteArray &body)
{
    ApiError error = make(errorKindForStatus(status), {}, status);
    const nlohmann::json json = json::parseBounded(std::string_view(body.constData(), size_t(body.size())),
                                                   json::kMaxResponseDepth);
    if (json.is_object()) {
        error.message = stringAt(json, "message");
        if (error.message.isEmpty()) // OAuth-style token endpoint errors
            error.message = stringAt(json, "error_description");
        if (error.errorCode.isEmpty())
            error.errorCode = stringAt(json, "error");
        if (const auto details = json.find("details"); details != json.end() && details->is_array()) {
            for (const nlohmann::json &detail : *details)
                readDetail(detail, error);
        }
    }
    return error;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network: return QStringLiteral("Network");
    case Kind::Timeout: return QStringLiteral("Timeout");
    case Kind::Unauthorized: return QStringLiteral("Unauthorized");
    case Kind::Forbidden: return QStringLiteral("Forbidden");
    case Kind::NotFound: return QStringLiteral("NotFound");
    case Kind::Conflict: return QStringLiteral("Conflict");
    case Kind::Validation: return QStringLiteral("Validation");
    case Kind::RateLimited: return QStringLiteral("RateLimited");
    case Kind::Server: return QStringLiteral("Server");
    case Kind::BadResponse: return QStringLiteral("BadResponse");
    case Kind::Cancelled: return QStringLiteral("Cancelled");
    case Kind::Insecure: return QStringLiteral("Insecure");
    }
    return {};
}

QString ApiError::sentence() const
{
    switch (kind) {
    case Kind::Network:
        if (errorCode == QLatin1String(kTlsFailed))
            return tr("The secure (TLS) connection to the environment failed; check that the environment URL is "
                      "the Scalekit environment's https address and that the system trusts its certificate.");
        return tr("Could not reach the Scalekit environment; check the environment URL and your network.");
    case Kind::Timeout: return tr("The Scalekit environment did not answer in time; try again.");
    case Kind::Unauthorized:
        return tr("The environment rejected the credentials; check the client ID and secret.");
    case Kind::Forbidden: return tr("These credentials are not allowed to do this.");
    case Kind::NotFound: return tr("It does not exist, or no longer exists; refresh and try again.");
    case Kind::Conflict: return tr("It conflicts with something that already exists.");
    case Kind::Validation: return tr("The environment rejected the request as invalid; correct the highlighted fields.");
    case Kind::RateLimited: return tr("Too many requests; the environment asked us to slow down. Try again shortly.");
    case Kind::Server: return tr("The Scalekit environment had an internal problem; try again later.");
    case Kind::BadResponse: return tr("The environment sent an answer the console cannot read.");
    case Kind::Cancelled: return tr("The request was cancelled.");
    case Kind::Insecure:
        return tr("Refused to send credentials over plain HTTP; use an https:// environment URL.");
    }
    return {};
}

QString ApiError::describe() const
{
    QString text = sentence();
    if (!message.isEmpty())
        text += QStringLiteral(" (") + (httpStatus ? QString::number(httpStatus) + QStringLiteral(": ") : QString())
              + message + u')';
    for (const FieldViolation &violation : fieldViolations)
        text += QStringLiteral("\n  %1: %2").arg(violation.field, violation.description);
    if (!requestId.isEmpty())
        text += QStringLiteral("\n  request id: ") + requestId;
    return text;
}

} // namespace sk::api
