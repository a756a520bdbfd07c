#pragma once

#include "models/core/stringarena.h"
#include "services/entities/organization.h"

#include <cstdint>
#include <optional>

namespace sk::models {

// An Organization packed for the Organizations table (CompactRows, models/core/rowstore.h):
// about 70 bytes and its strings in the arena, instead of some 600 bytes of std::string,
// std::map and std::vector. Repeated values (region, the feature list) are interned.
struct OrganizationRowCodec
{
    using Entity = entities::Organization;
    using Ref = StringArena::Ref;

    struct Row
    {
        Ref id = StringArena::kEmpty;
        Ref displayName = StringArena::kEmpty;
        Ref externalId = StringArena::kAbsent;
        Ref slug = StringArena::kAbsent;
        Ref logoUrl = StringArena::kAbsent;
        Ref regionRaw = StringArena::kEmpty; // an unknown region's wire value
        Ref metadata = StringArena::kEmpty; // key\0value\0 pairs, in map order
        Ref features = StringArena::kEmpty; // (0|1)name\0 per feature, in order (interned)
        std::int64_t createNanos = 0;
        std::int64_t updateNanos = 0;
        std::int32_t region = 0;
    };

    static Row pack(const Entity &org, StringArena &arena);
    static Entity unpack(const Row &row, const StringArena &arena);
    static Ref idOf(const Row &row) { return row.id; }

    // For the table's columns without rebuilding the entity.
    // The region as the table shows it: its wire name, or an unknown region's raw value.
    static std::string_view regionName(const Row &row, const StringArena &arena);
    static std::optional<bool> featureEnabled(const Row &row, const StringArena &arena,
                                              std::string_view name);
};

} // namespace sk::models
