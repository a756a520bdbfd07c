#pragma once

#include "services/json/jsonfields.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sk::entities {

// A count the server did not give in a usable form: Page::totalSize when total_size is absent,
// negative, not a number or outside int32 (the official spec's own example has
// -9007199254740991). Counts are informational: an unknown one never fails a page; show it as
// "unknown" (or as the rows loaded so far) and carry on.
inline constexpr std::int32_t kUnknownTotal = -1;

// One page of a cursor-paginated list (reference §3.6): {<items>[], next_page_token,
// prev_page_token, total_size}. An empty nextPageToken means this is the last page.
template <typename T>
struct Page
{
    std::vector<T> items;
    std::string nextPageToken;
    std::string prevPageToken;
    std::int32_t totalSize = 0; // kUnknownTotal when the server's count is unusable

    bool hasKnownTotal() const { return totalSize >= 0; }
    bool hasMore() const { return !nextPageToken.empty(); }
    friend bool operator==(const Page &, const Page &) = default;
};

// Page-number style (GET /organizations/{id}/domains): {<items>[], page_size, page_number},
// page_number 0-based, no total.
template <typename T>
struct NumberedPage
{
    std::vector<T> items;
    std::int32_t pageSize = 0;
    std::int32_t pageNumber = 0;

    friend bool operator==(const NumberedPage &, const NumberedPage &) = default;
};

// Wire keys of the item arrays, for decodePage/encodePage.
namespace pagekeys {
inline constexpr std::string_view kOrganizations = "organizations";
inline constexpr std::string_view kUsers = "users";
inline constexpr std::string_view kConnections = "connections";
inline constexpr std::string_view kDirectories = "directories";
inline constexpr std::string_view kGroups = "groups";
inline constexpr std::string_view kDomains = "domains";
inline constexpr std::string_view kRoles = "roles";
inline constexpr std::string_view kPermissions = "permissions";
inline constexpr std::string_view kClients = "clients";
inline constexpr std::string_view kProviders = "providers";
inline constexpr std::string_view kConnectedAccounts = "connected_accounts";
inline constexpr std::string_view kTools = "tools";
inline constexpr std::string_view kConfigs = "configs";
inline constexpr std::string_view kInstances = "instances";
inline constexpr std::string_view kSessions = "sessions";
inline constexpr std::string_view kAuthRequests = "authRequests"; // the camelCase quirk (§3.1)
inline constexpr std::string_view kToolCallLogs = "tool_call_logs";
} // namespace pagekeys

} // namespace sk::entities

namespace sk::json {

// total_size as a count: kUnknownTotal unless it is an int32 >= 0 (number or decimal string).
// Never throws.
std::int32_t decodeTotalSize(const Reader &reader);

// Decodes {itemsKey: [T...], next_page_token, prev_page_token, total_size}. Throws DecodeError
// (path e.g. "organizations[3].create_time") for bad rows; never for a bad total_size.
template <typename T>
entities::Page<T> decodePage(const Json &body, std::string_view itemsKey)
{
    entities::Page<T> page;
    const Reader r(body);
    r.read(itemsKey, page.items);
    r.read("next_page_token", page.nextPageToken);
    r.read("prev_page_token", page.prevPageToken);
    page.totalSize = decodeTotalSize(r);
    return page;
}

template <typename T>
Json encodePage(const entities::Page<T> &page, std::string_view itemsKey)
{
    Json body;
    Writer w(body);
    w.write(itemsKey, page.items);
    w.write("next_page_token", page.nextPageToken);
    w.write("prev_page_token", page.prevPageToken);
    w.write("total_size", page.totalSize);
    return body;
}

template <typename T>
entities::NumberedPage<T> decodeNumberedPage(const Json &body, std::string_view itemsKey)
{
    entities::NumberedPage<T> page;
    const Reader r(body);
    r.read(itemsKey, page.items);
    r.read("page_size", page.pageSize);
    r.read("page_number", page.pageNumber);
    return page;
}

template <typename T>
Json encodeNumberedPage(const entities::NumberedPage<T> &page, std::string_view itemsKey)
{
    Json body;
    Writer w(body);
    w.write(itemsKey, page.items);
    w.write("page_size", page.pageSize);
    w.write("page_number", page.pageNumber);
    return body;
}

} // namespace sk::json
