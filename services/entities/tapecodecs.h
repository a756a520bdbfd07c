#pragma once

// The fast list-path codecs of the entities the CLI export streams in bulk (organizations,
// connected accounts): decoding from a json::Tape (services/json/tape.h), reading export
// cells (services/json/fieldcells.h), and the sandbox's JSON text of a list page
// (services/json/textwriter.h). Each is defined next to the entity's from_json/to_json
// from the same fields(io, o) template, so there is one field list per entity.

#include <string>

namespace sk::json {
class TapeValue;
class FieldCells;
} // namespace sk::json

namespace sk::entities {

struct Organization;
struct OrganizationSettings;
struct OrganizationSettingsFeature;
struct ConnectedAccount;
struct AuthorizationDetails;
struct OauthToken;
struct GoogleDwdAuth;
struct TrustedIdpAuth;

void from_tape(const json::TapeValue &v, Organization &o);
void from_tape(const json::TapeValue &v, OrganizationSettings &o);
void from_tape(const json::TapeValue &v, OrganizationSettingsFeature &o);
void from_tape(const json::TapeValue &v, ConnectedAccount &o);
void from_tape(const json::TapeValue &v, AuthorizationDetails &o);
void from_tape(const json::TapeValue &v, OauthToken &o);
void from_tape(const json::TapeValue &v, GoogleDwdAuth &o);
void from_tape(const json::TapeValue &v, TrustedIdpAuth &o);

void to_text(std::string &out, const Organization &o);
void to_text(std::string &out, const OrganizationSettings &o);
void to_text(std::string &out, const OrganizationSettingsFeature &o);
void to_text(std::string &out, const ConnectedAccount &o);
void to_text(std::string &out, const AuthorizationDetails &o);
void to_text(std::string &out, const OauthToken &o);
void to_text(std::string &out, const GoogleDwdAuth &o);
void to_text(std::string &out, const TrustedIdpAuth &o);

void readFields(const Organization &o, json::FieldCells &cells);
void readFields(const ConnectedAccount &o, json::FieldCells &cells);

} // namespace sk::entities
