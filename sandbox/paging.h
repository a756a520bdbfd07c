#pragma once

#include "sandbox/apierrors.h"
#include "sandbox/httpexchange.h"
#include "services/json/textwriter.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace sk::sandbox {

// page_size limits of one list (reference §3.6).
struct PageLimits
{
    int max = 100;
    int defaultSize = 10;
    std::string constraint = "uint32.lte"; // reported in the field violation

    static PageLimits upTo100() { return {100, 10, "uint32.lte"}; }
    static PageLimits upTo30() { return {30, 10, "int32.lte"}; }
    static PageLimits below100() { return {99, 10, "uint32.lt"}; }
    static PageLimits unstated() { return {1000, 50, "uint32.lte"}; }
};

// A validated page request: offset decoded from page_token, size from page_size.
struct PageRequest
{
    std::size_t offset = 0;
    std::size_t size = 10;
};

// Parses page_size/page_token. On failure returns std::nullopt and sets *error to a 400 answer.
std::optional<PageRequest> parsePageRequest(const HttpRequest &request, const PageLimits &limits,
                                            HttpResponse *error);

// Cursor tokens are opaque strings; the sandbox encodes an offset in the filtered list.
std::string encodePageToken(std::size_t offset);
std::optional<std::size_t> decodePageToken(const std::string &token);

// Collects one page out of a filtered sequence in a single pass.
// forEachMatch(callback) must call callback(const T&) for every matching row in list order.
struct PageWindow
{
    std::size_t total = 0;
    std::string nextToken;
    std::string prevToken;
};

PageWindow pageWindow(const PageRequest &page, std::size_t total);

// Writes next_page_token, prev_page_token and total_size into a list answer.
void addPageFields(nlohmann::json &body, const PageWindow &window);

} // namespace sk::sandbox

namespace sk::sandbox {

// One list answer in a single pass over rows: counts every row that matches, encodes the rows of
// the requested window with encode(row) -> json, and adds the page fields.
template<typename Rows, typename Match, typename Encode>
HttpResponse listPage(const HttpRequest &request, const PageLimits &limits, const Rows &rows,
                      const char *itemsKey, Match match, Encode encode)
{
    HttpResponse error;
    const auto page = parsePageRequest(request, limits, &error);
    if (!page)
        return error;
    nlohmann::json items = nlohmann::json::array();
    std::size_t total = 0;
    for (const auto &row : rows) {
        if (!match(row))
            continue;
        if (total >= page->offset && total < page->offset + page->size)
            items.push_back(encode(row));
        ++total;
    }
    if (page->offset > total)
        return apierrors::invalidField(request.requestId, "page_token",
                                       "page token is past the end of the list", "page_token");
    nlohmann::json body = nlohmann::json::object();
    body[itemsKey] = std::move(items);
    addPageFields(body, pageWindow(*page, total));
    return HttpResponse::json(body);
}

} // namespace sk::sandbox

namespace sk::sandbox {

// listPage() for hot lists whose window the caller finds without scanning: window(page, append)
// passes the pre-serialized JSON text of each row of [page.offset, page.offset + page.size) to
// append(std::string) and returns the number of rows in the whole (filtered) list.
template<typename Window>
HttpResponse listPageWindow(const HttpRequest &request, const PageLimits &limits, const char *itemsKey,
                            Window window)
{
    HttpResponse error;
    const auto page = parsePageRequest(request, limits, &error);
    if (!page)
        return error;
    // The items go straight into the body (no second copy of a page of text).
    HttpResponse response;
    std::string &body = response.body;
    body.reserve(page->size * 400 + 160);
    body += "{\"";
    body += itemsKey;
    body += "\":[";
    const std::size_t itemsStart = body.size();
    const std::size_t total = window(*page, [&body, itemsStart](const auto &item) {
        if (body.size() != itemsStart)
            body += ',';
        if constexpr (std::is_invocable_v<decltype(item), std::string &>)
            item(body); // writes its text in place
        else
            body += item;
    });
    if (page->offset > total)
        return apierrors::invalidField(request.requestId, "page_token",
                                       "page token is past the end of the list", "page_token");
    const PageWindow w = pageWindow(*page, total);
    body += "],\"next_page_token\":";
    json::appendText(body, std::string_view(w.nextToken));
    body += ",\"prev_page_token\":";
    json::appendText(body, std::string_view(w.prevToken));
    body += ",\"total_size\":";
    body += std::to_string(w.total);
    body += '}';
    return response;
}

// listPageWindow() over rows: with matchAll the window is taken by index; otherwise one pass
// counts the rows that match and encodes those of the window with encodeText(row) -> std::string.
template<typename Rows, typename Match, typename EncodeText>
HttpResponse listPageText(const HttpRequest &request, const PageLimits &limits, const Rows &rows,
                          const char *itemsKey, bool matchAll, Match match, EncodeText encodeText)
{
    return listPageWindow(request, limits, itemsKey, [&](const PageRequest &page, const auto &append) {
        std::size_t total = 0;
        if (matchAll) {
            total = rows.size();
            for (std::size_t i = page.offset; i < total && i - page.offset < page.size; ++i)
                append(encodeText(rows[i]));
            return total;
        }
        for (const auto &row : rows) {
            if (!match(row))
                continue;
            if (total >= page.offset && total - page.offset < page.size)
                append(encodeText(row));
            ++total;
        }
        return total;
    });
}

} // namespace sk::sandbox
