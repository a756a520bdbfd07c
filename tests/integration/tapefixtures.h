#pragma once

// Hand-made pages for tst_tapedecode (kept out of the test's .cpp: moc 6.4 trips over raw
// string literals with braces there).

#include <string>
#include <vector>

namespace {

// Which way TapePageStream decodes a page: the tape, the ordinary path, or neither (refused).
enum class Path { Tape, Fallback, Refused };

struct HandMadePage
{
    const char *name;
    std::string body;
    Path path;
};

std::string organizationsPage(const std::string &items,
                              const std::string &rest = R"(, "next_page_token": "abc", "total_size": 3)")
{
    return R"({"organizations": [)" + items + "]" + rest + "}";
}

std::string accountsPage(const std::string &items)
{
    return R"({"connected_accounts": [)" + items + R"(], "next_page_token": "", "total_size": "7"})";
}

std::string nested(int depth)
{
    return std::string(std::size_t(depth), '[') + std::string(std::size_t(depth), ']');
}

std::vector<HandMadePage> organizationPageCases()
{
    std::vector<HandMadePage> pages;
    const auto row = [&pages](const char *name, const std::string &body, Path path) {
        pages.push_back({name, body, path});
    };
    row("unknown region, nulls, missing fields",
        organizationsPage(
            R"({"id": "org_1", "region_code": "MARS", "display_name": null, "metadata": null},
                             {"id": "org_2"}, {}, null)"),
        Path::Tape);
    row("metadata objects, escapes, settings",
        organizationsPage(
            R"({"id": "org_3", "metadata": {"b": "x,\"y\"", "a": "line\nbreak", "c": null, "d": "\/"},
                              "display_name": "Zürich \"AG\"", "create_time": "2024-02-29T23:59:59.123456789Z",
                              "settings": {"features": [{"name": "sso", "enabled": true}, null]},
                              "slug": "", "external_id": null, "unknown": {"deep": [1, 2.5e3, -0, true]}})"),
        Path::Tape);
    // Found by fuzz_tape: nlohmann stops at a NUL byte, so the text after it was never looked at.
    row("a NUL byte, then more text", organizationsPage(R"({"id": "org_1"})") + std::string("\0{{{{", 5),
        Path::Refused);
    row("a NUL byte inside a string", organizationsPage(std::string("{\"id\": \"org_") + '\0' + "\"}"),
        Path::Refused);
    row("duplicate keys: the last wins",
        organizationsPage(R"({"id": "org_4", "id": "org_5", "metadata": {"k": "1", "k": "2"}})"), Path::Tape);
    // TapeReader's lookups: the fields in another order than the template reads them, a
    // repeated key far from its first place (the last still wins), a repeated key no field reads,
    // an empty key, and an object of more keys than the reader's table holds (scanned instead).
    row("fields in reverse order",
        organizationsPage(R"({"slug": "s", "metadata": {"b": "2", "a": "1"}, "external_id": "e",
                              "region_code": "EU", "display_name": "D", "update_time": "2024-01-01T00:00:00Z",
                              "create_time": "2023-01-01T00:00:00Z", "id": "org_20"})"),
        Path::Tape);
    row("a key repeated after the others",
        organizationsPage(R"({"id": "org_21", "display_name": "first", "slug": "s", "external_id": "e",
                              "unknown": 1, "display_name": "last", "": "empty key"},
                             {"unknown": 1, "unknown": 2, "id": "org_22", "": null})"),
        Path::Tape);
    std::string wide = R"({"id": "org_23")";
    for (int i = 0; i < 40; ++i)
        wide += ", \"k" + std::to_string(i) + "\": " + std::to_string(i);
    row("an object of 41 keys", organizationsPage(wide + R"(, "display_name": "wide", "id": "org_24"})"),
        Path::Tape);
    row("region as a number",
        organizationsPage(R"({"id": "org_6", "region_code": 1})", R"(, "total_size": "12")"), Path::Fallback);
    row("an escaped key",
        organizationsPage(R"({"id": "org_7", "metadata": {"z\\": "v", "\u0041": "\u00e9"}})"), Path::Tape);
    row("a \\u escape", organizationsPage(R"({"id": "org_\u0037", "display_name": "\ud83d\ude00"})"),
        Path::Tape);
    row("odd totals",
        organizationsPage(R"({"id": "org_8"})", R"(, "total_size": -5, "next_page_token": null)"),
        Path::Tape);
    row("a total as a float", organizationsPage(R"({"id": "org_8"})", R"(, "total_size": 12.0)"),
        Path::Fallback);
    row("a number out of range", organizationsPage(R"({"id": "org_8", "unknown": 1e400})"), Path::Refused);
    row("a wrong type", organizationsPage(R"({"id": 5})"), Path::Fallback);
    row("a bad timestamp", organizationsPage(R"({"id": "org_9", "create_time": "yesterday"})"),
        Path::Fallback);
    row("items not an array", organizationsPage(R"()", R"(, "organizations": {})"), Path::Fallback);
    // The page, its array and the organization are 3 levels: 3 + 125 is the limit (128).
    row("nested 125 deep, within the limit",
        organizationsPage(R"({"id": "org_10", "unknown": )" + nested(125) + "}"), Path::Tape);
    row("nested 126 deep, past the limit",
        organizationsPage(R"({"id": "org_11", "unknown": )" + nested(126) + "}"), Path::Refused);
    row("trailing comma", organizationsPage(R"({"id": "org_12"},)"), Path::Refused);
    row("comment", "/**/" + organizationsPage(R"({"id": "org_13"})"), Path::Refused);
    row("byte order mark", "\xEF\xBB\xBF" + organizationsPage(R"({"id": "org_14"})"), Path::Tape);
    row("invalid UTF-8", organizationsPage("{\"id\": \"org_\xC0\xAF\"}"), Path::Refused);
    row("a lone surrogate", organizationsPage(R"({"id": "org_\udc00"})"), Path::Refused);
    row("a control character", organizationsPage("{\"id\": \"org_\x01\"}"), Path::Refused);
    row("a leading zero", organizationsPage(R"({"id": "org_15", "n": 01})"), Path::Refused);
    row("truncated", organizationsPage(R"({"id": "org_16"})").substr(0, 30), Path::Refused);
    row("not an object", "[1, 2]", Path::Fallback);
    return pages;
}

std::string handMadeAccountsPage()
{
    return accountsPage(
        R"({"id": "ca_1", "status": "SOMETHING_NEW", "authorization_type": null, "provider": "slack",
                "authorization_details": {"oauth_token": {"access_token": "tok_real_access", "refresh_token": "tok_real_refresh",
                                                          "scopes": ["a", "b"]},
                                          "static_auth": {"details": {"api_key": "key_real"}}},
                "api_config": {"x": [1, {"y": null}], "n": [-1, 18446744073709551615, 1.5e300, -0.0, 2.50, "\u00e9"]}, "token_expires_at": "", "updated_at": null},
               {"id": "ca_2", "status": "ACTIVE", "connector": "gmail", "last_used_at": "2025-01-01T00:00:00Z"}, {})");
}

} // namespace
