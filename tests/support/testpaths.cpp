#include "tests/support/testpaths.h"

namespace sk::test {

QString consoleBinary() { return QStringLiteral(SK_BIN_DIR "/scalekit-console"); }
QString sandboxBinary() { return QStringLiteral(SK_BIN_DIR "/scalekit-sandbox"); }

} // namespace sk::test
