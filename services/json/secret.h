#pragma once

// Secrets as a type. A field that holds a credential (a client secret, an OAuth token, a
// pre-authenticated URL, a magic link, a bearer token) is declared as
// sk::entities::Secret<T> instead of T:
//
//     struct McpInstance { ...; Secret<std::string> url; };
//
// Secret<T> derives from T, so code that reads or assigns the value keeps working
// (`QString::fromStdString(instance.url)`, `link.location = "..."`, `secret.plainSecret.reset()`).
// What changes is how it is ENCODED: every JSON path (json::Writer, json::writeValue/encode,
// nlohmann's `nlohmann::json j = entity` and `j = secretField`) writes a non-empty secret as the
// string kMaskedSecret ("[secret]"); an empty one (""/null/nullopt) stays empty, since an absent
// secret reveals nothing. So Copy as JSON, the CLI export, logs and any inspector are safe by
// construction.
//
// The few places that must send or store the real value say so explicitly with a scope:
//
//     { sk::json::IncludeSecrets include; body = nlohmann::json(credentials); }
//
// (the services' request bodies via services::requestBody(), the sandbox's answers and its
// --state file). The scope is per thread and nests. Decoding is never affected.

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <type_traits>
#include <utility>

namespace sk::json {

// What a masked secret encodes as.
inline constexpr const char *kMaskedSecret = "[secret]";

// While one of these lives on a thread, secrets encode as their real values on that thread.
class IncludeSecrets
{
public:
    IncludeSecrets();
    ~IncludeSecrets();
    IncludeSecrets(const IncludeSecrets &) = delete;
    IncludeSecrets &operator=(const IncludeSecrets &) = delete;
};

// True inside an IncludeSecrets scope on this thread.
bool secretsIncluded();

} // namespace sk::json

namespace sk::entities {

// T is a class type: std::string, std::optional<std::string> or nlohmann::json.
template <typename T>
struct Secret : T
{
    using T::T;
    Secret() = default;
    Secret(const T &value) : T(value) { }           // NOLINT: implicit, like the T it replaces
    Secret(T &&value) : T(std::move(value)) { }     // NOLINT

    // The real value, spelled out where it is used on purpose (a Reveal button, a clipboard copy).
    const T &reveal() const { return *this; }
    T &reveal() { return *this; }

    // Compared as T (exact matches, so T's own mixed-type operators never make it ambiguous).
    friend bool operator==(const Secret &a, const Secret &b) { return a.reveal() == b.reveal(); }
    template <typename U>
        requires(!std::is_same_v<U, Secret>)
    friend bool operator==(const Secret &a, const U &b)
    {
        return a.reveal() == b;
    }
};

// Whether a secret holds nothing to hide ("" / null / nullopt): such a value encodes as itself.
inline bool isEmptySecret(const std::string &v) { return v.empty(); }
inline bool isEmptySecret(const nlohmann::json &v) { return v.is_null(); }
template <typename U>
bool isEmptySecret(const std::optional<U> &v) { return !v.has_value(); }

// The JSON codecs (json::writeValue/readValue and the nlohmann ADL hooks) are in
// services/json/jsonfields.h, next to those of every other field type.

} // namespace sk::entities
