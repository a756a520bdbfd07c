#pragma once

#include "services/api/connectionsettings.h"

#include <string>
#include <variant>

namespace sk::app::cli {

// The organization that holds a directory, found by scanning every organization's directories
// (the API has no lookup by directory ID): its ID, or the exit code to end with (4 when no
// organization has it; the reason is on stderr).
std::variant<std::string, int> locateDirectoryOrganization(const api::ConnectionSettings &settings,
                                                           const std::string &directoryId);

} // namespace sk::app::cli
