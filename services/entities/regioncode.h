#pragma once

#include "services/json/enumvalue.h"

#include <cstdint>
#include <span>

namespace sk::entities {

// commons.RegionCode
enum class RegionCode : std::int32_t { Unspecified = 0, Us = 1, Eu = 2, Unknown = -1 };
inline constexpr json::EnumEntry<RegionCode> kRegionCodeNames[] = {
    {RegionCode::Unspecified, "REGION_CODE_UNSPECIFIED"},
    {RegionCode::Us, "US"},
    {RegionCode::Eu, "EU"},
};
constexpr std::span<const json::EnumEntry<RegionCode>> enumTable(RegionCode) { return kRegionCodeNames; }

} // namespace sk::entities
