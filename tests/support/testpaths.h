#pragma once

#include <QString>

namespace sk::test {

// Where the programs under test were built.
QString consoleBinary();
QString sandboxBinary();

} // namespace sk::test
