#include "services/entities/organizationclient.h"

namespace sk::entities {

void from_json(const nlohmann::json &j, CustomClaim &o)
{
    const json::Reader r(j);
    r.read("key", o.key);
    r.read("value", o.value);
}

void to_json(nlohmann::json &j, const CustomClaim &o)
{
    json::Writer w(j);
    w.write("key", o.key);
    w.write("value", o.value);
}

void from_json(const nlohmann::json &j, ClientSecret &o)
{
    const json::Reader r(j);
    r.read("id", o.id);
    r.read("create_time", o.createTime);
    r.read("update_time", o.updateTime);
    r.read("secret_suffix", o.secretSuffix);
    r.read("created_by", o.createdBy);
    r.read("status", o.status);
    r.read("expire_time", o.expireTime);
    r.read("last_used_time", o.lastUsedTime);
    r.read("plain_secret", o.plainSecret);
}

void to_json(nlohmann::json &j, const ClientSecret &o)
{
    json::Writer w(j);
    w.write("id", o.id);
    w.write("create_time", o.createTime);
    w.write("update_time", o.updateTime);
    w.write("secret_suffix", o.secretSuffix);
    w.write("created_by", o.createdBy);
    w.write("status", o.status);
    w.write("expire_time", o.expireTime);
    w.write("last_used_time", o.lastUsedTime);
    w.write("plain_secret", o.plainSecret);
}

void from_json(const nlohmann::json &j, OrganizationClient &o)
{
    const json::Reader r(j);
    r.read("name", o.name);
    r.read("description", o.description);
    r.read("scopes", o.scopes);
    r.read("audience", o.audience);
    r.read("custom_claims", o.customClaims);
    r.read("expiry", o.expiry);
}

void to_json(nlohmann::json &j, const OrganizationClient &o)
{
    json::Writer w(j);
    w.write("name", o.name);
    w.write("description", o.description);
    w.write("scopes", o.scopes);
    w.write("audience", o.audience);
    w.write("custom_claims", o.customClaims);
    w.write("expiry", o.expiry);
}

void from_json(const nlohmann::json &j, M2MClient &o)
{
    const json::Reader r(j);
    r.read("client_id", o.clientId);
    r.read("secrets", o.secrets);
    r.read("name", o.name);
    r.read("description", o.description);
    r.read("organization_id", o.organizationId);
    r.read("create_time", o.createTime);
    r.read("update_time", o.updateTime);
    r.read("scopes", o.scopes);
    r.read("audience", o.audience);
    r.read("custom_claims", o.customClaims);
    r.read("expiry", o.expiry);
    r.read("resource_id", o.resourceId);
    r.read("redirect_uris", o.redirectUris);
    r.read("is_dcr", o.isDcr);
    r.read("is_cimd", o.isCimd);
    r.read("metadata_uri", o.metadataUri);
}

void to_json(nlohmann::json &j, const M2MClient &o)
{
    json::Writer w(j);
    w.write("client_id", o.clientId);
    w.write("secrets", o.secrets);
    w.write("name", o.name);
    w.write("description", o.description);
    w.write("organization_id", o.organizationId);
    w.write("create_time", o.createTime);
    w.write("update_time", o.updateTime);
    w.write("scopes", o.scopes);
    w.write("audience", o.audience);
    w.write("custom_claims", o.customClaims);
    w.write("expiry", o.expiry);
    w.write("resource_id", o.resourceId);
    w.write("redirect_uris", o.redirectUris);
    w.write("is_dcr", o.isDcr);
    w.write("is_cimd", o.isCimd);
    w.write("metadata_uri", o.metadataUri);
}

void from_json(const nlohmann::json &j, CreateOrganizationClientResponse &o)
{
    const json::Reader r(j);
    r.read("client", o.client);
    r.read("plain_secret", o.plainSecret);
}

void to_json(nlohmann::json &j, const CreateOrganizationClientResponse &o)
{
    json::Writer w(j);
    w.write("client", o.client);
    w.write("plain_secret", o.plainSecret);
}

void from_json(const nlohmann::json &j, CreateClientSecretResponse &o)
{
    const json::Reader r(j);
    r.read("plain_secret", o.plainSecret);
    r.read("secret", o.secret);
}

void to_json(nlohmann::json &j, const CreateClientSecretResponse &o)
{
    json::Writer w(j);
    w.write("plain_secret", o.plainSecret);
    w.write("secret", o.secret);
}

} // namespace sk::entities
