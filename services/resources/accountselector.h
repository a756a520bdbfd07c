#pragma once

#include "services/api/apirequest.h"

#include <nlohmann/json.hpp>

#include <string>

namespace sk::services {

// Picks one connected account: by id, or by connector (the connection name) + identifier,
// optionally narrowed by organization or user (reference §3.9).
struct AccountSelector
{
    std::string id;
    std::string connector;
    std::string identifier;
    std::string organizationId;
    std::string userId;

    static AccountSelector byId(std::string id) { return {std::move(id), {}, {}, {}, {}}; }
    static AccountSelector byConnector(std::string connector, std::string identifier)
    {
        return {{}, std::move(connector), std::move(identifier), {}, {}};
    }

    // As query parameters (GET .../auth, .../details).
    void applyTo(api::ApiRequest &request) const
    {
        request.query(QStringLiteral("id"), id)
            .query(QStringLiteral("connector"), connector)
            .query(QStringLiteral("identifier"), identifier)
            .query(QStringLiteral("organization_id"), organizationId)
            .query(QStringLiteral("user_id"), userId);
    }

    // As body members (magic_link, :delete, PUT update); empty members are left out.
    void writeTo(nlohmann::json &body) const
    {
        auto put = [&body](const char *key, const std::string &value) {
            if (!value.empty())
                body[key] = value;
        };
        put("id", id);
        put("connector", connector);
        put("identifier", identifier);
        put("organization_id", organizationId);
        put("user_id", userId);
    }
};

} // namespace sk::services
