#include "services/credentials/environmenturl.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace sk::services {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("sk::services::EnvironmentUrl", text); }
} // namespace

bool EnvironmentUrl::isLoopbackHost(const QString &host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

EnvironmentUrl EnvironmentUrl::assess(const QString &text)
{
    EnvironmentUrl result;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        result.problem = tr("Enter the environment URL, such as https://yourapp.scalekit.dev.");
        return result;
    }
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
        result.problem = tr("This is not a full URL; it should look like https://yourapp.scalekit.dev.");
        return result;
    }
    const QString scheme = url.scheme().toLower();
    const QString host = url.host().toLower();
    result.loopback = isLoopbackHost(host);
    if (scheme != QStringLiteral("https") && scheme != QStringLiteral("http")) {
        result.problem = tr("The environment URL must start with https://.");
        return result;
    }
    if (scheme == QStringLiteral("http") && !result.loopback) {
        result.problem = tr("Use https://: plain http is only allowed for a local sandbox on this computer.");
        return result;
    }
    if (!url.userInfo().isEmpty()) {
        result.problem
            = tr("Remove the user name and password (user:pass@) from the URL: the console signs in with "
                 "the client ID and secret only.");
        return result;
    }
    if (!url.query().isEmpty() || !url.fragment().isEmpty()) {
        result.problem = tr("The environment URL is just the address, without a query or fragment.");
        return result;
    }
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    result.url = url;

    if (result.loopback) {
        result.suggestedKind = Profile::Kind::Development;
    } else if (host.endsWith(QStringLiteral(".scalekit.dev")) && host.size() > 13) {
        result.suggestedKind = Profile::Kind::Development;
    } else if (host.endsWith(QStringLiteral(".scalekit.com")) && host.size() > 13) {
        result.suggestedKind = Profile::Kind::Production;
    }
    return result;
}

QString EnvironmentUrl::suggestionText() const
{
    if (!isValid())
        return {};
    if (loopback)
        return tr("A local sandbox on this computer.");
    if (!suggestedKind)
        return tr("Not a scalekit.dev or scalekit.com address: choose the kind yourself.");
    if (*suggestedKind == Profile::Kind::Production)
        return tr("A Scalekit production environment (scalekit.com).");
    return tr("A Scalekit development environment (scalekit.dev).");
}

} // namespace sk::services
