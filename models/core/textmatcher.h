#pragma once

#include <QString>

#include <cstdint>
#include <string_view>
#include <unordered_map>

namespace sk::models {

// "Does this displayed text contain what the user typed?", the one definition behind the
// "Filter loaded rows" field (ResourcePage) and every model's PagedTableModel::rowMatches():
// the text, case-folded (QString::toCaseFolded(), Unicode simple case folding), contains the
// typed text, case-folded. An empty matcher matches everything.
//
// Two ways in that always agree: a QString (what data() returns), and UTF-8 bytes (what a
// packed row keeps in its StringArena), matched without building a QString when they are all
// ASCII; bytes beyond ASCII take the QString way.
//
// A table of packed rows matches its cheap columns with matches(string_view), skips columns
// whose alphabet cannot hold the typed text (mayOccurIn: a timestamp is digits, '-', ':' and
// ' '), and keeps per-filter answers for repeated values (memo: a status, a region).
class TextMatcher
{
public:
    TextMatcher() = default;
    explicit TextMatcher(const QString &typed);

    bool isEmpty() const { return m_folded.isEmpty(); }
    // The typed text as given.
    const QString &text() const { return m_text; }

    bool matches(const QString &text) const;
    bool matches(std::string_view utf8) const;

    // Whether every character of the typed text (case-folded) is one of `alphabet`'s ASCII
    // characters, or of their upper case: if not, no text made of `alphabet` can match.
    bool mayOccurIn(std::string_view alphabet) const;

    // The answer for a value that repeats across rows (key: anything that identifies the
    // displayed text, such as an enum value and its raw string's arena reference): computed
    // once per matcher with text(), then remembered.
    template<typename Text> bool memo(std::uint64_t key, Text &&text) const
    {
        if (const auto found = m_memo.find(key); found != m_memo.end())
            return found->second;
        const bool matched = matches(text());
        m_memo.emplace(key, matched);
        return matched;
    }
    // A key for memo(): a column (under 256), a small value (under 2^24: an enum's value) and
    // a 32-bit one (an arena reference), without collisions.
    static std::uint64_t memoKey(int column, std::uint32_t small, std::uint32_t ref)
    {
        return (std::uint64_t(column & 0xFF) << 56) | (std::uint64_t(small & 0xFFFFFFu) << 32) | ref;
    }

    // The digits, separators and spaces of a formatted timestamp ("2026-10-16 11:58").
    static constexpr std::string_view kTimestampAlphabet = "0123456789-: ";

private:
    QString m_text;
    QString m_folded;
    std::string m_ascii; // the folded text, when it is all ASCII (else empty)
    bool m_asciiNeedle = false;
    mutable std::unordered_map<std::uint64_t, bool> m_memo;
};

} // namespace sk::models
