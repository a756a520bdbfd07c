#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

// Eight bytes at a time: whether a run of text holds a byte of interest (SWAR, "bit twiddling
// hacks"). The bulk writers use it to copy plain text in one go: the export's CSV cells
// (app/console/cli/exportwriter) and the JSON text of list pages (services/json/textwriter).
namespace sk::bytescan {

inline constexpr std::uint64_t kOnes = 0x0101010101010101ull;
inline constexpr std::uint64_t kHighs = 0x8080808080808080ull;

inline std::uint64_t load8(const char *at)
{
    std::uint64_t word;
    std::memcpy(&word, at, 8);
    return word;
}

// Exact: some byte of `word` is `c`.
inline bool hasByte(std::uint64_t word, unsigned char c)
{
    const std::uint64_t x = word ^ (kOnes * c);
    return ((x - kOnes) & ~x & kHighs) != 0;
}

// Exact for n <= 128: some byte of `word` is below n.
inline bool hasByteBelow(std::uint64_t word, unsigned char n)
{
    return ((word - kOnes * n) & ~word & kHighs) != 0;
}

// Some byte of `word` is 0x80 or above (not ASCII).
inline bool hasHighByte(std::uint64_t word)
{
    return (word & kHighs) != 0;
}

// The length of the longest prefix of `text`, in whole words of eight, for which `special`
// (a test of one word) is false: the caller checks the rest byte by byte.
template<typename Special> std::size_t plainWords(std::string_view text, Special special)
{
    std::size_t at = 0;
    while (text.size() - at >= 8 && !special(load8(text.data() + at)))
        at += 8;
    return at;
}

} // namespace sk::bytescan
