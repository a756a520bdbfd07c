#include "services/entities/errorstatus.h"

namespace sk::entities {

namespace {

template <typename Io, typename Self>
void errorInfoFields(Io &io, Self &o)
{
    io("@type", o.type);
    io("error_code", o.errorCode);
    io("debug_info", o.debugInfo);
    io("help_info", o.helpInfo);
    io("localized_message_info", o.localizedMessageInfo);
    io("resource_info", o.resourceInfo);
    io("request_info", o.requestInfo);
    io("validation_error_info", o.validationErrorInfo);
    io("tool_error_info", o.toolErrorInfo);
}

template <typename Io, typename Self>
void resourceInfoFields(Io &io, Self &o)
{
    io("resource_name", o.resourceName);
    io("owner", o.owner);
    io("description", o.description);
    io("required_permissions", o.requiredPermissions);
    io("user", o.user);
}

template <typename Io, typename Self>
void toolErrorFields(Io &io, Self &o)
{
    io("execution_id", o.executionId);
    io("tool_error_message", o.toolErrorMessage);
    io("tool_error_code", o.toolErrorCode);
}

} // namespace

int httpStatusForGrpcCode(std::int32_t code)
{
    switch (code) {
    case grpccode::kOk: return 200;
    case grpccode::kInvalidArgument:
    case grpccode::kFailedPrecondition:
    case grpccode::kOutOfRange: return 400;
    case grpccode::kUnauthenticated: return 401;
    case grpccode::kPermissionDenied: return 403;
    case grpccode::kNotFound: return 404;
    case grpccode::kAlreadyExists:
    case grpccode::kAborted: return 409;
    case grpccode::kResourceExhausted: return 429;
    case grpccode::kCancelled: return 499;
    case grpccode::kUnimplemented: return 501;
    case grpccode::kUnavailable: return 503;
    case grpccode::kDeadlineExceeded: return 504;
    default: return 500;
    }
}

ErrorStatus ErrorStatus::make(std::int32_t code, std::string message, std::string errorCode)
{
    ErrorStatus status;
    status.code = code;
    status.message = std::move(message);
    if (!errorCode.empty()) {
        ErrorInfo info;
        info.type = std::string(kErrorInfoTypeUrl);
        info.errorCode = std::move(errorCode);
        status.details.push_back(std::move(info));
    }
    return status;
}

const ErrorInfo *ErrorStatus::errorInfo() const
{
    for (const auto &detail : details)
        if (detail.isErrorInfo() || !detail.errorCode.empty())
            return &detail;
    return nullptr;
}

std::string ErrorStatus::errorCode() const
{
    const ErrorInfo *info = errorInfo();
    return info ? info->errorCode : std::string();
}

std::string ErrorStatus::requestId() const
{
    for (const auto &detail : details)
        if (detail.requestInfo && !detail.requestInfo->requestId.empty())
            return detail.requestInfo->requestId;
    return {};
}

std::vector<FieldViolation> ErrorStatus::fieldViolations() const
{
    std::vector<FieldViolation> out;
    for (const auto &detail : details)
        if (detail.validationErrorInfo)
            out.insert(out.end(), detail.validationErrorInfo->fieldViolations.begin(),
                       detail.validationErrorInfo->fieldViolations.end());
    return out;
}

void from_json(const nlohmann::json &j, FieldViolation &o)
{
    const json::Reader r(j);
    r("field", o.field)("description", o.description)("constraint", o.constraint);
}

void to_json(nlohmann::json &j, const FieldViolation &o)
{
    json::Writer w(j);
    w("field", o.field)("description", o.description)("constraint", o.constraint);
}

void from_json(const nlohmann::json &j, ValidationErrorInfo &o) { const json::Reader r(j); r("field_violations", o.fieldViolations); }
void to_json(nlohmann::json &j, const ValidationErrorInfo &o) { json::Writer w(j); w("field_violations", o.fieldViolations); }
void from_json(const nlohmann::json &j, RequestInfo &o) { const json::Reader r(j); r("request_id", o.requestId)("serving_data", o.servingData); }
void to_json(nlohmann::json &j, const RequestInfo &o) { json::Writer w(j); w("request_id", o.requestId)("serving_data", o.servingData); }
void from_json(const nlohmann::json &j, DebugInfo &o) { const json::Reader r(j); r("stack_entries", o.stackEntries)("detail", o.detail); }
void to_json(nlohmann::json &j, const DebugInfo &o) { json::Writer w(j); w("stack_entries", o.stackEntries)("detail", o.detail); }
void from_json(const nlohmann::json &j, HelpLink &o) { const json::Reader r(j); r("description", o.description)("url", o.url); }
void to_json(nlohmann::json &j, const HelpLink &o) { json::Writer w(j); w("description", o.description)("url", o.url); }
void from_json(const nlohmann::json &j, HelpInfo &o) { const json::Reader r(j); r("links", o.links); }
void to_json(nlohmann::json &j, const HelpInfo &o) { json::Writer w(j); w("links", o.links); }
void from_json(const nlohmann::json &j, LocalizedMessageInfo &o) { const json::Reader r(j); r("locale", o.locale)("message", o.message); }
void to_json(nlohmann::json &j, const LocalizedMessageInfo &o) { json::Writer w(j); w("locale", o.locale)("message", o.message); }
void from_json(const nlohmann::json &j, ResourceInfo &o) { const json::Reader r(j); resourceInfoFields(r, o); }
void to_json(nlohmann::json &j, const ResourceInfo &o) { json::Writer w(j); resourceInfoFields(w, o); }
void from_json(const nlohmann::json &j, ToolErrorInfo &o) { const json::Reader r(j); toolErrorFields(r, o); }
void to_json(nlohmann::json &j, const ToolErrorInfo &o) { json::Writer w(j); toolErrorFields(w, o); }
void from_json(const nlohmann::json &j, ErrorInfo &o) { const json::Reader r(j); errorInfoFields(r, o); }
void to_json(nlohmann::json &j, const ErrorInfo &o) { json::Writer w(j); errorInfoFields(w, o); }

void from_json(const nlohmann::json &j, ErrorStatus &o)
{
    const json::Reader r(j);
    r("code", o.code)("message", o.message)("details", o.details);
}

void to_json(nlohmann::json &j, const ErrorStatus &o)
{
    json::Writer w(j);
    w("code", o.code)("message", o.message)("details", o.details);
}

} // namespace sk::entities
