#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace sk::json {

// One row of an enum's wire-name table. Each entity enum E is declared as
//     enum class E : std::int32_t { Unspecified = 0, ..., Unknown = -1 };
// with its enumerators' values equal to the proto numbers, and next to it
//     inline constexpr sk::json::EnumEntry<E> kENames[] = {{E::Unspecified, "E_UNSPECIFIED"}, ...};
//     constexpr std::span<const sk::json::EnumEntry<E>> enumTable(E) { return kENames; }
// enumTable is found by ADL. Unknown (-1) is never in the table.
template <typename E>
struct EnumEntry
{
    E value;
    std::string_view name;
};

template <typename E>
concept WireEnum = requires(E e) {
    { enumTable(e) } -> std::convertible_to<std::span<const EnumEntry<E>>>;
    E::Unknown;
};

// The wire name of a known value; "" for Unknown or a value missing from the table.
template <WireEnum E>
constexpr std::string_view enumName(E value)
{
    for (const auto &entry : enumTable(E{}))
        if (entry.value == value)
            return entry.name;
    return {};
}

// Lookup by exact wire name (case-sensitive, as protojson).
template <WireEnum E>
constexpr std::optional<E> enumFromName(std::string_view name)
{
    for (const auto &entry : enumTable(E{}))
        if (entry.name == name)
            return entry.value;
    return std::nullopt;
}

// Lookup by proto number (protojson accepts enum numbers on input).
template <WireEnum E>
constexpr std::optional<E> enumFromNumber(std::int64_t number)
{
    for (const auto &entry : enumTable(E{}))
        if (static_cast<std::int64_t>(entry.value) == number)
            return entry.value;
    return std::nullopt;
}

} // namespace sk::json

namespace sk::entities {

// An enum field as received: a known value, or Unknown with the wire string kept in raw (so the UI
// can show "unknown (NEW_STATUS)" and the sandbox can echo it back). raw is empty for known values.
template <typename E>
struct Enum
{
    E value{};
    std::string raw;

    Enum() = default;
    Enum(E v) : value(v) { } // NOLINT(google-explicit-constructor): `status = Status::Active` reads well

    static Enum fromRaw(std::string_view wire)
    {
        if (auto known = json::enumFromName<E>(wire))
            return Enum(*known);
        Enum e(E::Unknown);
        e.raw = std::string(wire);
        return e;
    }

    bool isUnknown() const { return value == E::Unknown; }

    // Wire name of a known value, or the raw string of an unknown one.
    std::string_view name() const { return isUnknown() ? std::string_view(raw) : json::enumName(value); }

    // For display: the wire name, or "unknown (RAW)".
    std::string displayName() const
    {
        return isUnknown() ? "unknown (" + raw + ")" : std::string(json::enumName(value));
    }

    friend bool operator==(const Enum &, const Enum &) = default;
    friend bool operator==(const Enum &a, E b) { return a.value == b; }
};

} // namespace sk::entities
