#include "services/entities/connectedaccount.h"

#include "services/entities/tapecodecs.h"
#include "services/json/fieldcells.h"
#include "services/json/tape.h"
#include "services/json/textwriter.h"

namespace sk::entities {

namespace {

template<typename Io, typename Self> void oauthTokenFields(Io &io, Self &o)
{
    io("access_token", o.accessToken);
    io("refresh_token", o.refreshToken);
    io("scopes", o.scopes);
    io("domain", o.domain);
}

template<typename Io, typename Self> void googleDwdFields(Io &io, Self &o)
{
    io("subject", o.subject);
    io("access_token", o.accessToken);
    io("scopes", o.scopes);
    io("token_expires_at", o.tokenExpiresAt);
}

template<typename Io, typename Self> void trustedIdpFields(Io &io, Self &o)
{
    io("db_user", o.dbUser);
    io("access_key_id", o.accessKeyId);
    io("secret_access_key", o.secretAccessKey);
    io("session_token", o.sessionToken);
    io("expiry", o.expiry);
}

template<typename Io, typename Self> void detailsFields(Io &io, Self &o)
{
    io("oauth_token", o.oauthToken);
    io("static_auth", o.staticAuth);
    io("google_dwd", o.googleDwd);
    io("trusted_idp", o.trustedIdp);
}

template<typename Io, typename Self> void accountFields(Io &io, Self &o)
{
    io("identifier", o.identifier);
    io("provider", o.provider);
    io("status", o.status);
    io("authorization_type", o.authorizationType);
    io("authorization_details", o.authorizationDetails);
    io("token_expires_at", o.tokenExpiresAt);
    io("updated_at", o.updatedAt);
    io("connector", o.connector);
    io("last_used_at", o.lastUsedAt);
    io("id", o.id);
    io("connection_id", o.connectionId);
    io("api_config", o.apiConfig);
}

// accountFields as a list page shows the account: the credentials left out, `status` in place
// of the account's own; no copy of the account (or of its credentials) per row.
struct ListWriter
{
    json::TextWriter &w;
    const Enum<ConnectorStatus> &status;
    template<typename T> ListWriter &operator()(std::string_view key, const T &value)
    {
        if constexpr (std::is_same_v<T, Enum<ConnectorStatus>>)
            w(key, status);
        else if constexpr (!std::is_same_v<T,
                                           Box<AuthorizationDetails>> && !std::is_same_v<T, nlohmann::json>)
            w(key, value);
        return *this;
    }
};

} // namespace

void from_json(const nlohmann::json &j, OauthToken &o)
{
    const json::Reader r(j);
    oauthTokenFields(r, o);
}
void to_json(nlohmann::json &j, const OauthToken &o)
{
    json::Writer w(j);
    oauthTokenFields(w, o);
}
void from_json(const nlohmann::json &j, GoogleDwdAuth &o)
{
    const json::Reader r(j);
    googleDwdFields(r, o);
}
void to_json(nlohmann::json &j, const GoogleDwdAuth &o)
{
    json::Writer w(j);
    googleDwdFields(w, o);
}
void from_json(const nlohmann::json &j, TrustedIdpAuth &o)
{
    const json::Reader r(j);
    trustedIdpFields(r, o);
}
void to_json(nlohmann::json &j, const TrustedIdpAuth &o)
{
    json::Writer w(j);
    trustedIdpFields(w, o);
}
void from_json(const nlohmann::json &j, AuthorizationDetails &o)
{
    const json::Reader r(j);
    detailsFields(r, o);
}
void to_json(nlohmann::json &j, const AuthorizationDetails &o)
{
    json::Writer w(j);
    detailsFields(w, o);
}
void from_json(const nlohmann::json &j, ConnectedAccount &o)
{
    const json::Reader r(j);
    accountFields(r, o);
}
void to_json(nlohmann::json &j, const ConnectedAccount &o)
{
    json::Writer w(j);
    accountFields(w, o);
}

// The tape decoders and export cells from the same field lists (tapecodecs.h).
void from_tape(const json::TapeValue &v, OauthToken &o)
{
    const json::TapeReader r(v);
    oauthTokenFields(r, o);
}
void from_tape(const json::TapeValue &v, GoogleDwdAuth &o)
{
    const json::TapeReader r(v);
    googleDwdFields(r, o);
}
void from_tape(const json::TapeValue &v, TrustedIdpAuth &o)
{
    const json::TapeReader r(v);
    trustedIdpFields(r, o);
}
void from_tape(const json::TapeValue &v, AuthorizationDetails &o)
{
    const json::TapeReader r(v);
    detailsFields(r, o);
}
void from_tape(const json::TapeValue &v, ConnectedAccount &o)
{
    const json::TapeReader r(v);
    accountFields(r, o);
}
void readFields(const ConnectedAccount &o, json::FieldCells &cells)
{
    accountFields(cells, o);
}
void to_text(std::string &out, const OauthToken &o)
{
    json::TextWriter w(out);
    oauthTokenFields(w, o);
}
void to_text(std::string &out, const GoogleDwdAuth &o)
{
    json::TextWriter w(out);
    googleDwdFields(w, o);
}
void to_text(std::string &out, const TrustedIdpAuth &o)
{
    json::TextWriter w(out);
    trustedIdpFields(w, o);
}
void to_text(std::string &out, const AuthorizationDetails &o)
{
    json::TextWriter w(out);
    detailsFields(w, o);
}
void to_text(std::string &out, const ConnectedAccount &o)
{
    json::TextWriter w(out);
    accountFields(w, o);
}

void appendListText(std::string &out, const ConnectedAccount &o, const Enum<ConnectorStatus> &status)
{
    json::TextWriter w(out);
    ListWriter list {w, status};
    accountFields(list, o);
}

void from_json(const nlohmann::json &j, StaticAuth &o)
{
    const json::Reader r(j);
    r("details", o.details);
}

void to_json(nlohmann::json &j, const StaticAuth &o)
{
    json::Writer w(j);
    w("details", o.details);
}

void from_json(const nlohmann::json &j, MagicLink &o)
{
    const json::Reader r(j);
    r("link", o.link)("expiry", o.expiry);
}

void to_json(nlohmann::json &j, const MagicLink &o)
{
    json::Writer w(j);
    w("link", o.link)("expiry", o.expiry);
}

} // namespace sk::entities
