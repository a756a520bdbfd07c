#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

namespace sk::json {

// How deep a JSON document may nest ([ and { inside one another). A request body the sandbox
// accepts may nest kMaxRequestDepth levels; an answer the console reads, kMaxResponseDepth (an
// answer wraps stored values in a few levels of its own). Deeper documents are refused before
// they are parsed: writing or copying them recurses once per level and would overflow the stack.
inline constexpr int kMaxRequestDepth = 64;
inline constexpr int kMaxResponseDepth = 128;

// The deepest nesting in text, counting only brackets outside strings; stops counting (and
// returns maxDepth + 1) as soon as maxDepth is exceeded. Malformed text is measured as far as it goes.
int nestingDepth(std::string_view text, int maxDepth);

enum class ParseProblem { None, Malformed, TooDeep };

// nlohmann::json::parse without exceptions, refusing documents nested deeper than maxDepth and
// text holding a NUL byte (which nlohmann would take for the end of the input).
// On failure returns a discarded value and sets *problem (when given).
nlohmann::json parseBounded(std::string_view text, int maxDepth, ParseProblem *problem = nullptr);

} // namespace sk::json
