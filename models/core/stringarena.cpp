#include "models/core/stringarena.h"

#include <cstring>
#include <stdexcept>

namespace sk::models {

namespace {

constexpr std::size_t kMaxVarint = 5; // a 32-bit length

std::size_t putVarint(char *out, std::size_t value)
{
    std::size_t n = 0;
    while (value >= 0x80) {
        out[n++] = char((value & 0x7F) | 0x80);
        value >>= 7;
    }
    out[n++] = char(value);
    return n;
}

std::size_t getVarint(const char *in, std::size_t &value)
{
    value = 0;
    std::size_t n = 0;
    for (int shift = 0;; shift += 7) {
        const auto byte = static_cast<unsigned char>(in[n++]);
        value |= std::size_t(byte & 0x7F) << shift;
        if (!(byte & 0x80))
            return n;
    }
}

// Not zero-filled: a block's pages cost memory only once strings are written into them.
std::unique_ptr<char[]> newBlock(std::size_t bytes)
{
    return std::unique_ptr<char[]>(new char[bytes]); // NOLINT(modernize-make-unique): no value-init
}

} // namespace

StringArena::StringArena()
{
    clear();
}

void StringArena::clear()
{
    m_blocks.clear();
    m_blocks.push_back(newBlock(kBlockBytes));
    m_used = 1; // offset 0 is kEmpty
    m_interned = {};
}

StringArena::Ref StringArena::add(std::string_view text)
{
    if (text.empty())
        return kEmpty;
    if (text.size() > 0xFFFFFFF0u)
        throw std::length_error("StringArena: string over 4 GiB");
    const std::size_t need = kMaxVarint + text.size();
    if (m_used + need > kBlockBytes) {
        // A new block: of the usual size, or as big as this one string needs.
        const std::size_t blockCount = (need + kBlockBytes - 1) / kBlockBytes;
        if ((m_blocks.size() + blockCount) * kBlockBytes > std::size_t(kAbsent))
            throw std::length_error("StringArena: over 4 GiB of strings");
        m_blocks.push_back(newBlock(blockCount * kBlockBytes));
        for (std::size_t i = 1; i < blockCount; ++i)
            m_blocks.push_back(nullptr); // reference space the big block covers
        m_used = 0;
        // The block just added is the first of its blockCount.
        const std::size_t first = m_blocks.size() - blockCount;
        char *at = m_blocks[first].get();
        const std::size_t header = putVarint(at, text.size());
        std::memcpy(at + header, text.data(), text.size());
        const Ref ref = Ref(first * kBlockBytes);
        if (blockCount > 1) {
            // Nothing else goes into a big block: the next string starts a new one.
            m_used = kBlockBytes;
        } else {
            m_used = header + text.size();
        }
        return ref;
    }
    char *at = m_blocks.back().get() + m_used;
    const std::size_t header = putVarint(at, text.size());
    std::memcpy(at + header, text.data(), text.size());
    const Ref ref = Ref((m_blocks.size() - 1) * kBlockBytes + m_used);
    m_used += header + text.size();
    return ref;
}

StringArena::Ref StringArena::intern(std::string_view text)
{
    if (text.empty())
        return kEmpty;
    if (m_interned.empty())
        m_interned.reserve(kMaxInterned);
    if (auto found = m_interned.find(text); found != m_interned.end())
        return found->second;
    const Ref ref = add(text);
    if (m_interned.size() < kMaxInterned)
        m_interned.emplace(view(ref), ref); // the key views the arena's copy, which never moves
    return ref;
}

std::string_view StringArena::view(Ref ref) const
{
    if (ref == kEmpty || ref == kAbsent)
        return {};
    const char *at = m_blocks[ref / kBlockBytes].get() + ref % kBlockBytes;
    std::size_t size = 0;
    const std::size_t header = getVarint(at, size);
    return {at + header, size};
}

std::size_t StringArena::bytesHeld() const
{
    return m_blocks.size() * kBlockBytes + m_interned.size() * 48;
}

} // namespace sk::models
