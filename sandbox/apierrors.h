#pragma once

#include "sandbox/httpexchange.h"

#include <string>
#include <vector>

namespace sk::sandbox {

struct FieldViolation
{
    std::string field;
    std::string description;
    std::string constraint;
};

// google.rpc.Status error answers with an ErrorInfo detail (error_code, request_info.request_id and,
// for validation failures, validation_error_info.field_violations). See reference §3.4/§3.5.
namespace apierrors {

// grpcCode: the google.rpc.Code; the HTTP status follows the grpc-gateway table.
HttpResponse status(int grpcCode, const std::string &message, const std::string &errorCode,
                    const std::string &requestId, const std::vector<FieldViolation> &violations = {});

int httpStatusForGrpc(int grpcCode);

HttpResponse invalidArgument(const std::string &requestId, const std::vector<FieldViolation> &violations,
                             const std::string &message = {});
HttpResponse invalidField(const std::string &requestId, const std::string &field, const std::string &description,
                          const std::string &constraint = "invalid");
HttpResponse failedPrecondition(const std::string &requestId, const std::string &message);
// A failed POST /execute_tool: the status with errorCode and an ErrorInfo.tool_error_info
// {execution_id, tool_error_message (= message), tool_error_code}.
HttpResponse toolError(int grpcCode, const std::string &message, const std::string &errorCode,
                       const std::string &requestId, const std::string &executionId, const std::string &toolErrorCode);
HttpResponse unauthenticated(const std::string &requestId, const std::string &message);
HttpResponse notFound(const std::string &requestId, const std::string &what, const std::string &id);
HttpResponse alreadyExists(const std::string &requestId, const std::string &message);
// ALREADY_EXISTS naming the field whose value is taken (a unique external_id, email, name).
HttpResponse fieldTaken(const std::string &requestId, const std::string &field, const std::string &message);
HttpResponse unavailable(const std::string &requestId);
// Retry-After in seconds, or (httpDate) as an IMF-fixdate that many seconds after the next whole second.
HttpResponse rateLimited(const std::string &requestId, int retryAfterSeconds, bool httpDate = false);
HttpResponse unimplemented(const std::string &requestId, const std::string &message);
HttpResponse methodNotAllowed(const std::string &requestId);
HttpResponse routeNotFound(const std::string &requestId);

} // namespace apierrors
} // namespace sk::sandbox
