#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

class QCommandLineParser;

namespace sk::sandbox {

// Fault settings: adjustable at start (flags) and at run time (PUT /_sandbox/faults).
struct FaultSettings
{
    int latencyMs = 0;       // added to every API answer
    double errorRate = 0.0;  // share of 503 answers, 0..1
    int rateLimit = 0;       // requests per second before 429 (0 = unlimited)
    double dropRate = 0.0;   // share of connections closed without an answer
    double malformedRate = 0.0; // share of bodies that are not JSON or are cut short
    int tokenTtlSeconds = 86399; // lifetime of issued access tokens
};

// Everything the sandbox needs to start; shared by scalekit-sandbox and scalekit-console --sandbox.
struct SandboxOptions
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    quint64 seed = 42;
    QString clientId;     // empty: a fixed default derived from nothing (skc_sandbox...)
    QString clientSecret; // empty: a fixed default
    int organizations = 40;
    int users = 600;
    int connectedAccounts = 500;
    int mcpInstances = 60;
    FaultSettings faults;
    int idleTimeoutMs = 60000; // a keep-alive connection idle this long is closed
    int requestTimeoutMs = 15000; // a request not complete this long after its first byte: 408
    QString stateFile;
    QString recordRequestsFile; // JSONL of every API request's method, path and body (tests only)

    QString effectiveClientId() const;
    QString effectiveClientSecret() const;
};

struct SandboxOptionsParse
{
    std::optional<SandboxOptions> options; // set on success
    QString error;                         // set on failure
};

// Registers the sandbox options on parser, each name prefixed with prefix ("" for the
// scalekit-sandbox program, "sandbox-" for the console).
void addSandboxOptions(QCommandLineParser &parser, const QString &prefix = {});

// Reads back the options registered with addSandboxOptions() from a parsed parser.
SandboxOptionsParse readSandboxOptions(const QCommandLineParser &parser, const QString &prefix = {});

// Parses a plain argument list such as {"--sandbox-organizations", "100000"} (no program name).
SandboxOptionsParse parseSandboxArguments(const QStringList &arguments, const QString &prefix = {});

} // namespace sk::sandbox
