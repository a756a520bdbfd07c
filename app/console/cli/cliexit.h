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
    // The command ran, and what it checked is not working (the details on stdout or stderr):
    // an MCP instance not ready, no working SSO route for an email, a directory needing
    // attention, a tool that could not run for the account. One code, so a script asks
    // "is it working?" the same way of every check.
    ExitNotReady = 8,
    ExitToolFailed = ExitNotReady, // tools run: the tool could not run for the account, or failed
    ExitAttention = ExitNotReady,  // directories list --check: a directory needs attention (named on stderr)
    ExitNoSsoRoute = ExitNotReady  // sso which: no working SSO connection applies to that email (reason printed)
};

ExitCode exitCodeFor(const api::ApiError &error);

// Prints "scalekit-console: <what>: <error>" plus what to do, on stderr; returns the exit code.
int reportFailure(const QString &what, const api::ApiError &error);
int reportUsage(const QString &message);

} // namespace sk::app::cli
