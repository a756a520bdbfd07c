#pragma once

#include "services/api/apicall.h"

#include <functional>
#include <optional>
#include <string_view>

namespace sk::api {

// An ApiCall::Decoder that may read the answer's bytes itself, before (and instead of) the
// nlohmann parse: the bulk list paths (json::Tape). ApiCall recognises it by type and calls
// `raw` first; when raw returns nullopt or throws, the answer takes the ordinary path (bounded
// parse, then `decoder`), so every error and every retry is the ordinary path's.
struct RawBodyDecoder
{
    std::function<std::optional<ApiCall::Deliver>(std::string_view body)> raw;
    ApiCall::Decoder decoder;

    ApiCall::Deliver operator()(const nlohmann::json &json) const { return decoder(json); }
};

} // namespace sk::api
