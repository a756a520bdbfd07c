#pragma once

#include "sandbox/sandboxoptions.h"

#include <nlohmann/json.hpp>

#include <QElapsedTimer>

#include <cstdint>
#include <deque>
#include <random>
#include <string>

namespace sk::sandbox {

// Decides, per API request, whether and how to misbehave. Deterministic for a given seed and
// request sequence (the rate limit also depends on wall-clock seconds, by nature).
// Besides the share-based settings, a script of forced faults can be queued for the next
// requests (PUT /_sandbox/faults {"script": ["unavailable", "drop", ...]}), which tests use.
// With "script_path" the script applies only to requests of that exact path (for instance
// "/api/v1/connected_accounts/magic_link"), so other traffic passes untouched.
// Run-time only knobs (PUT /_sandbox/faults, no command-line flag):
//   "retry_after": seconds a 429 asks for (default 1); "retry_after_form": "seconds" | "date"
//   (an IMF-fixdate, rounded up to the next whole second);
//   "reject_tokens": true answers every API request with 401, valid token or not (a script
//   entry "unauthorized" does it once; token requests never consume it);
//   "total_size": a JSON value written over every answer's top-level total_size (the string
//   "absent" removes it, null stops rewriting), to try counts the client cannot use.
class FaultInjector
{
public:
    enum class Kind { None, Unavailable, RateLimited, Drop, Malformed, Truncated, Unauthorized };

    struct Decision
    {
        Kind kind = Kind::None;
        int delayMs = 0;
        int retryAfterSeconds = 0;
        bool retryAfterDate = false; // send Retry-After as an HTTP-date
    };

    FaultInjector(std::uint64_t seed, const FaultSettings &settings);

    // path: the request's path, for a script_path-scoped script; apiRequest: an /api/ call
    // (token and public requests are never answered 401).
    Decision decide(const std::string &path = {}, bool apiRequest = true);

    // Applies the "total_size" rewrite to a JSON answer body (unchanged when not set).
    std::string rewriteTotalSize(std::string body) const;

    // Turns a well-formed body into a malformed (not JSON) or truncated one.
    std::string corrupt(const std::string &body, Kind kind) const;

    const FaultSettings &settings() const { return m_settings; }
    void setSettings(const FaultSettings &settings);

    nlohmann::json toJson() const;
    // Applies a partial update; returns false and sets *error on invalid input (nothing applied).
    bool applyJson(const nlohmann::json &patch, std::string *error);

    static const char *kindName(Kind kind);
    static bool kindFromName(const std::string &name, Kind *kind);

private:
    FaultSettings m_settings;
    std::mt19937_64 m_random;
    std::deque<Kind> m_script;
    std::string m_scriptPath; // empty: the script applies to every request
    QElapsedTimer m_clock;
    qint64 m_windowStartMs = 0;
    int m_windowCount = 0;
    std::uint64_t m_counts[7] = {};
    std::uint64_t m_requests = 0;
    int m_retryAfterSeconds = 1;
    bool m_retryAfterDate = false;
    bool m_rejectTokens = false;
    nlohmann::json m_totalSize; // null: no rewrite
};

} // namespace sk::sandbox
