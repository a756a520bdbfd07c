#include "tests/support/sandboxsecrets.h"

#include "tests/integration/rawconnectedaccounts.h"
#include "tests/support/sandboxprocess.h"

#include <nlohmann/json.hpp>
#include <optional>

namespace sk::test {

namespace {

bool isCredentialKey(const std::string &key)
{
    if (key == "token_type" || key == "username")
        return false;
    for (const char *part : {"token", "secret", "key", "password"}) {
        if (key.find(part) != std::string::npos)
            return true;
    }
    return false;
}

// Every credential-looking string under `value` (authorization details of any auth type).
void addCredentials(const nlohmann::json &value, const std::string &key, SecretScan &scan)
{
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it)
            addCredentials(it.value(), it.key(), scan);
    } else if (value.is_array()) {
        for (const auto &item : value)
            addCredentials(item, key, scan);
    } else if (value.is_string() && isCredentialKey(key) && value.get<std::string>().size() >= 8) {
        scan.add(secretkind::accountToken, QString::fromStdString(value.get<std::string>()));
    }
}

// Every item of a paged list, over the raw client.
std::optional<std::vector<nlohmann::json>> listAll(RawConnectedAccounts &raw, const QString &path,
                                                   const char *member)
{
    std::vector<nlohmann::json> items;
    std::string next;
    for (int guard = 0; guard < 10000; ++guard) {
        const auto page = raw.call(
            "GET",
            QStringLiteral("%1?page_size=30&page_token=%2")
                .arg(path, QString::fromUtf8(QUrl::toPercentEncoding(QString::fromStdString(next)))));
        if (!page)
            return std::nullopt;
        for (const auto &item : page->value(member, nlohmann::json::array()))
            items.push_back(item);
        next = page->value("next_page_token", "");
        if (next.empty())
            return items;
    }
    return std::nullopt;
}

} // namespace

QStringList hygieneSandboxArguments(const QString &clientSecret)
{
    return {QStringLiteral("--seed"),
            QStringLiteral("7"),
            QStringLiteral("--client-secret"),
            clientSecret,
            QStringLiteral("--connected-accounts"),
            QStringLiteral("60"),
            QStringLiteral("--mcp-instances"),
            QStringLiteral("12")};
}

void addSecretPatterns(SecretScan &scan)
{
    // The sandbox's public link paths end in the secret token; its log cuts them after the
    // first segment, so the path with any token after it is a leak.
    scan.addPattern(secretkind::portalLink, QStringLiteral("/magicLink/[A-Za-z0-9_-]{6,}"));
    scan.addPattern(secretkind::magicLink, QStringLiteral("/connect/[A-Za-z0-9_-]{6,}"));
    scan.addPattern(secretkind::mcpUrl, QStringLiteral("/mcp/mcpi_[A-Za-z0-9_]+/[A-Za-z0-9_-]{6,}"));
    scan.addPattern(secretkind::accessToken, QStringLiteral("Bearer [A-Za-z0-9._~+/-]{16,}"));
    scan.addPattern(secretkind::clientSecret, QStringLiteral("client_secret=[^&\\s\"]{3,}"));
    // The sandbox's plain values (sandbox/routes_directories.cpp, routes_clients.cpp): "snd_scim_"
    // and 40 characters, "snd_" and 48; the API only ever returns their last 4.
    scan.addPattern(secretkind::scimToken, QStringLiteral("snd_scim_[A-Za-z0-9]{12,}"));
    scan.addPattern(secretkind::apiClientSecret, QStringLiteral("snd_[A-Za-z0-9]{24,}"));
}

bool collectSandboxSecrets(SandboxProcess &sandbox, SecretScan &scan, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    scan.add(secretkind::clientSecret, sandbox.clientSecret());
    RawConnectedAccounts raw(sandbox);
    const QByteArray token = raw.accessToken();
    if (token.count('.') != 2)
        return fail(QStringLiteral("no JWT from /oauth/token"));
    scan.add(secretkind::accessToken, QString::fromLatin1(token));
    scan.add(secretkind::accessToken, QString::fromLatin1(token.left(token.indexOf('.'))));

    const auto instances = listAll(raw, QStringLiteral("/api/v1/mcp/instances"), "instances");
    if (!instances)
        return fail(QStringLiteral("cannot list the MCP instances"));
    for (const auto &instance : *instances)
        scan.add(secretkind::mcpUrl, QString::fromStdString(instance.value("url", "")));

    const auto accounts = raw.all();
    if (!accounts)
        return fail(QStringLiteral("cannot list the connected accounts"));
    for (const auto &account : *accounts) {
        const auto detail = raw.call("GET",
                                     QStringLiteral("/api/v1/connected_accounts/%1")
                                         .arg(QString::fromStdString(account.value("id", ""))));
        if (!detail)
            return fail(QStringLiteral("cannot read a connected account"));
        const nlohmann::json &a = detail->value("connected_account", nlohmann::json::object());
        addCredentials(a.value("authorization_details", nlohmann::json()), {}, scan);
        addCredentials(a.value("api_config", nlohmann::json()), {}, scan);
    }
    return true;
}

bool makeOneTimeSecrets(SandboxProcess &sandbox, SecretScan &scan, OneTimeSecrets *made, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    RawConnectedAccounts raw(sandbox);
    // The first organization with a SCIM directory (the API has no documented call that makes one).
    const auto organizations = listAll(raw, QStringLiteral("/api/v1/organizations"), "organizations");
    if (!organizations)
        return fail(QStringLiteral("cannot list the organizations"));
    QString org;
    for (const auto &organization : *organizations) {
        made->organizationId = QString::fromStdString(organization.value("id", ""));
        org = QStringLiteral("/api/v1/organizations/") + made->organizationId;
        const auto directories = raw.call("GET", org + QStringLiteral("/directories"));
        if (directories && !directories->value("directories", nlohmann::json::array()).empty()) {
            made->directoryId = QString::fromStdString((*directories)["directories"][0].value("id", ""));
            break;
        }
    }
    if (made->directoryId.isEmpty())
        return fail(QStringLiteral("no organization has a directory"));
    for (const char *verb : {"/secrets", "/secrets:regenerate"}) {
        const auto token = raw.call(
            "POST", org + QStringLiteral("/directories/") + made->directoryId + QString::fromLatin1(verb));
        if (!token || token->value("plain_secret", "").empty())
            return fail(QStringLiteral("no SCIM token from ") + QString::fromLatin1(verb));
        scan.add(secretkind::scimToken, QString::fromStdString(token->value("plain_secret", "")));
    }
    const auto client = raw.call("POST", org + QStringLiteral("/clients"), {{"name", "hygiene client"}});
    if (!client || client->value("plain_secret", "").empty())
        return fail(QStringLiteral("cannot make an API client"));
    scan.add(secretkind::apiClientSecret, QString::fromStdString(client->value("plain_secret", "")));
    made->clientId = QString::fromStdString((*client)["client"].value("client_id", ""));
    const auto second
        = raw.call("POST", org + QStringLiteral("/clients/") + made->clientId + QStringLiteral("/secrets"));
    if (!second || second->value("plain_secret", "").empty())
        return fail(QStringLiteral("no second API-client secret"));
    scan.add(secretkind::apiClientSecret, QString::fromStdString(second->value("plain_secret", "")));
    return true;
}

} // namespace sk::test
