#include "services/entities/invite.h"

namespace sk::entities {

void from_json(const nlohmann::json &j, Invite &o)
{
    const json::Reader r(j);
    r.read("organization_id", o.organizationId);
    r.read("user_id", o.userId);
    r.read("inviter_email", o.inviterEmail);
    r.read("status", o.status);
    r.read("created_at", o.createdAt);
    r.read("expires_at", o.expiresAt);
    r.read("resent_at", o.resentAt);
    r.read("resent_count", o.resentCount);
}

void to_json(nlohmann::json &j, const Invite &o)
{
    json::Writer w(j);
    w.write("organization_id", o.organizationId);
    w.write("user_id", o.userId);
    w.write("inviter_email", o.inviterEmail);
    w.write("status", o.status);
    w.write("created_at", o.createdAt);
    w.write("expires_at", o.expiresAt);
    w.write("resent_at", o.resentAt);
    w.write("resent_count", o.resentCount);
}

} // namespace sk::entities
