#include "models/core/textmatcher.h"

#include <algorithm>
#include <cstring>

namespace sk::models {

namespace {

constexpr char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}

bool allAscii(std::string_view bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return (unsigned char)c < 0x80; });
}

// Whether `haystack` (ASCII) contains `needle` (ASCII, lower case), ignoring ASCII case.
bool containsAsciiFolded(std::string_view haystack, std::string_view needle)
{
    if (needle.size() > haystack.size())
        return false;
    const char first = needle.front();
    const char firstUpper = (first >= 'a' && first <= 'z') ? char(first - ('a' - 'A')) : first;
    const std::size_t last = haystack.size() - needle.size();
    for (std::size_t i = 0; i <= last; ++i) {
        const char c = haystack[i];
        if (c != first && c != firstUpper)
            continue;
        std::size_t j = 1;
        while (j < needle.size() && asciiLower(haystack[i + j]) == needle[j])
            ++j;
        if (j == needle.size())
            return true;
    }
    return false;
}

} // namespace

TextMatcher::TextMatcher(const QString &typed)
    : m_text(typed)
    , m_folded(typed.toCaseFolded())
{
    const QByteArray utf8 = m_folded.toUtf8();
    m_asciiNeedle = allAscii(std::string_view(utf8.constData(), std::size_t(utf8.size())));
    if (m_asciiNeedle)
        m_ascii.assign(utf8.constData(), std::size_t(utf8.size()));
}

bool TextMatcher::matches(const QString &text) const
{
    if (m_folded.isEmpty())
        return true;
    return text.toCaseFolded().contains(m_folded);
}

bool TextMatcher::matches(std::string_view utf8) const
{
    if (m_folded.isEmpty())
        return true;
    if (!allAscii(utf8)) // case folding beyond ASCII (and 'K' folding to 'k'): Qt's way
        return matches(QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
    // ASCII text folds to ASCII: a needle with anything else cannot be in it.
    return m_asciiNeedle && containsAsciiFolded(utf8, m_ascii);
}

bool TextMatcher::mayOccurIn(std::string_view alphabet) const
{
    for (const QChar c : m_folded) {
        const char16_t u = c.unicode();
        if (u >= 0x80)
            return false;
        const char lower = char(u);
        const bool found = std::any_of(alphabet.begin(), alphabet.end(),
                                       [lower](char a) { return asciiLower(a) == lower; });
        if (!found)
            return false;
    }
    return true;
}

} // namespace sk::models
