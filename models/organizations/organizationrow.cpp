#include "models/organizations/organizationrow.h"

#include <string>

namespace sk::models {

namespace {

using Ref = StringArena::Ref;

Ref packOptional(const std::optional<std::string> &text, StringArena &arena)
{
    return text ? arena.add(*text) : StringArena::kAbsent;
}

std::optional<std::string> unpackOptional(Ref ref, const StringArena &arena)
{
    if (ref == StringArena::kAbsent)
        return std::nullopt;
    return arena.string(ref);
}

// Pairs of strings packed as (length, bytes) twice each, any bytes allowed (NUL included).
void appendString(std::string &packed, std::string_view text)
{
    std::size_t size = text.size();
    while (size >= 0x80) {
        packed.push_back(char((size & 0x7F) | 0x80));
        size >>= 7;
    }
    packed.push_back(char(size));
    packed.append(text);
}

// The next string of packed, or nullopt at the end (or on a malformed tail: never read past it).
std::optional<std::string_view> takeString(std::string_view &packed)
{
    std::size_t size = 0;
    std::size_t used = 0;
    for (int shift = 0; shift < 35; shift += 7) {
        if (used >= packed.size())
            return std::nullopt;
        const auto byte = static_cast<unsigned char>(packed[used++]);
        size |= std::size_t(byte & 0x7F) << shift;
        if (!(byte & 0x80)) {
            if (size > packed.size() - used)
                return std::nullopt;
            const std::string_view text = packed.substr(used, size);
            packed.remove_prefix(used + size);
            return text;
        }
    }
    return std::nullopt;
}

// Calls visit(first, second) for each pair packed with appendString().
template<typename Visit> void forEachPair(std::string_view packed, Visit visit)
{
    while (true) {
        const auto first = takeString(packed);
        const auto second = takeString(packed);
        if (!first || !second)
            return;
        visit(*first, *second);
    }
}

} // namespace

OrganizationRowCodec::Row OrganizationRowCodec::pack(const Entity &org, StringArena &arena)
{
    Row row;
    row.id = arena.add(org.id);
    row.displayName = arena.add(org.displayName);
    row.externalId = packOptional(org.externalId, arena);
    row.slug = packOptional(org.slug, arena);
    row.logoUrl = packOptional(org.logoUrl, arena);
    row.region = std::int32_t(org.regionCode.value);
    row.regionRaw = arena.intern(org.regionCode.raw);
    row.createNanos = org.createTime.nanos;
    row.updateNanos = org.updateTime.nanos;
    if (!org.metadata.empty()) {
        std::string packed;
        for (const auto &[key, value] : org.metadata) {
            appendString(packed, key);
            appendString(packed, value);
        }
        row.metadata = arena.add(packed);
    }
    if (!org.settings.features.empty()) {
        std::string packed;
        for (const auto &feature : org.settings.features) {
            appendString(packed, feature.enabled ? "1" : "0");
            appendString(packed, feature.name);
        }
        row.features = arena.intern(packed);
    }
    return row;
}

OrganizationRowCodec::Entity OrganizationRowCodec::unpack(const Row &row, const StringArena &arena)
{
    Entity org;
    org.id = arena.string(row.id);
    org.displayName = arena.string(row.displayName);
    org.externalId = unpackOptional(row.externalId, arena);
    org.slug = unpackOptional(row.slug, arena);
    org.logoUrl = unpackOptional(row.logoUrl, arena);
    org.regionCode.value = entities::RegionCode(row.region);
    org.regionCode.raw = arena.string(row.regionRaw);
    org.createTime = entities::Timestamp(row.createNanos);
    org.updateTime = entities::Timestamp(row.updateNanos);
    forEachPair(arena.view(row.metadata), [&org](std::string_view key, std::string_view value) {
        org.metadata.emplace(std::string(key), std::string(value));
    });
    forEachPair(arena.view(row.features), [&org](std::string_view enabled, std::string_view name) {
        org.settings.features.push_back({std::string(name), enabled == "1"});
    });
    return org;
}

std::string_view OrganizationRowCodec::regionName(const Row &row, const StringArena &arena)
{
    const entities::Enum<entities::RegionCode> region(entities::RegionCode(row.region));
    return region.isUnknown() ? arena.view(row.regionRaw) : json::enumName(region.value);
}

std::optional<bool> OrganizationRowCodec::featureEnabled(const Row &row, const StringArena &arena,
                                                         std::string_view name)
{
    std::optional<bool> found;
    forEachPair(arena.view(row.features), [&](std::string_view enabled, std::string_view feature) {
        if (!found && feature == name)
            found = enabled == "1";
    });
    return found;
}

} // namespace sk::models
