#include "services/api/retrypolicy.h"

#include <algorithm>

namespace sk::api {

bool RetryPolicy::isTransient(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::BadResponse: // a truncated or corrupted body: the next try is whole
        return true;
    case ApiError::Kind::Server:
        return error.httpStatus == 502 || error.httpStatus == 503 || error.httpStatus == 504;
    default:
        return false;
    }
}

std::optional<std::chrono::milliseconds> RetryPolicy::nextDelay(const ApiError &error, int attempt, bool idempotent)
{
    if (!idempotent || attempt >= maxAttempts || !isTransient(error))
        return std::nullopt;
    if (error.retryAfter.count() > 0) {
        if (error.retryAfter > maxRetryAfter)
            return std::nullopt;
        return error.retryAfter;
    }
    const std::chrono::milliseconds ceiling = std::min(maxDelay, std::chrono::milliseconds(baseDelay.count() << std::min(attempt - 1, 16)));
    std::uniform_int_distribution<std::chrono::milliseconds::rep> jitter(ceiling.count() / 2, ceiling.count());
    return std::chrono::milliseconds(jitter(m_random));
}

} // namespace sk::api
