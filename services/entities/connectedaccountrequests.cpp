#include "services/entities/connectedaccountrequests.h"

namespace sk::entities {

void from_json(const nlohmann::json &j, ConnectedAccountCredentials &o)
{
    const json::Reader r(j);
    r.read("authorization_details", o.authorizationDetails);
    r.read("api_config", o.apiConfig);
}

void to_json(nlohmann::json &j, const ConnectedAccountCredentials &o)
{
    json::Writer w(j);
    w.write("authorization_details", o.authorizationDetails);
    w.write("api_config", o.apiConfig);
}

} // namespace sk::entities
