#include "services/json/boundedparse.h"

namespace sk::json {

int nestingDepth(std::string_view text, int maxDepth)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth > deepest) {
                deepest = depth;
                if (deepest > maxDepth)
                    return maxDepth + 1;
            }
            break;
        case ']':
        case '}':
            if (depth > 0)
                --depth;
            break;
        default:
            break;
        }
    }
    return deepest;
}

nlohmann::json parseBounded(std::string_view text, int maxDepth, ParseProblem *problem)
{
    // nlohmann's lexer takes a NUL byte for the end of the input, so "{}\0anything" would parse
    // as {}. JSON text never holds a raw NUL (not even inside strings): refuse it.
    if (text.find('\0') != std::string_view::npos) {
        if (problem)
            *problem = ParseProblem::Malformed;
        return nlohmann::json(nlohmann::json::value_t::discarded);
    }
    if (nestingDepth(text, maxDepth) > maxDepth) {
        if (problem)
            *problem = ParseProblem::TooDeep;
        return nlohmann::json(nlohmann::json::value_t::discarded);
    }
    nlohmann::json value = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (problem)
        *problem = value.is_discarded() ? ParseProblem::Malformed : ParseProblem::None;
    return value;
}

} // namespace sk::json
