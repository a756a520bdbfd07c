#pragma once

#include "services/entities/connectedaccount.h"
#include "services/entities/connectedaccountrequests.h"
#include "services/resources/accountselector.h"
#include "services/resources/servicesupport.h"

namespace sk::services {

// Filters of GET /connected_accounts (page_size < 100). connectionNames repeats the key
// (connection_names=a&connection_names=b, at most 20).
struct ConnectedAccountFilter
{
    std::string organizationId;
    std::string userId;
    std::string connector;
    std::string identifier;
    std::string provider;
    std::string query;
    std::vector<std::string> connectionNames;
};

// Optional members of POST /connected_accounts/magic_link besides the selector.
struct MagicLinkOptions
{
    std::string state;
    std::string userVerifyUrl;
};

// connected_accounts.ConnectedAccountService (reference §3.9). Accounts are picked by an
// AccountSelector: by id, or by connector (connection name) + identifier (+ organization/user).
// Tokens, magic links and credentials are secrets: never log what these calls return.
class ConnectedAccountsService
{
public:
    explicit ConnectedAccountsService(api::ApiClient *client) : m_client(client) {}

    using ConnectedAccount = entities::ConnectedAccount;
    using AccountPage = entities::Page<ConnectedAccount>;

    // The GET /connected_accounts request of list(), for callers that decode pages themselves
    // (AccountsOverview folds each page into counts on a worker thread).
    static api::ApiRequest listRequest(const ConnectedAccountFilter &filter, const PageQuery &page);
    // Items omit authorization_details.
    api::ApiCall *list(const ConnectedAccountFilter &filter, const PageQuery &page, QObject *owner,
                       Callback<AccountPage> done);
    // query: 3..200 characters; page_size <= 30.
    api::ApiCall *search(const std::string &query, const std::string &connectionId, const PageQuery &page,
                         QObject *owner, Callback<AccountPage> done);
    // The account belongs to selector.connector + identifier (+ organizationId/userId); an id in
    // the selector is ignored.
    api::ApiCall *create(const AccountSelector &selector, const entities::ConnectedAccountCredentials &account,
                         QObject *owner, Callback<ConnectedAccount> done);
    // PUT: replaces the credentials; sending the same ones again is harmless, so it is retried.
    api::ApiCall *update(const AccountSelector &selector, const entities::ConnectedAccountCredentials &account,
                         QObject *owner, Callback<ConnectedAccount> done);
    // POST /connected_accounts:delete
    api::ApiCall *remove(const AccountSelector &selector, QObject *owner, Callback<api::Empty> done);
    // A new single-use authorization link for the account (not retried: each call mints a link).
    api::ApiCall *magicLink(const AccountSelector &selector, QObject *owner, Callback<entities::MagicLink> done);
    api::ApiCall *magicLink(const AccountSelector &selector, const MagicLinkOptions &options, QObject *owner,
                            Callback<entities::MagicLink> done);
    // GET /connected_accounts/auth and /details: the full account including tokens.
    api::ApiCall *auth(const AccountSelector &selector, QObject *owner, Callback<ConnectedAccount> done);
    api::ApiCall *details(const AccountSelector &selector, QObject *owner, Callback<ConnectedAccount> done);
    api::ApiCall *get(const std::string &id, QObject *owner, Callback<ConnectedAccount> done);
    // POST /connected_accounts/{id}:disconnect: status becomes DISCONNECTED (retried: harmless).
    api::ApiCall *disconnect(const std::string &id, QObject *owner, Callback<ConnectedAccount> done);

private:
    api::ApiClient *m_client;
};

} // namespace sk::services
