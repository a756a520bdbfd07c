#pragma once

#include "services/api/apierror.h"

namespace sk::app::cli {

// The CLI's exit codes; scripts rely on them.
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 2,      // bad arguments, missing or unusable settings
    ExitAuth = 3,       // credentials rejected, not allowed
    ExitNotFound = 4,   // the organization, user, ... does not exist
    ExitValidation = 5, // the server rejected the request as invalid or conflicting
    ExitUnavailable = 6, // network or server failure after retries, unreadable answers
    ExitPartial = 7,     // some rows failed (listed on stderr); the others were written
    ExitToolFailed = 8,  // tools run: the tool could not run for the account, or failed (tool error on stderr)
    ExitNotReady = 9     // mcp auth-state: an MCP instance listed is not ready (a connection is not ACTIVE)
};

ExitCode exitCodeFor(const api::ApiError &error);

// Prints "scalekit-console: <what>: <error>" plus what to do, on stderr; returns the exit code.
int reportFailure(const QString &what, const api::ApiError &error);
int reportUsage(const QString &message);

} // namespace sk::app::cli
