#include "sandbox/sandboxoptions.h"

#include <QCommandLineParser>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace sk::sandbox {

namespace {

struct OptionSpec
{
    const char16_t *name;
    const char16_t *description;
    const char16_t *valueName;
};

constexpr OptionSpec kOptions[] = {
    { u"host", u"Address to listen on (default 127.0.0.1; loopback unless told otherwise).", u"HOST" },
    { u"port", u"Port to listen on; 0 picks a free port.", u"N" },
    { u"seed", u"Seed of the generated data and of the fault injector.", u"N" },
    { u"client-id", u"Client id accepted by /oauth/token.", u"ID" },
    { u"client-secret", u"Client secret accepted by /oauth/token.", u"SECRET" },
    { u"organizations", u"Number of organizations to generate.", u"N" },
    { u"users", u"Number of users to generate.", u"N" },
    { u"connected-accounts", u"Number of connected accounts to generate.", u"N" },
    { u"mcp-instances", u"Number of MCP instances to generate.", u"N" },
    { u"latency-ms", u"Latency added to every API answer.", u"N" },
    { u"error-rate", u"Share of API answers that are 503 (0..1).", u"P" },
    { u"rate-limit", u"Requests per second before 429 with Retry-After (0 = unlimited).", u"N" },
    { u"drop-rate", u"Share of connections closed without an answer (0..1).", u"P" },
    { u"malformed-rate", u"Share of bodies that are not valid JSON or are cut short (0..1).", u"P" },
    { u"token-ttl", u"Lifetime of issued access tokens in seconds.", u"SECONDS" },
    { u"idle-timeout-ms", u"Close a connection idle this long between requests (default 60000).", u"MS" },
    { u"request-timeout-ms",
      u"Answer 408 and close when a request takes this long to arrive (default 15000).", u"MS" },
    { u"state", u"Load state from FILE at start and save it there on change and on exit.", u"FILE" },
    { u"record-requests",
      u"Append each API request's method, path and body (never headers) to FILE as JSON lines; for tests.",
      u"FILE" },
};

QString nameOf(const OptionSpec &spec, const QString &prefix)
{
    return prefix + QString::fromUtf16(spec.name);
}

bool readInt(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max, qint64 &out,
             QString &error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        error = u"Invalid value for --%1: '%2' (expected an integer in %3..%4)"_s.arg(name, parser.value(name))
                    .arg(min)
                    .arg(max);
        return false;
    }
    out = value;
    return true;
}

bool readRate(const QCommandLineParser &parser, const QString &name, double &out, QString &error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < 0.0 || value > 1.0) {
        error = u"Invalid value for --%1: '%2' (expected a share between 0 and 1)"_s.arg(name, parser.value(name));
        return false;
    }
    out = value;
    return true;
}

} // namespace

QString SandboxOptions::effectiveClientId() const
{
    return clientId.isEmpty() ? u"skc_sandbox_0000000000000001"_s : clientId;
}

QString SandboxOptions::effectiveClientSecret() const
{
    return clientSecret.isEmpty() ? u"test_sandbox_secret_not_for_production"_s : clientSecret;
}

void addSandboxOptions(QCommandLineParser &parser, const QString &prefix)
{
    for (const OptionSpec &spec : kOptions) {
        parser.addOption(QCommandLineOption(nameOf(spec, prefix), QString::fromUtf16(spec.description),
                                            QString::fromUtf16(spec.valueName)));
    }
}

SandboxOptionsParse readSandboxOptions(const QCommandLineParser &parser, const QString &prefix)
{
    SandboxOptionsParse result;
    SandboxOptions o;
    QString error;
    const auto n = [&prefix](const char16_t *name) -> QString { return prefix + QString::fromUtf16(name); };

    if (parser.isSet(n(u"host"))) {
        o.host = parser.value(n(u"host"));
        if (QHostAddress(o.host).isNull() && o.host != u"localhost"_s) {
            result.error = u"Invalid value for --%1: '%2' (expected an IP address)"_s.arg(n(u"host"), o.host);
            return result;
        }
    }
    qint64 v = 0;
    v = o.port;
    if (!readInt(parser, n(u"port"), 0, 65535, v, error))
        return {std::nullopt, error};
    o.port = quint16(v);
    if (parser.isSet(n(u"seed"))) {
        bool ok = false;
        o.seed = parser.value(n(u"seed")).toULongLong(&ok);
        if (!ok)
            return {std::nullopt, u"Invalid value for --%1: '%2'"_s.arg(n(u"seed"), parser.value(n(u"seed")))};
    }
    o.clientId = parser.value(n(u"client-id"));
    o.clientSecret = parser.value(n(u"client-secret"));
    if (parser.isSet(n(u"client-id")) && o.clientId.isEmpty())
        return {std::nullopt, u"--%1 must not be empty"_s.arg(n(u"client-id"))};
    if (parser.isSet(n(u"client-secret")) && o.clientSecret.isEmpty())
        return {std::nullopt, u"--%1 must not be empty"_s.arg(n(u"client-secret"))};

    struct SizeFlag { const char16_t *name; int *target; qint64 max; };
    const SizeFlag sizes[] = {
        { u"organizations", &o.organizations, 10'000'000 },
        { u"users", &o.users, 10'000'000 },
        { u"connected-accounts", &o.connectedAccounts, 20'000'000 },
        { u"mcp-instances", &o.mcpInstances, 1'000'000 },
        { u"latency-ms", &o.faults.latencyMs, 600'000 },
        { u"rate-limit", &o.faults.rateLimit, 10'000'000 },
        { u"token-ttl", &o.faults.tokenTtlSeconds, 10LL * 365 * 86400 },
        { u"idle-timeout-ms", &o.idleTimeoutMs, 86'400'000 },
        { u"request-timeout-ms", &o.requestTimeoutMs, 86'400'000 },
    };
    for (const SizeFlag &flag : sizes) {
        v = *flag.target;
        const std::u16string_view name(flag.name);
        const qint64 min = name == u"token-ttl" || name.ends_with(u"-timeout-ms") ? 1 : 0;
        if (!readInt(parser, n(flag.name), min, flag.max, v, error))
            return {std::nullopt, error};
        *flag.target = int(v);
    }
    if (!readRate(parser, n(u"error-rate"), o.faults.errorRate, error)
        || !readRate(parser, n(u"drop-rate"), o.faults.dropRate, error)
        || !readRate(parser, n(u"malformed-rate"), o.faults.malformedRate, error)) {
        return {std::nullopt, error};
    }
    o.stateFile = parser.value(n(u"state"));
    o.recordRequestsFile = parser.value(n(u"record-requests"));
    result.options = o;
    return result;
}

SandboxOptionsParse parseSandboxArguments(const QStringList &arguments, const QString &prefix)
{
    QCommandLineParser parser;
    addSandboxOptions(parser, prefix);
    QStringList withProgram{u"sandbox"_s};
    withProgram += arguments;
    if (!parser.parse(withProgram))
        return {std::nullopt, parser.errorText()};
    if (!parser.positionalArguments().isEmpty())
        return {std::nullopt, u"Unexpected argument: %1"_s.arg(parser.positionalArguments().constFirst())};
    return readSandboxOptions(parser, prefix);
}

} // namespace sk::sandbox
