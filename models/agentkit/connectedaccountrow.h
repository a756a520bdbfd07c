#pragma once

#include "models/core/stringarena.h"
#include "services/entities/connectedaccount.h"

#include <cstdint>

namespace sk::models {

// A ConnectedAccount packed for the accounts table (CompactRows, models/core/rowstore.h): 72
// bytes and its strings in the arena instead of about 460 bytes of strings, enums, a JSON value
// and a boxed token. The values a million accounts repeat (connection, connection ID, provider,
// identifier, unknown status or auth type strings) are interned: stored once.
//
// Authorization details (tokens, API keys) are never kept in a row: the detail pane fetches
// them on an explicit Reveal, so a table of accounts holds no credential.
struct ConnectedAccountRowCodec
{
    using Entity = entities::ConnectedAccount;
    using Ref = StringArena::Ref;

    struct Row
    {
        Ref id = StringArena::kEmpty;
        Ref identifier = StringArena::kEmpty;
        Ref provider = StringArena::kEmpty;
        Ref connector = StringArena::kEmpty;
        Ref connectionId = StringArena::kEmpty;
        Ref statusRaw = StringArena::kEmpty;
        Ref authTypeRaw = StringArena::kEmpty;
        Ref apiConfig = StringArena::kEmpty; // compact JSON text; "" for null
        std::int32_t status = 0;
        std::int32_t authType = 0;
        std::int64_t tokenExpiresNanos = 0;
        std::int64_t updatedNanos = 0;
        std::int64_t lastUsedNanos = 0;
    };

    static Row pack(const Entity &account, StringArena &arena);
    static Entity unpack(const Row &row, const StringArena &arena);
    static Ref idOf(const Row &row) { return row.id; }

    static entities::Enum<entities::ConnectorStatus> status(const Row &row, const StringArena &arena);
    static entities::Enum<entities::ConnectorType> authType(const Row &row, const StringArena &arena);
};

} // namespace sk::models
