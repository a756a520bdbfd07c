#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace sk::json {

// The one exception type every decoder in services/json and services/entities throws.
// path() is the JSON path of the offending value relative to the document that was decoded,
// for example "organizations[3].create_time"; reason() says what was wrong with it.
// what() is "path: reason" (or just "reason" at the root).
class DecodeError : public std::runtime_error
{
public:
    DecodeError(std::string path, std::string reason);

    const std::string &path() const noexcept { return m_path; }
    const std::string &reason() const noexcept { return m_reason; }

    // A copy of this error one level deeper: key "a" + path "b[2]" -> "a.b[2]", and
    // index-style keys ("[3]") are appended without a dot.
    DecodeError prefixed(std::string_view parent) const;

private:
    std::string m_path;
    std::string m_reason;
};

} // namespace sk::json
