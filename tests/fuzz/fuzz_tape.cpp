// The export's bulk decoder (services/json/tape.h) against the ordinary path. A body is recorded
// on a json::Tape and, when the tape accepts it, decoded as a page of organizations or connected
// accounts (the first byte picks) both ways. Findings: the tape and the bounded nlohmann parse
// disagreeing on whether a body is JSON within kMaxResponseDepth (they share nlohmann's lexer, so
// any disagreement is the tape's depth limit or its SAX handler); the tape decoding a page
// the ordinary path refuses, or a different page; export cells that differ from the to_json
// ones; a crash or UB. Any exception from the tape path sends the page down the ordinary path
// (ApiCall catches it), as it does here.
#include "services/entities/connectedaccount.h"
#include "services/entities/organization.h"
#include "services/entities/tapecodecs.h"
#include "services/json/boundedparse.h"
#include "services/json/fieldcells.h"
#include "services/json/tape.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace sk;

namespace {

template<typename T>
void compare(const json::Tape &tape, const nlohmann::json &document, std::string_view key,
             const std::vector<std::string> &columns)
{
    entities::Page<T> fast;
    try {
        fast = json::decodeTapePage<T>(json::TapeValue(&tape, 0), key);
    } catch (const std::exception &) {
        // TapeFallback, or a nested value's own decoder refusing it (a DecodeError, an nlohmann
        // error): TapePageStream's caller then takes the ordinary path, which decides.
        return;
    }
    entities::Page<T> slow;
    try {
        slow = json::decodePage<T>(document, key);
    } catch (const json::DecodeError &) {
        std::abort(); // the tape decoded what the ordinary path refuses
    }
    if (!(fast == slow))
        std::abort();
    json::FieldCells cells(columns);
    for (const T &row : fast.items) {
        cells.clear();
        entities::readFields(row, cells);
        const nlohmann::json encoded = nlohmann::json(row);
        for (std::size_t i = 0; i < columns.size(); ++i) {
            std::string expected;
            if (const auto it = encoded.find(columns[i]); it != encoded.end())
                json::appendCsvText(expected, *it);
            if (cells.cells()[i] != expected)
                std::abort();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const std::string_view text(reinterpret_cast<const char *>(data + 1), size - 1);
    json::Tape tape;
    const bool taped = tape.parse(text, json::kMaxResponseDepth);
    const nlohmann::json document = json::parseBounded(text, json::kMaxResponseDepth);
    if (taped == document.is_discarded())
        std::abort(); // one accepts what the other refuses
    if (!taped)
        return 0;
    if (data[0] % 2 == 0)
        compare<entities::Organization>(tape, document, "organizations",
                                        {"id", "display_name", "external_id", "slug", "region_code",
                                         "create_time", "update_time", "metadata", "settings", "logo_url"});
    else
        compare<entities::ConnectedAccount>(tape, document, "connected_accounts",
                                            {"id", "connector", "identifier", "provider", "status",
                                             "authorization_type", "authorization_details",
                                             "token_expires_at", "updated_at", "last_used_at",
                                             "connection_id", "api_config"});
    return 0;
}
