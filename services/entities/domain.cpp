#include "services/entities/domain.h"

namespace sk::entities {

void from_json(const nlohmann::json &j, Domain &o)
{
    const json::Reader r(j);
    r.read("id", o.id);
    r.read("domain", o.domain);
    r.read("environment_id", o.environmentId);
    r.read("organization_id", o.organizationId);
    r.read("txt_record_key", o.txtRecordKey);
    r.read("txt_record_secret", o.txtRecordSecret);
    r.read("verification_status", o.verificationStatus);
    r.read("create_time", o.createTime);
    r.read("update_time", o.updateTime);
    r.read("domain_type", o.domainType);
    r.read("verification_method", o.verificationMethod);
}

void to_json(nlohmann::json &j, const Domain &o)
{
    json::Writer w(j);
    w.write("id", o.id);
    w.write("domain", o.domain);
    w.write("environment_id", o.environmentId);
    w.write("organization_id", o.organizationId);
    w.write("txt_record_key", o.txtRecordKey);
    w.write("txt_record_secret", o.txtRecordSecret);
    w.write("verification_status", o.verificationStatus);
    w.write("create_time", o.createTime);
    w.write("update_time", o.updateTime);
    w.write("domain_type", o.domainType);
    w.write("verification_method", o.verificationMethod);
}

void from_json(const nlohmann::json &j, CreateDomain &o)
{
    const json::Reader r(j);
    r.read("domain", o.domain);
    r.read("domain_type", o.domainType);
}

void to_json(nlohmann::json &j, const CreateDomain &o)
{
    json::Writer w(j);
    w.write("domain", o.domain);
    w.write("domain_type", o.domainType);
}

} // namespace sk::entities
