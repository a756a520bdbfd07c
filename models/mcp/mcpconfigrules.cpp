#include "models/mcp/mcpconfigrules.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <set>

namespace sk::models {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("sk::models::McpConfigRules", text);
}
} // namespace

QString McpConfigRules::nameProblem(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_-]+$"));
    if (name.isEmpty())
        return tr("A name is required.");
    if (name.size() > kMaxNameLength)
        return tr("At most %1 characters.").arg(kMaxNameLength);
    if (!pattern.match(name).hasMatch())
        return tr("Only lowercase letters, digits, '-' and '_'.");
    return {};
}

std::vector<McpConfigRules::Problem> McpConfigRules::check(const entities::McpConfig &config, bool checkName)
{
    std::vector<Problem> problems;
    if (checkName) {
        if (const QString problem = nameProblem(QString::fromStdString(config.name)); !problem.isEmpty())
            problems.push_back({ QStringLiteral("name"), problem });
    }
    const auto &mappings = config.connectionToolMappings;
    if (mappings.size() > std::size_t(kMaxMappings)) {
        problems.push_back(
            { QStringLiteral("connection_tool_mappings"),
              tr("At most %1 connections per config (%2 chosen).").arg(kMaxMappings).arg(mappings.size()) });
    }
    std::set<std::string> seen;
    for (const auto &mapping : mappings) {
        if (mapping.connectionName.empty()) {
            problems.push_back(
                { QStringLiteral("connection_tool_mappings"), tr("Every mapping needs a connection.") });
            break;
        }
        if (!seen.insert(mapping.connectionName).second) {
            problems.push_back(
                { QStringLiteral("connection_tool_mappings"),
                  tr("%1 is chosen twice.").arg(QString::fromStdString(mapping.connectionName)) });
            break;
        }
    }
    return problems;
}

} // namespace sk::models
