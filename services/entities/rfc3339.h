#pragma once

#include "services/entities/timestamp.h"

#include <string>

namespace sk::entities {

// Appends t.toRfc3339() to out (nothing when t is unset) without a string of its own: the CLI
// export writes three timestamps per row (json::FieldCells).
void appendRfc3339(std::string &out, Timestamp t);

} // namespace sk::entities
