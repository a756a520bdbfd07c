#include "app/console/cli/cliexit.h"

#include <cstdio>

namespace sk::app::cli {

ExitCode exitCodeFor(const api::ApiError &error)
{
    using Kind = api::ApiError::Kind;
    switch (error.kind) {
    case Kind::Unauthorized:
    case Kind::Forbidden: return ExitAuth;
    case Kind::NotFound: return ExitNotFound;
    case Kind::Validation:
    case Kind::Conflict: return ExitValidation;
    case Kind::Insecure: return ExitUsage;
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::Server:
    case Kind::BadResponse:
    case Kind::Cancelled: return ExitUnavailable;
    }
    return ExitUnavailable;
}

int reportFailure(const QString &what, const api::ApiError &error)
{
    std::fprintf(stderr, "scalekit-console: %s failed: %s\n", qUtf8Printable(what), qUtf8Printable(error.describe()));
    return exitCodeFor(error);
}

int reportUsage(const QString &message)
{
    std::fprintf(stderr, "scalekit-console: %s\nTry 'scalekit-console --help'.\n", qUtf8Printable(message));
    return ExitUsage;
}

} // namespace sk::app::cli
