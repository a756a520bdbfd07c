#include "sandbox/sandboxstore.h"

#include "sandbox/seedgenerator.h"
#include "services/entities/tapecodecs.h"
#include "services/json/textwriter.h"

#include <QString>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <iterator>

namespace sk::sandbox {

using namespace entities;

SandboxStore::SandboxStore(const SandboxOptions &options)
    : m_options(options)
    , m_random(options.seed)
    , m_nextId(300'000'000'000'000'000ULL + (options.seed % 1000) * 1'000'000'000'000ULL)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "env_%017llu",
                  static_cast<unsigned long long>(80'000'000'000'000'000ULL + options.seed));
    m_environmentId = buffer;
}

void SandboxStore::generate()
{
    SeedGenerator(*this, m_options).run();
    connectedAccounts.reindex();
}

std::string SandboxStore::newId(std::string_view prefix)
{
    m_nextId += 1 + (m_random() % 4093);
    char digits[24];
    std::snprintf(digits, sizeof digits, "%018llu", static_cast<unsigned long long>(m_nextId));
    std::string id(prefix);
    id += digits;
    return id;
}

std::string SandboxStore::newToken(std::size_t length)
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    std::string out;
    out.reserve(length);
    for (std::size_t i = 0; i < length; ++i)
        out.push_back(kAlphabet[m_random() % (sizeof kAlphabet - 1)]);
    return out;
}

Timestamp SandboxStore::now() const
{
    return Timestamp::now();
}

const std::string &SandboxStore::organizationJson(const Organization &org)
{
    const auto &rows = organizations.rows();
    if (m_organizationJsonGeneration != generation || m_organizationJson.size() != rows.size()) {
        m_organizationJson.assign(rows.size(), std::string());
        m_organizationJsonGeneration = generation;
    }
    const auto index = std::size_t(std::distance(rows.data(), &org));
    if (rows.empty() || std::less<const entities::Organization *>()(&org, rows.data())
        || index >= rows.size()) {
        m_organizationJsonScratch = json::encodeText(org); // not a row of the table (a copy)
        return m_organizationJsonScratch;
    }
    std::string &text = m_organizationJson[index];
    if (text.empty())
        text = json::encodeText(org);
    return text;
}

Organization *SandboxStore::findOrganizationByExternalId(const std::string &externalId)
{
    if (externalId.empty())
        return nullptr;
    return organizations.findIf([&](const Organization &o) { return o.externalId == externalId; });
}

User *SandboxStore::findUserByExternalId(const std::string &externalId)
{
    if (externalId.empty())
        return nullptr;
    return users.findIf([&](const User &u) { return u.externalId == externalId; });
}

User *SandboxStore::findUserByEmail(const std::string &email)
{
    QString wanted = QString::fromStdString(email).toCaseFolded();
    return users.findIf(
        [&](const User &u) { return QString::fromStdString(u.email).toCaseFolded() == wanted; });
}

Role *SandboxStore::findRole(const std::string &name)
{
    return roles.findIf([&](const Role &r) { return r.name == name; });
}

Role *SandboxStore::findOrganizationRole(const std::string &organizationId, const std::string &name)
{
    OrgRoleRow *row = organizationRoles.findIf(
        [&](const OrgRoleRow &r) { return r.organizationId == organizationId && r.role.name == name; });
    return row ? &row->role : nullptr;
}

const Role *SandboxStore::resolveRole(const std::string &organizationId, const std::string &name)
{
    if (const Role *r = findOrganizationRole(organizationId, name))
        return r;
    return findRole(name);
}

std::vector<RolePermission> SandboxStore::effectivePermissions(const std::string &organizationId,
                                                               const std::string &roleName)
{
    std::vector<RolePermission> out;
    std::string current = roleName;
    for (int depth = 0; depth < 16 && !current.empty(); ++depth) {
        const Role *role = resolveRole(organizationId, current);
        if (!role)
            break;
        for (const RolePermission &p : role->permissions) {
            if (std::none_of(out.begin(), out.end(),
                             [&](const RolePermission &x) { return x.name == p.name; }))
                out.push_back(p);
        }
        current = role->extends.value_or(std::string());
    }
    return out;
}

bool SandboxStore::deleteUser(const std::string &userId)
{
    const std::string id = userId; // userId may be the erased user's own id member
    if (!users.erase(id))
        return false;
    std::erase_if(invites, [&](const auto &entry) { return entry.first.second == id; });
    onUserDeleted(id);
    return true;
}

bool SandboxStore::deleteMembership(const std::string &organizationId, const std::string &userId,
                                    bool cascade)
{
    User *user = users.find(userId);
    if (!user)
        return false;
    const auto before = user->memberships.size();
    std::erase_if(user->memberships,
                  [&](const OrganizationMembership &m) { return m.organizationId == organizationId; });
    if (before == user->memberships.size())
        return false;
    invites.erase({organizationId, userId});
    if (cascade || user->memberships.empty())
        deleteUser(userId);
    else
        user->updateTime = now();
    return true;
}

bool SandboxStore::deleteOrganization(const std::string &id)
{
    if (!organizations.erase(id))
        return false;
    domains.eraseIf([&](const Domain &d) { return d.organizationId == id; });
    organizationRoles.eraseIf([&](const OrgRoleRow &r) { return r.organizationId == id; });
    clients.eraseIf([&](const M2MClient &c) { return c.organizationId == id; });
    std::erase_if(portalLinks, [&](const PortalLinkRow &l) { return l.organizationId == id; });
    sessionPolicies.erase(id);
    userManagement.erase(id);
    organizationDefaultMemberRole.erase(id);
    std::erase_if(invites, [&](const auto &entry) { return entry.first.first == id; });
    onOrganizationDeleted(id);

    // Memberships go; users left in no organization go with them.
    std::vector<std::string> orphans;
    for (User &user : users) {
        const auto before = user.memberships.size();
        std::erase_if(user.memberships,
                      [&](const OrganizationMembership &m) { return m.organizationId == id; });
        if (before != user.memberships.size() && user.memberships.empty())
            orphans.push_back(user.id);
    }
    for (const std::string &userId : orphans)
        deleteUser(userId);
    return true;
}

QString SandboxStore::summary() const
{
    const nlohmann::json c = counts();
    QStringList parts;
    for (auto it = c.begin(); it != c.end(); ++it)
        parts << QString::fromStdString(it.key()) + u' ' + QString::number(it.value().get<long long>());
    return parts.join(QStringLiteral(", "));
}

} // namespace sk::sandbox

namespace sk::sandbox {

void SandboxStore::onUserDeleted(const std::string &userId)
{
    sessions.eraseIf([&](const SessionDetails &s) { return s.userId == userId; });
}

void SandboxStore::onOrganizationDeleted(const std::string &organizationId)
{
    connections.eraseIf([&](const Connection &c) { return c.organizationId == organizationId; });
    std::vector<std::string> dirs;
    for (const Directory &d : directories) {
        if (d.organizationId == organizationId)
            dirs.push_back(d.id);
    }
    for (const std::string &id : dirs)
        deleteDirectory(id);
}

Connection *SandboxStore::findAppConnectionByName(const std::string &name)
{
    return connections.findIf([&](const Connection &c) { return !c.isSso() && c.keyId == name; });
}

void SandboxStore::deleteDirectory(const std::string &directoryId)
{
    const std::string id = directoryId; // directoryId may be the erased directory's own id member
    directories.erase(id);
    directoryUsers.eraseIf([&](const DirectoryUserRow &u) { return u.directoryId == id; });
    directoryGroups.eraseIf([&](const DirectoryGroupRow &g) { return g.directoryId == id; });
}

void SandboxStore::refreshOrganizationFeatures(const std::string &organizationId)
{
    Organization *org = organizations.find(organizationId);
    if (!org)
        return;
    const bool sso = std::any_of(connections.begin(), connections.end(), [&](const Connection &c) {
        return c.organizationId == organizationId && c.enabled;
    });
    const bool dirSync = std::any_of(directories.begin(), directories.end(), [&](const Directory &d) {
        return d.organizationId == organizationId && d.enabled;
    });
    const auto set = [&](const char *name, bool enabled) {
        for (OrganizationSettingsFeature &f : org->settings.features) {
            if (f.name == name) {
                f.enabled = enabled;
                return;
            }
        }
        org->settings.features.push_back({name, enabled});
    };
    set("sso", sso);
    set("dir_sync", dirSync);
}

} // namespace sk::sandbox
