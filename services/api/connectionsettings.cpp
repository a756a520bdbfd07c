#include "services/api/connectionsettings.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace sk::api {

bool ConnectionSettings::isLoopback() const
{
    const QString host = environmentUrl.host();
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString ConnectionSettings::validate() const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("sk::api::ConnectionSettings", text); };
    if (!environmentUrl.isValid() || environmentUrl.host().isEmpty())
        return tr("The environment URL must be a full URL such as https://yourapp.scalekit.dev.");
    const QString scheme = environmentUrl.scheme();
    if (scheme != QStringLiteral("https") && scheme != QStringLiteral("http"))
        return tr("The environment URL must start with https://.");
    if (scheme == QStringLiteral("http") && !isLoopback())
        return tr("The environment URL must use https:// (plain http is only allowed for a local sandbox).");
    if (!environmentUrl.userInfo().isEmpty())
        return tr(
            "The environment URL must not hold a user name or password (user:pass@): the console signs in "
            "with the client ID and secret only.");
    if (clientId.isEmpty())
        return tr("The client ID is missing.");
    if (clientSecret.isEmpty())
        return tr("The client secret is missing.");
    return {};
}

QUrl ConnectionSettings::resolve(const QString &path) const
{
    // `path` is already percent-encoded segment by segment (ApiRequest::segment), so it is
    // set as encoded text: an id holding '@', ':' or '/' must not be encoded twice.
    QUrl url = environmentUrl;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path, QUrl::TolerantMode);
    url.setQuery(QString());
    url.setFragment(QString());
    url.setUserInfo(QString()); // never sent, never offered to an authentication challenge
    return url;
}

} // namespace sk::api
