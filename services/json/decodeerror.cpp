#include "services/json/decodeerror.h"

namespace sk::json {

namespace {

std::string describe(const std::string &path, const std::string &reason)
{
    return path.empty() ? reason : path + ": " + reason;
}

} // namespace

DecodeError::DecodeError(std::string path, std::string reason)
    : std::runtime_error(describe(path, reason))
    , m_path(std::move(path))
    , m_reason(std::move(reason))
{
}

DecodeError DecodeError::prefixed(std::string_view parent) const
{
    std::string joined(parent);
    if (!m_path.empty()) {
        if (m_path.front() != '[' && !joined.empty())
            joined += '.';
        joined += m_path;
    }
    return DecodeError(std::move(joined), m_reason);
}

} // namespace sk::json
