#include "services/credentials/profile.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sk::services {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("sk::services::Profile", text); }
constexpr int kMaxNameLength = 64;
} // namespace

QString Profile::displayName() const
{
    return fromEnvironment ? tr("From environment") : name;
}

api::ConnectionSettings Profile::connectionSettings(const QString &clientSecret) const
{
    return {environmentUrl, clientId, clientSecret};
}

QString Profile::nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("The profile needs a name.");
    if (name.size() > kMaxNameLength)
        return tr("The profile name is longer than %1 characters.").arg(kMaxNameLength);
    if (name != name.trimmed())
        return tr("The profile name cannot start or end with a space.");
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 ._-]*$"));
    if (!allowed.match(name).hasMatch())
        return tr("The profile name may use letters, digits, spaces, '.', '_' and '-', and must start "
                  "with a letter or digit.");
    if (name.compare(environmentProfileName(), Qt::CaseInsensitive) == 0)
        return tr("'%1' is reserved for the profile built from the SCALEKIT_* variables.").arg(name);
    return {};
}

bool Profile::isValidColor(const QString &color)
{
    static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return hex.match(color).hasMatch();
}

QString Profile::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Development: return QStringLiteral("development");
    case Kind::Staging: return QStringLiteral("staging");
    case Kind::Production: return QStringLiteral("production");
    }
    return QStringLiteral("development");
}

QString Profile::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Development: return tr("Development");
    case Kind::Staging: return tr("Staging");
    case Kind::Production: return tr("Production");
    }
    return tr("Development");
}

std::optional<Profile::Kind> Profile::kindFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QStringLiteral("development") || lower == QStringLiteral("dev"))
        return Kind::Development;
    if (lower == QStringLiteral("staging"))
        return Kind::Staging;
    if (lower == QStringLiteral("production") || lower == QStringLiteral("prod"))
        return Kind::Production;
    return std::nullopt;
}

QString Profile::defaultColor(Kind kind)
{
    // The same colours as the environment chips in the status bar.
    switch (kind) {
    case Kind::Development: return QStringLiteral("#1e8e3e");
    case Kind::Staging: return QStringLiteral("#e37400");
    case Kind::Production: return QStringLiteral("#d93025");
    }
    return QStringLiteral("#1e8e3e");
}

} // namespace sk::services
