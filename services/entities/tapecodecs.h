#pragma once

// The fast list-path codecs of the entities the CLI export streams in bulk (organizations,
// connected accounts): decoding from a json::Tape (services/json/tape.h) and reading export
// cells (services/json/fieldcells.h). Each is defined next to the entity's from_json/to_json
// from the same fields(io, o) template, so there is one field list per entity.

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

void readFields(const Organization &o, json::FieldCells &cells);
void readFields(const ConnectedAccount &o, json::FieldCells &cells);

} // namespace sk::entities
