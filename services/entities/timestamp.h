#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sk::entities {

// Division rounded towards negative infinity, and its remainder (with the sign of b): what
// splitting an instant before 1970 into whole seconds or days and the rest needs. floorMod
// never overflows, even for INT64_MIN. b must not be 0.
constexpr std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}
constexpr std::int64_t floorMod(std::int64_t a, std::int64_t b)
{
    const std::int64_t r = a % b;
    return r != 0 && ((r < 0) != (b < 0)) ? r + b : r;
}

// google.protobuf.Timestamp as nanoseconds since the Unix epoch (UTC). 0 means "unset", so the
// instant 1970-01-01T00:00:00Z itself cannot be represented as set; the API never sends it.
// Representable range is 1677-09-21 .. 2262-04-11; values outside it saturate, except Go's zero
// time "0001-01-01T00:00:00Z", which parses as unset.
struct Timestamp
{
    std::int64_t nanos = 0;

    constexpr Timestamp() = default;
    constexpr explicit Timestamp(std::int64_t nanosSinceEpoch) : nanos(nanosSinceEpoch) { }

    constexpr bool isSet() const { return nanos != 0; }
    constexpr bool isNull() const { return nanos == 0; }

    // RFC 3339: "YYYY-MM-DDTHH:MM:SS[.f{1,9}](Z|+hh:mm|-hh:mm)". 'T' may be 't' or ' ', 'Z' may
    // be 'z'. Returns nullopt for anything else (including the empty string).
    static std::optional<Timestamp> parse(std::string_view text);

    // UTC with a 'Z' suffix and the fraction trimmed to 0, 3, 6 or 9 digits (as protojson does):
    // "2024-05-20T12:07:51.680Z", "2024-06-19T11:11:58.823707848Z", "2024-01-01T00:00:00Z".
    // An unset timestamp gives "".
    std::string toRfc3339() const;

    static Timestamp now();
    static constexpr Timestamp fromUnixSeconds(std::int64_t seconds) { return Timestamp(seconds * 1'000'000'000); }
    static constexpr Timestamp fromUnixMillis(std::int64_t millis) { return Timestamp(millis * 1'000'000); }
    constexpr std::int64_t unixSeconds() const { return floorDiv(nanos, 1'000'000'000); }
    constexpr std::int64_t unixMillis() const { return floorDiv(nanos, 1'000'000); }

    friend constexpr bool operator==(Timestamp, Timestamp) = default;
    friend constexpr auto operator<=>(Timestamp, Timestamp) = default;
};

} // namespace sk::entities
