#pragma once

#include <QCommandLineOption>
#include <QString>

#include <nlohmann/json.hpp>
#include <string>

namespace sk::app::cli {

// What a command that makes a secret the API shows only once (a SCIM bearer token, an API-client
// secret) prints: one record, the secret among its fields, masked as "[secret]" unless --reveal
// asked for it, as `export` writes secrets. Never logged.
QCommandLineOption revealOption(const QString &what); // what: "the new token"
QCommandLineOption oneTimeSecretFormatOption(); // --format json (default), csv or table
// Empty when name is json, csv or table; otherwise the usage problem.
QString oneTimeSecretFormatProblem(const QString &name);

struct OneTimeSecret
{
    nlohmann::ordered_json fields; // the record without the secret, in the order printed
    std::string secretField; // the secret's field name ("plain_secret"), printed last
    std::string value; // the plain secret; wiped by printOneTimeSecret
    QString kind; // what it is, for the note when masked ("SCIM bearer token")
};

// Prints the record on stdout in the format (json: one object; csv: a header row and one row;
// table: one "field  value" line each), then wipes the secret. When not revealed, says on stderr
// that the secret was not printed and cannot be shown again. Returns the exit code (0, or 6
// when standard output cannot be written).
int printOneTimeSecret(OneTimeSecret &secret, const QString &format, bool reveal);

} // namespace sk::app::cli
