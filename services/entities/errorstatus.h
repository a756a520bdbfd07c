#pragma once

#include "services/json/jsonfields.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The error body (reference §3.5, §4.15): google.rpc.Status {code, message, details[]} whose
// details are Any-encoded scalekit.v1.errdetails.ErrorInfo objects. The sandbox writes it, the
// client reads it.
namespace sk::entities {

inline constexpr std::string_view kErrorInfoTypeUrl = "type.googleapis.com/scalekit.v1.errdetails.ErrorInfo";

// gRPC status codes (google.rpc.Code) used in Status.code.
namespace grpccode {
inline constexpr std::int32_t kOk = 0, kCancelled = 1, kUnknown = 2, kInvalidArgument = 3,
                              kDeadlineExceeded = 4, kNotFound = 5, kAlreadyExists = 6,
                              kPermissionDenied = 7, kResourceExhausted = 8, kFailedPrecondition = 9,
                              kAborted = 10, kOutOfRange = 11, kUnimplemented = 12, kInternal = 13,
                              kUnavailable = 14, kDataLoss = 15, kUnauthenticated = 16;
} // namespace grpccode

// The grpc-gateway HTTP status for a gRPC code (§3.4); 500 for anything unknown.
int httpStatusForGrpcCode(std::int32_t code);

// errdetails.ValidationErrorInfo.FieldViolation
struct FieldViolation
{
    std::string field;
    std::string description;
    std::string constraint;
    friend bool operator==(const FieldViolation &, const FieldViolation &) = default;
};

struct ValidationErrorInfo
{
    std::vector<FieldViolation> fieldViolations;
    friend bool operator==(const ValidationErrorInfo &, const ValidationErrorInfo &) = default;
};

struct RequestInfo
{
    std::string requestId;
    std::string servingData;
    friend bool operator==(const RequestInfo &, const RequestInfo &) = default;
};

struct DebugInfo
{
    std::vector<std::string> stackEntries;
    std::string detail;
    friend bool operator==(const DebugInfo &, const DebugInfo &) = default;
};

// errdetails.HelpInfo.Link
struct HelpLink
{
    std::string description;
    std::string url;
    friend bool operator==(const HelpLink &, const HelpLink &) = default;
};

struct HelpInfo
{
    std::vector<HelpLink> links;
    friend bool operator==(const HelpInfo &, const HelpInfo &) = default;
};

struct LocalizedMessageInfo
{
    std::string locale;
    std::string message;
    friend bool operator==(const LocalizedMessageInfo &, const LocalizedMessageInfo &) = default;
};

struct ResourceInfo
{
    std::string resourceName;
    std::string owner;
    std::string description;
    std::vector<std::string> requiredPermissions;
    std::string user;
    friend bool operator==(const ResourceInfo &, const ResourceInfo &) = default;
};

struct ToolErrorInfo
{
    std::string executionId;
    std::string toolErrorMessage;
    std::string toolErrorCode;
    friend bool operator==(const ToolErrorInfo &, const ToolErrorInfo &) = default;
};

// errdetails.ErrorInfo; `type` is the Any "@type" key. A details[] entry of another type decodes
// with only `type` set.
struct ErrorInfo
{
    std::string type;
    std::string errorCode;
    std::optional<DebugInfo> debugInfo;
    std::optional<HelpInfo> helpInfo;
    std::optional<LocalizedMessageInfo> localizedMessageInfo;
    std::optional<ResourceInfo> resourceInfo;
    std::optional<RequestInfo> requestInfo;
    std::optional<ValidationErrorInfo> validationErrorInfo;
    std::optional<ToolErrorInfo> toolErrorInfo;

    bool isErrorInfo() const { return type == kErrorInfoTypeUrl; }
    friend bool operator==(const ErrorInfo &, const ErrorInfo &) = default;
};

// google.rpc.Status
struct ErrorStatus
{
    std::int32_t code = 0;
    std::string message;
    std::vector<ErrorInfo> details;

    // A status with one ErrorInfo detail carrying errorCode (if not empty).
    static ErrorStatus make(std::int32_t code, std::string message, std::string errorCode = {});

    // The first detail that has an error_code or is typed ErrorInfo; nullptr when none.
    const ErrorInfo *errorInfo() const;
    std::string errorCode() const;                    // "" when none
    std::string requestId() const;                    // "" when none
    std::vector<FieldViolation> fieldViolations() const; // all violations of all details
    friend bool operator==(const ErrorStatus &, const ErrorStatus &) = default;
};

void from_json(const nlohmann::json &j, FieldViolation &o);
void to_json(nlohmann::json &j, const FieldViolation &o);
void from_json(const nlohmann::json &j, ValidationErrorInfo &o);
void to_json(nlohmann::json &j, const ValidationErrorInfo &o);
void from_json(const nlohmann::json &j, RequestInfo &o);
void to_json(nlohmann::json &j, const RequestInfo &o);
void from_json(const nlohmann::json &j, DebugInfo &o);
void to_json(nlohmann::json &j, const DebugInfo &o);
void from_json(const nlohmann::json &j, HelpLink &o);
void to_json(nlohmann::json &j, const HelpLink &o);
void from_json(const nlohmann::json &j, HelpInfo &o);
void to_json(nlohmann::json &j, const HelpInfo &o);
void from_json(const nlohmann::json &j, LocalizedMessageInfo &o);
void to_json(nlohmann::json &j, const LocalizedMessageInfo &o);
void from_json(const nlohmann::json &j, ResourceInfo &o);
void to_json(nlohmann::json &j, const ResourceInfo &o);
void from_json(const nlohmann::json &j, ToolErrorInfo &o);
void to_json(nlohmann::json &j, const ToolErrorInfo &o);
void from_json(const nlohmann::json &j, ErrorInfo &o);
void to_json(nlohmann::json &j, const ErrorInfo &o);
void from_json(const nlohmann::json &j, ErrorStatus &o);
void to_json(nlohmann::json &j, const ErrorStatus &o);

} // namespace sk::entities
