#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sk::models {

// Strings for compact table rows: each string is appended once into large blocks and addressed
// by a 4-byte reference, so a row holds no std::string (32 bytes each, plus a heap block with
// its own malloc overhead for anything over 15 characters). intern() stores a repeated value
// (a connection or provider name, a region) once however many rows use it.
//
// The intern table holds at most kMaxInterned distinct values, its room reserved at the first
// intern(): it never rehashes while a list loads. Rehashing a table of a million mostly distinct
// identifiers took 110 and 226 ms of the GUI thread at the two doublings of a 1,000,000-account
// load. Past the cap a new value is stored as add() stores it; values already interned (the
// repeated ones, which come early) are still shared.
//
// Strings are never removed one by one (a replaced row's old strings stay until clear()): rows
// are replaced rarely (after an edit), and clear() runs on every reload.
class StringArena
{
public:
    using Ref = std::uint32_t;
    static constexpr Ref kAbsent = 0xFFFFFFFFu; // an absent optional string
    static constexpr Ref kEmpty = 0; // "" (no storage)

    StringArena();

    Ref add(std::string_view text);
    Ref intern(std::string_view text);
    static constexpr std::size_t kMaxInterned = std::size_t(1) << 16;
    std::size_t internedCount() const { return m_interned.size(); }
    std::string_view view(Ref ref) const;
    std::string string(Ref ref) const { return std::string(view(ref)); }

    // Every string gone; references taken before are invalid.
    void clear();
    // Bytes held (blocks and the intern table's nodes, roughly): for benchmarks and tests.
    std::size_t bytesHeld() const;

private:
    static constexpr std::size_t kBlockBytes = std::size_t(1) << 20;

    // A string is a varint length then its bytes, never split across blocks. A string too big
    // for a block gets a block of its own, which takes as many reference blockCount as its size.
    std::vector<std::unique_ptr<char[]>> m_blocks; // one per kBlockBytes of reference space
    std::size_t m_used = 0; // bytes used in the last block
    std::unordered_map<std::string_view, Ref> m_interned;
};

} // namespace sk::models
