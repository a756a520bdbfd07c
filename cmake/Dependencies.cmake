# Every third-party dependency comes from Debian 12 packages (see packaging/debian-packages.txt).
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Network Concurrent HttpServer Svg Test)
find_package(Qt6 6.4 OPTIONAL_COMPONENTS Charts)
find_package(Qt6Keychain REQUIRED)
find_package(nlohmann_json 3.11 REQUIRED)
# The CLI export's page parse only (services/json/tape.cpp, docs/bulk-decoding.md).
find_package(simdjson 3.0 REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
