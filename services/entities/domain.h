#pragma once

#include "services/json/jsonfields.h"

#include <string>

namespace sk::entities {

// domains.DomainType
enum class DomainType : std::int32_t { Unspecified = 0, AllowedEmailDomain = 1, OrganizationDomain = 2, Unknown = -1 };
inline constexpr json::EnumEntry<DomainType> kDomainTypeNames[] = {
    {DomainType::Unspecified, "DOMAIN_TYPE_UNSPECIFIED"},
    {DomainType::AllowedEmailDomain, "ALLOWED_EMAIL_DOMAIN"},
    {DomainType::OrganizationDomain, "ORGANIZATION_DOMAIN"},
};
constexpr std::span<const json::EnumEntry<DomainType>> enumTable(DomainType) { return kDomainTypeNames; }

// domains.VerificationStatus
enum class VerificationStatus : std::int32_t { Unspecified = 0, Pending = 1, Verified = 2, Failed = 3, AutoVerified = 4, Unknown = -1 };
inline constexpr json::EnumEntry<VerificationStatus> kVerificationStatusNames[] = {
    {VerificationStatus::Unspecified, "VERIFICATION_STATUS_UNSPECIFIED"},
    {VerificationStatus::Pending, "PENDING"},
    {VerificationStatus::Verified, "VERIFIED"},
    {VerificationStatus::Failed, "FAILED"},
    {VerificationStatus::AutoVerified, "AUTO_VERIFIED"},
};
constexpr std::span<const json::EnumEntry<VerificationStatus>> enumTable(VerificationStatus) { return kVerificationStatusNames; }

// domains.VerificationMethod
enum class VerificationMethod : std::int32_t { Unspecified = 0, Admin = 1, Dns = 2, NotApplicable = 3, Unknown = -1 };
inline constexpr json::EnumEntry<VerificationMethod> kVerificationMethodNames[] = {
    {VerificationMethod::Unspecified, "VERIFICATION_METHOD_UNSPECIFIED"},
    {VerificationMethod::Admin, "ADMIN"},
    {VerificationMethod::Dns, "DNS"},
    {VerificationMethod::NotApplicable, "NOT_APPLICABLE"},
};
constexpr std::span<const json::EnumEntry<VerificationMethod>> enumTable(VerificationMethod) { return kVerificationMethodNames; }

// domains.Domain. Wrappers: {domain}; list is page-number style, NumberedPage<Domain> with "domains".
struct Domain
{
    std::string id;
    std::string domain;
    std::string environmentId;
    std::string organizationId;
    std::string txtRecordKey;
    std::string txtRecordSecret;
    Enum<VerificationStatus> verificationStatus;
    Timestamp createTime;
    Timestamp updateTime;
    Enum<DomainType> domainType;
    Enum<VerificationMethod> verificationMethod;
    friend bool operator==(const Domain &, const Domain &) = default;
};

// domains.CreateDomain (POST .../domains body).
struct CreateDomain
{
    std::string domain;
    Enum<DomainType> domainType;
    friend bool operator==(const CreateDomain &, const CreateDomain &) = default;
};

void from_json(const nlohmann::json &j, Domain &o);
void to_json(nlohmann::json &j, const Domain &o);
void from_json(const nlohmann::json &j, CreateDomain &o);
void to_json(nlohmann::json &j, const CreateDomain &o);

} // namespace sk::entities
