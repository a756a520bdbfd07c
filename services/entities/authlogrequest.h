#pragma once

#include "services/json/jsonfields.h"

#include <string>
#include <vector>

namespace sk::entities {

// auditlogs.ConnectionDetails
struct AuthLogConnectionDetails
{
    std::string connectionId;
    std::string organizationId;
    std::string connectionType;
    std::string connectionProvider;
    friend bool operator==(const AuthLogConnectionDetails &, const AuthLogConnectionDetails &) = default;
};

// auditlogs.AuthLogRequest: GET /logs/authentication/requests returns
// {authRequests[], next_page_token, prev_page_token, total_size} -- note the camelCase items key:
// decodePage<AuthLogRequest>(body, pagekeys::kAuthRequests). status is a plain string
// (INITIATED, PENDING, SUCCESS, FAILED); connection_type/provider are plain strings too.
struct AuthLogRequest
{
    std::string organizationId;
    std::string environmentId;
    std::string connectionId;
    std::string authRequestId;
    std::string email;
    std::string connectionType;
    std::string connectionProvider;
    std::string status;
    Timestamp timestamp;
    std::vector<AuthLogConnectionDetails> connectionDetails;
    std::string workflow;
    std::string resourceId;
    std::string resourceName;
    std::string resourceType;
    std::string connectedAccountIdentifier;
    std::string clientId;
    std::string clientName;
    std::string clientType;
    friend bool operator==(const AuthLogRequest &, const AuthLogRequest &) = default;
};

void from_json(const nlohmann::json &j, AuthLogConnectionDetails &o);
void to_json(nlohmann::json &j, const AuthLogConnectionDetails &o);
void from_json(const nlohmann::json &j, AuthLogRequest &o);
void to_json(nlohmann::json &j, const AuthLogRequest &o);

} // namespace sk::entities
