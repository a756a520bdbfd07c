#pragma once

#include "sandbox/apierrors.h"
#include "sandbox/httpexchange.h"

#include "services/json/jsonfields.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace sk::sandbox {

// Collects buf.validate-style field violations for one request.
class Violations
{
public:
    void add(std::string field, std::string description, std::string constraint)
    {
        m_list.push_back({std::move(field), std::move(description), std::move(constraint)});
    }
    void length(const std::string &field, const std::string &value, std::size_t min, std::size_t max);
    void metadata(const std::string &field, const json::StringMap &map, std::size_t maxPairs);
    void email(const std::string &field, const std::string &value);
    void pattern(const std::string &field, const std::string &value, const char *regex, const char *description);

    bool empty() const { return m_list.empty(); }
    HttpResponse response(const std::string &requestId) const { return apierrors::invalidArgument(requestId, m_list); }

private:
    std::vector<FieldViolation> m_list;
};

// The request body as JSON; an empty body reads as {}. On malformed JSON returns nullopt and
// sets *error to a 400 answer.
std::optional<nlohmann::json> jsonBody(const HttpRequest &request, HttpResponse *error);

// Decodes the body as T with the shared codecs; type errors become 400 field violations.
template <typename T>
std::optional<T> decodeBody(const HttpRequest &request, HttpResponse *error)
{
    const auto body = jsonBody(request, error);
    if (!body)
        return std::nullopt;
    try {
        return json::decode<T>(*body);
    } catch (const json::DecodeError &e) {
        *error = apierrors::invalidField(request.requestId, e.path().empty() ? "body" : e.path(), e.reason(),
                                         "type");
        return std::nullopt;
    }
}

// {key: encode(value)}
template <typename T>
nlohmann::json wrap(const char *key, const T &value)
{
    nlohmann::json body = nlohmann::json::object();
    body[key] = json::encode(value);
    return body;
}

// A boolean query parameter ("true"/"false"/"1"/"0"); fallback when absent.
bool boolQuery(const HttpRequest &request, const std::string &key, bool fallback);

// Case-insensitive substring test used by :search routes.
bool containsFolded(const std::string &haystack, const std::string &needle);

bool isEmail(const std::string &value);

} // namespace sk::sandbox
