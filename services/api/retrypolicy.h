#pragma once

#include "services/api/apierror.h"

#include <chrono>
#include <optional>
#include <random>

namespace sk::api {

// When and how long to wait before trying a failed request again: exponential backoff with
// full jitter on transport failures and 502/503/504, Retry-After on 429, a bounded number of
// attempts, and never for a request that is not idempotent.
class RetryPolicy
{
public:
    int maxAttempts = 5;
    std::chrono::milliseconds baseDelay{200};
    std::chrono::milliseconds maxDelay{8000};
    std::chrono::milliseconds maxRetryAfter{60000};

    // The delay before attempt `attempt + 1`, or nullopt to give up. `attempt` counts from 1.
    std::optional<std::chrono::milliseconds> nextDelay(const ApiError &error, int attempt, bool idempotent);

    static bool isTransient(const ApiError &error);

private:
    std::minstd_rand m_random{std::random_device{}()};
};

} // namespace sk::api
