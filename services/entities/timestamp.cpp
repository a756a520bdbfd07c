#include "services/entities/timestamp.h"

#include "services/entities/rfc3339.h"

#include <array>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <limits>

namespace sk::entities {

namespace {

constexpr std::int64_t kNanosPerSecond = 1'000'000'000;

// Howard Hinnant's civil-calendar algorithms (proleptic Gregorian, public domain).
constexpr std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct Civil
{
    std::int64_t year;
    unsigned month;
    unsigned day;
};

constexpr Civil civilFromDays(std::int64_t z)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2 ? 1 : 0), m, d};
}

constexpr bool isLeap(std::int64_t y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

constexpr unsigned daysInMonth(std::int64_t y, unsigned m)
{
    constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

class Cursor
{
public:
    explicit Cursor(std::string_view text)
        : m_text(text)
    { }

    bool digits(std::size_t count, unsigned &out)
    {
        if (m_pos + count > m_text.size())
            return false;
        unsigned value = 0;
        for (std::size_t i = 0; i < count; ++i) {
            const char c = m_text[m_pos + i];
            if (c < '0' || c > '9')
                return false;
            value = value * 10 + static_cast<unsigned>(c - '0');
        }
        m_pos += count;
        out = value;
        return true;
    }
    bool literal(char c)
    {
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    bool oneOf(std::string_view chars, char &which)
    {
        if (m_pos < m_text.size() && chars.find(m_text[m_pos]) != std::string_view::npos) {
            which = m_text[m_pos++];
            return true;
        }
        return false;
    }
    bool peekDigit() const { return m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9'; }
    bool atEnd() const { return m_pos == m_text.size(); }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
};

} // namespace

std::optional<Timestamp> Timestamp::parse(std::string_view text)
{
    Cursor c(text);
    unsigned year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    char sep = 0;
    if (!c.digits(4, year) || !c.literal('-') || !c.digits(2, month) || !c.literal('-') || !c.digits(2, day)
        || !c.oneOf("Tt ", sep) || !c.digits(2, hour) || !c.literal(':') || !c.digits(2, minute)
        || !c.literal(':') || !c.digits(2, second))
        return std::nullopt;

    std::int64_t fraction = 0;
    if (c.literal('.')) {
        int count = 0;
        while (c.peekDigit()) {
            unsigned digit = 0;
            c.digits(1, digit);
            if (++count > 9)
                return std::nullopt;
            fraction = fraction * 10 + digit;
        }
        if (count == 0)
            return std::nullopt;
        for (int i = count; i < 9; ++i)
            fraction *= 10;
    }

    std::int64_t offsetSeconds = 0;
    char zone = 0;
    if (!c.oneOf("Zz+-", zone))
        return std::nullopt;
    if (zone == '+' || zone == '-') {
        unsigned oh = 0, om = 0;
        if (!c.digits(2, oh) || !c.literal(':') || !c.digits(2, om) || oh > 23 || om > 59)
            return std::nullopt;
        offsetSeconds = (static_cast<std::int64_t>(oh) * 60 + om) * 60 * (zone == '+' ? 1 : -1);
    }
    if (!c.atEnd())
        return std::nullopt;

    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59
        || second > 60)
        return std::nullopt;

    if (year == 1 && month == 1 && day == 1 && hour == 0 && minute == 0 && second == 0 && fraction == 0
        && offsetSeconds == 0)
        return Timestamp(); // Go's zero time.Time: means "never"

    const std::int64_t seconds = daysFromCivil(year, month, day) * 86400
        + static_cast<std::int64_t>(hour) * 3600 + minute * 60 + second - offsetSeconds;
    constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
    constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
    if (seconds > (kMax - fraction) / kNanosPerSecond)
        return Timestamp(kMax);
    if (seconds < kMin / kNanosPerSecond + 1)
        return Timestamp(kMin);
    return Timestamp(seconds * kNanosPerSecond + fraction);
}

std::string Timestamp::toRfc3339() const
{
    std::string out;
    appendRfc3339(out, *this);
    return out;
}

void appendRfc3339(std::string &out, Timestamp t)
{
    if (t.isNull())
        return;
    const std::int64_t nanos = t.nanos;
    const std::int64_t seconds = t.unixSeconds();
    // nanos mod 1e9 in [0, 1e9): seconds * 1e9 would overflow for the clamped minimum (found by
    // fuzz_entities: a year before 1678 parses to the minimum, which then could not be written).
    const std::int64_t subNanos = floorMod(nanos, kNanosPerSecond);
    const std::int64_t days = floorDiv(seconds, 86400);
    const std::int64_t secondOfDay = floorMod(seconds, 86400);

    // Written into a local buffer, then appended once (list pages and exports write three per
    // row). The date part of the last days seen is kept per thread (rows of one list share few
    // days); the time of day is written two digits at a time.
    static constexpr char kPairs[]
        = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
          "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
          "8081828384858687888990919293949596979899";
    char buffer[64];
    char *p = buffer;
    const auto put = [&p](std::int64_t value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            p[i] = char('0' + value % 10);
        p += width;
    };
    const auto pair = [&p](std::int64_t value) { // 0..99
        std::memcpy(p, kPairs + 2 * value, 2);
        p += 2;
    };
    struct DateText
    {
        std::int64_t days = std::numeric_limits<std::int64_t>::min();
        char text[11]; // "YYYY-MM-DDT"
    };
    thread_local std::array<DateText, 256> dates;
    DateText &date = dates[std::size_t(days) & 255];
    if (date.days == days) {
        std::memcpy(p, date.text, 11);
        p += 11;
    } else {
        const Civil civil = civilFromDays(days);
        if (civil.year >= 0 && civil.year <= 9999) {
            put(civil.year, 4), *p++ = '-', pair(civil.month), *p++ = '-', pair(civil.day), *p++ = 'T';
            date.days = days;
            std::memcpy(date.text, buffer, 11);
        } else {
            p += std::snprintf(buffer, 40, "%04lld-%02u-%02uT", static_cast<long long>(civil.year),
                               civil.month, civil.day);
        }
    }
    pair(secondOfDay / 3600), *p++ = ':', pair(secondOfDay / 60 % 60), *p++ = ':', pair(secondOfDay % 60);
    if (subNanos != 0) {
        // Milliseconds, microseconds or nanoseconds: the fewest digits that hold it exactly.
        const int width = subNanos % 1'000'000 == 0 ? 3 : subNanos % 1'000 == 0 ? 6 : 9;
        *p++ = '.';
        put(width == 3 ? subNanos / 1'000'000 : width == 6 ? subNanos / 1'000 : subNanos, width);
    }
    *p++ = 'Z';
    out.append(buffer, std::size_t(p - buffer));
}

Timestamp Timestamp::now()
{
    const auto since = std::chrono::system_clock::now().time_since_epoch();
    return Timestamp(std::chrono::duration_cast<std::chrono::nanoseconds>(since).count());
}

} // namespace sk::entities
