#include "sandbox/faultinjector.h"

#include "services/json/boundedparse.h"

#include <algorithm>
#include <iterator>

namespace sk::sandbox {

namespace {
constexpr const char *kKindNames[] = {"none", "unavailable", "rate_limited", "drop", "malformed", "truncated",
                                     "unauthorized"};
constexpr int kKinds = int(std::size(kKindNames));
} // namespace

FaultInjector::FaultInjector(std::uint64_t seed, const FaultSettings &settings)
    : m_settings(settings)
    , m_random(seed ^ 0x9e3779b97f4a7c15ULL)
{
    m_clock.start();
}

void FaultInjector::setSettings(const FaultSettings &settings)
{
    m_settings = settings;
}

const char *FaultInjector::kindName(Kind kind)
{
    return kKindNames[int(kind)];
}

bool FaultInjector::kindFromName(const std::string &name, Kind *kind)
{
    for (int i = 0; i < kKinds; ++i) {
        if (name == kKindNames[i]) {
            *kind = Kind(i);
            return true;
        }
    }
    return false;
}

FaultInjector::Decision FaultInjector::decide(const std::string &path, bool apiRequest)
{
    Decision d;
    d.delayMs = m_settings.latencyMs;
    d.retryAfterSeconds = m_retryAfterSeconds;
    d.retryAfterDate = m_retryAfterDate;
    ++m_requests;

    if (!m_script.empty() && (m_scriptPath.empty() || path == m_scriptPath)
        && (apiRequest || m_script.front() != Kind::Unauthorized)) {
        d.kind = m_script.front();
        m_script.pop_front();
        ++m_counts[int(d.kind)];
        return d;
    }
    if (apiRequest && m_rejectTokens) {
        d.kind = Kind::Unauthorized;
        ++m_counts[int(d.kind)];
        return d;
    }

    if (m_settings.rateLimit > 0) {
        const qint64 now = m_clock.elapsed();
        if (now - m_windowStartMs >= 1000) {
            m_windowStartMs = now - (now - m_windowStartMs) % 1000;
            m_windowCount = 0;
        }
        if (++m_windowCount > m_settings.rateLimit) {
            d.kind = Kind::RateLimited;
            ++m_counts[int(d.kind)];
            return d;
        }
    }

    const double drop = m_settings.dropRate;
    const double error = m_settings.errorRate;
    const double malformed = m_settings.malformedRate;
    if (drop <= 0 && error <= 0 && malformed <= 0)
        return d;

    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    const double u = uniform(m_random);
    if (u < drop)
        d.kind = Kind::Drop;
    else if (u < drop + error)
        d.kind = Kind::Unavailable;
    else if (u < drop + error + malformed)
        d.kind = uniform(m_random) < 0.5 ? Kind::Malformed : Kind::Truncated;
    ++m_counts[int(d.kind)];
    return d;
}

std::string FaultInjector::corrupt(const std::string &body, Kind kind) const
{
    if (kind == Kind::Truncated) {
        // Cut well inside the document so that it can never parse as complete JSON.
        const std::size_t keep = std::max<std::size_t>(1, body.size() / 2);
        return body.substr(0, std::min(keep, body.size() > 1 ? body.size() - 1 : 0));
    }
    return "<html><body>502 Bad Gateway</body></html>{\"sandbox\": not json";
}

std::string FaultInjector::rewriteTotalSize(std::string body) const
{
    if (m_totalSize.is_null())
        return body;
    nlohmann::json answer = json::parseBounded(body, json::kMaxResponseDepth);
    if (!answer.is_object() || !answer.contains("total_size"))
        return body;
    if (m_totalSize == "absent")
        answer.erase("total_size");
    else
        answer["total_size"] = m_totalSize;
    return answer.dump();
}

nlohmann::json FaultInjector::toJson() const
{
    nlohmann::json script = nlohmann::json::array();
    for (Kind k : m_script)
        script.push_back(kindName(k));
    nlohmann::json injected = nlohmann::json::object();
    for (int i = 1; i < kKinds; ++i)
        injected[kKindNames[i]] = m_counts[i];
    return {
        {"latency_ms", m_settings.latencyMs},
        {"error_rate", m_settings.errorRate},
        {"rate_limit", m_settings.rateLimit},
        {"drop_rate", m_settings.dropRate},
        {"malformed_rate", m_settings.malformedRate},
        {"token_ttl", m_settings.tokenTtlSeconds},
        {"script", script},
        {"script_path", m_scriptPath},
        {"injected", injected},
        {"requests", m_requests},
        {"retry_after", m_retryAfterSeconds},
        {"retry_after_form", m_retryAfterDate ? "date" : "seconds"},
        {"reject_tokens", m_rejectTokens},
        {"total_size", m_totalSize},
    };
}

bool FaultInjector::applyJson(const nlohmann::json &patch, std::string *error)
{
    if (!patch.is_object()) {
        *error = "body must be a JSON object";
        return false;
    }
    FaultSettings next = m_settings;
    std::deque<Kind> script = m_script;
    std::string scriptPath = m_scriptPath;
    const auto readInt = [&](const char *key, int min, int max, int &out) {
        if (!patch.contains(key))
            return true;
        const auto &v = patch[key];
        if (!v.is_number_integer() || v.get<long long>() < min || v.get<long long>() > max) {
            *error = std::string(key) + " must be an integer in " + std::to_string(min) + ".." + std::to_string(max);
            return false;
        }
        out = v.get<int>();
        return true;
    };
    const auto readRate = [&](const char *key, double &out) {
        if (!patch.contains(key))
            return true;
        const auto &v = patch[key];
        if (!v.is_number() || v.get<double>() < 0.0 || v.get<double>() > 1.0) {
            *error = std::string(key) + " must be a number between 0 and 1";
            return false;
        }
        out = v.get<double>();
        return true;
    };
    int retryAfter = m_retryAfterSeconds;
    if (!readInt("latency_ms", 0, 600000, next.latencyMs) || !readInt("rate_limit", 0, 10000000, next.rateLimit)
        || !readInt("retry_after", 0, 86400, retryAfter)
        || !readInt("token_ttl", 1, 315360000, next.tokenTtlSeconds) || !readRate("error_rate", next.errorRate)
        || !readRate("drop_rate", next.dropRate) || !readRate("malformed_rate", next.malformedRate)) {
        return false;
    }
    bool retryAfterDate = m_retryAfterDate;
    if (patch.contains("retry_after_form")) {
        const auto &form = patch["retry_after_form"];
        if (form != "seconds" && form != "date") {
            *error = "retry_after_form must be \"seconds\" or \"date\"";
            return false;
        }
        retryAfterDate = form == "date";
    }
    bool rejectTokens = m_rejectTokens;
    if (patch.contains("reject_tokens")) {
        if (!patch["reject_tokens"].is_boolean()) {
            *error = "reject_tokens must be a boolean";
            return false;
        }
        rejectTokens = patch["reject_tokens"].get<bool>();
    }
    if (patch.contains("script")) {
        const auto &list = patch["script"];
        if (!list.is_array()) {
            *error = "script must be an array of fault names";
            return false;
        }
        script.clear();
        for (const auto &item : list) {
            Kind kind = Kind::None;
            if (!item.is_string() || !kindFromName(item.get<std::string>(), &kind)) {
                *error = "unknown fault in script; expected none, unavailable, rate_limited, drop, malformed, "
                         "truncated, unauthorized";
                return false;
            }
            script.push_back(kind);
        }
    }
    if (patch.contains("script_path")) {
        if (!patch["script_path"].is_string()) {
            *error = "script_path must be a path string (empty: every request)";
            return false;
        }
        scriptPath = patch["script_path"].get<std::string>();
    } else if (patch.contains("script")) {
        scriptPath.clear(); // a new script without a path applies to every request
    }
    m_settings = next;
    m_script = std::move(script);
    m_scriptPath = std::move(scriptPath);
    m_retryAfterSeconds = retryAfter;
    m_retryAfterDate = retryAfterDate;
    m_rejectTokens = rejectTokens;
    if (patch.contains("total_size"))
        m_totalSize = patch["total_size"];
    m_windowCount = 0;
    return true;
}

} // namespace sk::sandbox
