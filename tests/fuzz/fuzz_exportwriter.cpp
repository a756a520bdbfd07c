// The CLI's export writers: rows of any JSON shape written as JSON, JSON lines and CSV (to
// /dev/null), with CSV columns whose dotted paths come from the input as well.
#include "app/console/cli/exportwriter.h"
#include "services/json/boundedparse.h"

#include <cstdint>
#include <string>
#include <string_view>

using sk::app::cli::ExportWriter;

namespace {

// The bulk path's CSV escaping (appendCsvEscaped) against the row path's (csvEscape), for every
// string in the input.
void checkEscaping(const nlohmann::json &value)
{
    if (value.is_string()) {
        const std::string &cell = value.get_ref<const std::string &>();
        std::string escaped;
        ExportWriter::appendCsvEscaped(escaped, cell);
        if (QString::fromStdString(escaped) != ExportWriter::csvEscape(QString::fromStdString(cell)))
            __builtin_trap();
    } else if (value.is_structured()) {
        for (const nlohmann::json &item : value)
            checkEscaping(item);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const std::string_view text(reinterpret_cast<const char *>(data + 1), size - 1);
    // "path1|path2\n<rows as one JSON array>"
    const auto newline = text.find('\n');
    const std::string_view paths
        = newline == std::string_view::npos ? std::string_view() : text.substr(0, newline);
    const nlohmann::json rows = sk::json::parseBounded(
        newline == std::string_view::npos ? text : text.substr(newline + 1), sk::json::kMaxResponseDepth);
    if (rows.is_discarded())
        return 0;
    QList<ExportWriter::Column> columns;
    std::size_t start = 0;
    while (start <= paths.size() && columns.size() < 16) {
        const auto bar = paths.find('|', start);
        const std::string path(
            paths.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start));
        columns.append({ QString::fromStdString(path), path });
        if (bar == std::string_view::npos)
            break;
        start = bar + 1;
    }
    const auto format = static_cast<ExportWriter::Format>(data[0] % 3);
    ExportWriter writer(format, columns);
    if (!writer.open(QStringLiteral("/dev/null")))
        return 0;
    if (rows.is_array()) {
        for (const nlohmann::json &row : rows)
            writer.write(row);
    } else {
        writer.write(rows);
    }
    (void)writer.commit();
    (void)ExportWriter::csvCell(rows);
    checkEscaping(rows);
    return 0;
}
