// The client's wire JSON layer: a response body parsed with the depth limit, then decoded as one
// of the entities (the first byte picks which), encoded back and written out. Decoding may refuse
// with DecodeError; any other exception, a crash or undefined behaviour is a finding.
#include "services/entities/connectedaccount.h"
#include "services/entities/connection.h"
#include "services/entities/directory.h"
#include "services/entities/domain.h"
#include "services/entities/errorstatus.h"
#include "services/entities/invite.h"
#include "services/entities/mcpconfig.h"
#include "services/entities/mcpinstance.h"
#include "services/entities/organization.h"
#include "services/entities/organizationclient.h"
#include "services/entities/provider.h"
#include "services/entities/role.h"
#include "services/entities/session.h"
#include "services/entities/timestamp.h"
#include "services/entities/tool.h"
#include "services/entities/toolexecution.h"
#include "services/entities/user.h"
#include "services/json/boundedparse.h"
#include "services/json/decodeerror.h"
#include "services/json/jsonfields.h"
#include "services/json/secret.h"

#include <cstdint>
#include <string_view>

using namespace sk;

namespace {

template<typename T> void roundTrip(const nlohmann::json &document)
{
    T value;
    try {
        value = json::decode<T>(document);
    } catch (const json::DecodeError &) {
        return;
    }
    {
        const json::IncludeSecrets include;
        (void)json::encode(value).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    (void)json::encode(value).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const std::string_view text(reinterpret_cast<const char *>(data + 1), size - 1);
    (void)entities::Timestamp::parse(text);
    const nlohmann::json document = json::parseBounded(text, json::kMaxResponseDepth);
    if (document.is_discarded())
        return 0;
    switch (data[0] % 20) {
    case 0:
        roundTrip<entities::Organization>(document);
        break;
    case 1:
        roundTrip<entities::User>(document);
        break;
    case 2:
        roundTrip<entities::Role>(document);
        break;
    case 3:
        roundTrip<entities::Connection>(document);
        break;
    case 4:
        roundTrip<entities::Domain>(document);
        break;
    case 5:
        roundTrip<entities::Directory>(document);
        break;
    case 6:
        roundTrip<entities::DirectoryUser>(document);
        break;
    case 7:
        roundTrip<entities::DirectoryGroup>(document);
        break;
    case 8:
        roundTrip<entities::ConnectedAccount>(document);
        break;
    case 9:
        roundTrip<entities::SessionDetails>(document);
        break;
    case 10:
        roundTrip<entities::Tool>(document);
        break;
    case 11:
        roundTrip<entities::McpConfig>(document);
        break;
    case 12:
        roundTrip<entities::McpInstance>(document);
        break;
    case 13:
        roundTrip<entities::OrganizationClient>(document);
        break;
    case 14:
        roundTrip<entities::Invite>(document);
        break;
    case 15:
        roundTrip<entities::Provider>(document);
        break;
    case 16:
        roundTrip<entities::ErrorStatus>(document);
        break;
    case 17:
        roundTrip<entities::ExecuteToolResult>(document);
        break;
    case 18:
        roundTrip<entities::Permission>(document);
        break;
    default: {
        try {
            (void)json::decodeMember<entities::Organization>(document, "organization");
            (void)json::Reader(document).has("total_size");
        } catch (const json::DecodeError &) { }
        break;
    }
    }
    return 0;
}
