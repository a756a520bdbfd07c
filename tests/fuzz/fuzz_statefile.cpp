// The sandbox's state-file loader (--state FILE): any file content is parsed with the depth limit
// and loaded into a store, which either refuses it with a reason or loads it and can write it back.
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxstore.h"
#include "services/json/boundedparse.h"
#include "services/json/secret.h"

#include <cstdint>
#include <string_view>

using namespace sk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const nlohmann::json document = json::parseBounded(text, json::kMaxResponseDepth);
    if (document.is_discarded())
        return 0;
    sandbox::SandboxOptions options;
    options.organizations = 0;
    options.users = 0;
    options.connectedAccounts = 0;
    options.mcpInstances = 0;
    sandbox::SandboxStore store(options);
    std::string error;
    if (!store.fromJson(document, &error))
        return 0;
    const json::IncludeSecrets include;
    (void)store.toJson().dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    (void)store.counts();
    return 0;
}
