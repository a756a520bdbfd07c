#pragma once

#include "sandbox/sandboxoptions.h"
#include "services/entities/directory.h"
#include "services/entities/timestamp.h"

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace sk::sandbox {

class SandboxStore;

// Fills a SandboxStore with realistic demo data, deterministic for a given seed (timestamps are
// relative to the start time). The first organizations (up to kRichOrganizations) are "rich":
// SSO connections, directories, domains, roles, clients; the rest (size flags) are plain rows.
class SeedGenerator
{
public:
    static constexpr int kRichOrganizations = 40;

    SeedGenerator(SandboxStore &store, const SandboxOptions &options);
    void run();

private:
    // seedgenerator.cpp
    void generatePermissionsAndRoles();
    void generateOrganizations();
    void generateUsers();
    void generateClients();
    // seedidentity.cpp
    void generateSessions();
    void generateConnections();
    void generateDirectories();
    // count users for dir beyond its first `first`, named and timed without the random generator.
    void addDirectoryCrowd(const entities::Directory &dir, const std::vector<std::string> &groupIds,
                           const std::string &domain, int first, int count);
    static constexpr int kCrowdSize = 110;
    // seedagentkit.cpp
    void generateAppConnections();
    void generateConnectedAccounts();
    void generateMcp();
    void generateAuthLogs();

    std::uint64_t next() { return m_random(); }
    int below(int n) { return n <= 0 ? 0 : int(m_random() % std::uint64_t(n)); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0.0, 1.0)(m_random) < p; }
    template <typename Span>
    std::string_view pick(const Span &span) { return span[std::size_t(below(int(span.size())))]; }
    // A time this many seconds away from now (negative: in the past).
    entities::Timestamp at(std::int64_t secondsFromNow) const;
    entities::Timestamp pastWithin(std::int64_t seconds) { return at(-1 - std::int64_t(next() % std::uint64_t(seconds))); }

    SandboxStore &m_store;
    SandboxOptions m_options;
    std::mt19937_64 m_random;
    entities::Timestamp m_now;
    int m_richCount = 0;
    std::vector<std::string> m_orgDomains; // primary email domain of each rich organization
};

} // namespace sk::sandbox
