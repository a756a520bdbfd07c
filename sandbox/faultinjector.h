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
class FaultInjector
{
public:
    enum class Kind { None, Unavailable, RateLimited, Drop, Malformed, Truncated };

    struct Decision
    {
        Kind kind = Kind::None;
        int delayMs = 0;
        int retryAfterSeconds = 0;
    };

    FaultInjector(std::uint64_t seed, const FaultSettings &settings);

    // path: the request's path, for a script_path-scoped script.
    Decision decide(const std::string &path = {});

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
    std::uint64_t m_counts[6] = {};
};

} // namespace sk::sandbox
