#include "sandbox/routehelpers.h"

#include "services/json/boundedparse.h"

#include <QRegularExpression>
#include <QString>

#include <algorithm>
#include <cctype>

namespace sk::sandbox {

void Violations::length(const std::string &field, const std::string &value, std::size_t min, std::size_t max)
{
    const std::size_t n = QString::fromStdString(value).size();
    if (n < min)
        add(field, "value length must be at least " + std::to_string(min) + " characters", "string.min_len");
    else if (n > max)
        add(field, "value length must be at most " + std::to_string(max) + " characters", "string.max_len");
}

void Violations::metadata(const std::string &field, const json::StringMap &map, std::size_t maxPairs)
{
    if (map.size() > maxPairs)
        add(field, "map must be at most " + std::to_string(maxPairs) + " entries", "map.max_pairs");
    for (const auto &[key, value] : map) {
        if (key.size() < 3 || key.size() > 25)
            add(field + "[" + key + "]", "key length must be between 3 and 25 characters", "string.len");
        if (value.empty() || value.size() > 256)
            add(field + "[" + key + "]", "value length must be between 1 and 256 characters", "string.len");
    }
}

void Violations::email(const std::string &field, const std::string &value)
{
    if (!isEmail(value))
        add(field, "value must be a valid email address", "string.email");
}

void Violations::pattern(const std::string &field, const std::string &value, const char *regex,
                         const char *description)
{
    const QRegularExpression re(QString::fromLatin1(regex));
    if (!re.match(QString::fromStdString(value)).hasMatch())
        add(field, description, "string.pattern");
}

std::optional<nlohmann::json> jsonBody(const HttpRequest &request, HttpResponse *error)
{
    const QByteArray trimmed = request.body.trimmed();
    if (trimmed.isEmpty())
        return nlohmann::json::object();
    json::ParseProblem problem = json::ParseProblem::None;
    auto body = json::parseBounded(std::string_view(trimmed.constData(), size_t(trimmed.size())),
                                   json::kMaxRequestDepth, &problem);
    if (problem == json::ParseProblem::TooDeep) {
        *error = apierrors::invalidField(request.requestId, "body",
                                         "request body nests deeper than "
                                             + std::to_string(json::kMaxRequestDepth) + " levels",
                                         "json.max_depth");
        return std::nullopt;
    }
    if (body.is_discarded()) {
        *error = apierrors::invalidField(request.requestId, "body", "request body is not valid JSON", "json");
        return std::nullopt;
    }
    return body;
}

bool boolQuery(const HttpRequest &request, const std::string &key, bool fallback)
{
    if (!request.hasQuery(key))
        return fallback;
    const std::string v = request.queryValue(key);
    if (v == "true" || v == "1" || v == "True" || v == "TRUE")
        return true;
    if (v == "false" || v == "0" || v == "False" || v == "FALSE")
        return false;
    return fallback;
}

bool containsFolded(const std::string &haystack, const std::string &needle)
{
    if (needle.empty())
        return true;
    const auto it = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                                [](char a, char b) { return std::tolower(static_cast<unsigned char>(a))
                                                            == std::tolower(static_cast<unsigned char>(b)); });
    return it != haystack.end();
}

bool isEmail(const std::string &value)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return value.size() <= 254 && re.match(QString::fromStdString(value)).hasMatch();
}

} // namespace sk::sandbox
