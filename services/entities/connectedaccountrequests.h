#pragma once

#include "services/entities/connectedaccount.h"
#include "services/json/jsonfields.h"

#include <optional>

// connected_accounts.CreateConnectedAccount / UpdateConnectedAccount: the `connected_account`
// member of POST and PUT /connected_accounts (reference §3.9). Both carry credentials: secrets.
namespace sk::entities {

struct ConnectedAccountCredentials
{
    std::optional<AuthorizationDetails> authorizationDetails;
    nlohmann::json apiConfig; // Struct; null is not sent
    friend bool operator==(const ConnectedAccountCredentials &, const ConnectedAccountCredentials &) = default;
};

void from_json(const nlohmann::json &j, ConnectedAccountCredentials &o);
void to_json(nlohmann::json &j, const ConnectedAccountCredentials &o);

} // namespace sk::entities
