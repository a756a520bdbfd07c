#pragma once

#include "models/core/statusbadge.h"
#include "services/entities/mcpinstance.h"

#include <QString>

#include <vector>

namespace sk::models {

// Whether an MCP instance can be used: every connection of its config needs an ACTIVE
// connected account for the instance's user. A status the console does not know, an empty
// one (no account yet) and every other value count as not connected.
struct McpReadiness
{
    int connected = 0; // connections whose account is ACTIVE
    int total = 0; // connections of the config

    bool isReady() const { return connected == total; }

    // From the mappings of an instance's config (their connected_account_status is filled in
    // the instance context) or from an auth state (:get_auth_state).
    static McpReadiness of(const entities::McpInstance &instance);
    static McpReadiness of(const std::vector<entities::McpConnectionAuthState> &states);
    static bool isActive(const std::string &status) { return status == "ACTIVE"; }

    // "Ready" (good) or "n of m connected" (danger), with a tooltip saying what to do.
    StatusBadge badge() const;
    QString text() const;

    // The badge of one connection's account status; "" (no account yet) reads "Not connected".
    static StatusBadge statusBadge(const std::string &status);
    // The key used for the status of a connection with no account (matrix cells, CLI).
    static QString statusKey(const std::string &status);
};

} // namespace sk::models
