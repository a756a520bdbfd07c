#include "ui/widgets/providericon.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace sk::ui {

namespace {

QString normalized(const QString &key)
{
    QString out;
    out.reserve(key.size());
    for (const QChar c : key) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

// Brand colours of the connectors and identity providers Scalekit documents. Each one is the
// tile's background under a white initial; dark enough for the initial to read (checked in
// tst_sharedwidgets), so the tile reads the same on light and dark palettes.
const QHash<QString, QColor> &brandColors()
{
    static const QHash<QString, QColor> colors = {
        // AgentKit connectors
        {QStringLiteral("gmail"), QColor(0xc5, 0x22, 0x1f)},
        {QStringLiteral("googlecalendar"), QColor(0x1a, 0x73, 0xe8)},
        {QStringLiteral("googledrive"), QColor(0x1a, 0x7c, 0x36)}, // darker than the brand green: 4.5:1
        {QStringLiteral("googledocs"), QColor(0x1a, 0x73, 0xe8)},
        {QStringLiteral("googlesheets"), QColor(0x18, 0x80, 0x38)},
        {QStringLiteral("slack"), QColor(0x4a, 0x15, 0x4b)},
        {QStringLiteral("github"), QColor(0x24, 0x29, 0x2f)},
        {QStringLiteral("gitlab"), QColor(0xc6, 0x3d, 0x14)},
        {QStringLiteral("notion"), QColor(0x19, 0x19, 0x19)},
        {QStringLiteral("salesforce"), QColor(0x00, 0x70, 0xd2)},
        {QStringLiteral("hubspot"), QColor(0xc6, 0x4a, 0x1e)},
        {QStringLiteral("jira"), QColor(0x00, 0x52, 0xcc)},
        {QStringLiteral("confluence"), QColor(0x17, 0x2b, 0x4d)},
        {QStringLiteral("zendesk"), QColor(0x03, 0x36, 0x3d)},
        {QStringLiteral("linear"), QColor(0x5e, 0x6a, 0xd2)},
        {QStringLiteral("stripe"), QColor(0x63, 0x5b, 0xff)},
        {QStringLiteral("airtable"), QColor(0x0b, 0x76, 0xb7)},
        {QStringLiteral("freshdesk"), QColor(0x1b, 0x7a, 0x45)},
        {QStringLiteral("asana"), QColor(0xc9, 0x3b, 0x4f)},
        {QStringLiteral("dropbox"), QColor(0x00, 0x61, 0xfe)},
        {QStringLiteral("outlook"), QColor(0x0f, 0x6c, 0xbd)},
        {QStringLiteral("microsoftteams"), QColor(0x46, 0x4e, 0xb8)},
        {QStringLiteral("onedrive"), QColor(0x09, 0x4a, 0xb2)},
        {QStringLiteral("zoom"), QColor(0x0b, 0x5c, 0xff)},
        {QStringLiteral("discord"), QColor(0x58, 0x65, 0xf2)},
        {QStringLiteral("intercom"), QColor(0x1f, 0x5f, 0xd6)},
        {QStringLiteral("trello"), QColor(0x00, 0x65, 0xb3)},
        {QStringLiteral("clickup"), QColor(0x7b, 0x3f, 0xe4)},
        {QStringLiteral("monday"), QColor(0xc6, 0x2a, 0x47)},
        {QStringLiteral("shopify"), QColor(0x3c, 0x6e, 0x1f)},
        {QStringLiteral("twitter"), QColor(0x14, 0x17, 0x1a)},
        {QStringLiteral("linkedin"), QColor(0x0a, 0x66, 0xc2)},
        {QStringLiteral("figma"), QColor(0xa2, 0x35, 0x9c)},
        {QStringLiteral("servicenow"), QColor(0x29, 0x3e, 0x40)},
        // Identity providers (SSO and directories)
        {QStringLiteral("okta"), QColor(0x00, 0x29, 0x7a)},
        {QStringLiteral("google"), QColor(0x1a, 0x73, 0xe8)},
        {QStringLiteral("googleworkspace"), QColor(0x1a, 0x73, 0xe8)},
        {QStringLiteral("microsoft"), QColor(0x00, 0x67, 0xb8)},
        {QStringLiteral("azuread"), QColor(0x00, 0x67, 0xb8)},
        {QStringLiteral("entraid"), QColor(0x00, 0x67, 0xb8)},
        {QStringLiteral("microsoftad"), QColor(0x00, 0x67, 0xb8)},
        {QStringLiteral("adfs"), QColor(0x00, 0x5a, 0x9e)},
        {QStringLiteral("onelogin"), QColor(0x1c, 0x1f, 0x2a)},
        {QStringLiteral("pingidentity"), QColor(0xb3, 0x28, 0x2d)},
        {QStringLiteral("ping"), QColor(0xb3, 0x28, 0x2d)},
        {QStringLiteral("jumpcloud"), QColor(0x1e, 0x5e, 0x8e)},
        {QStringLiteral("auth0"), QColor(0xc2, 0x3f, 0x1a)},
        {QStringLiteral("keycloak"), QColor(0x3d, 0x3d, 0x3d)},
        {QStringLiteral("cyberark"), QColor(0x00, 0x5a, 0x8c)},
        {QStringLiteral("duo"), QColor(0x2f, 0x7a, 0x22)},
        {QStringLiteral("ibm"), QColor(0x0f, 0x62, 0xfe)},
        {QStringLiteral("rippling"), QColor(0x5c, 0x2d, 0x4e)},
        {QStringLiteral("bamboohr"), QColor(0x4f, 0x7a, 0x21)},
        {QStringLiteral("workday"), QColor(0x00, 0x5c, 0xb9)},
        {QStringLiteral("fusionauth"), QColor(0x2c, 0x3e, 0x50)},
        // The rest of connections.ConnectionProvider (the SSO Connections tab's providers)
        {QStringLiteral("custom"), QColor(0x4b, 0x55, 0x63)},
        {QStringLiteral("idpsimulator"), QColor(0x5b, 0x3c, 0xc4)},
        {QStringLiteral("scalekit"), QColor(0x5b, 0x3c, 0xc4)},
    };
    return colors;
}

QPixmap tile(QColor color, QChar initial, int size, qreal ratio)
{
    QPixmap pixmap(qRound(size * ratio), qRound(size * ratio));
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    const QRectF rect(0.5, 0.5, size - 1.0, size - 1.0);
    painter.drawRoundedRect(rect, size * 0.22, size * 0.22);
    QFont font;
    font.setBold(true);
    font.setPixelSize(qMax(7, int(size * 0.62)));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(rect, Qt::AlignCenter, QString(initial.toUpper()));
    return pixmap;
}

} // namespace

QColor providerColor(const QString &key)
{
    return brandColors().value(normalized(key));
}

bool isKnownProvider(const QString &key)
{
    return brandColors().contains(normalized(key));
}

QStringList knownProviderKeys()
{
    return brandColors().keys();
}

QIcon providerIcon(const QString &key)
{
    static QHash<QString, QIcon> cache;
    const QString name = normalized(key);
    if (auto it = cache.constFind(name); it != cache.constEnd())
        return *it;
    QIcon icon;
    const QColor color = brandColors().value(name);
    if (!color.isValid()) {
        icon = QIcon(QStringLiteral(":/icons/plug.svg"));
    } else {
        for (const int size : {16, 20, 24, 32, 48})
            icon.addPixmap(tile(color, name.at(0), size, 1.0));
    }
    cache.insert(name, icon);
    return icon;
}

} // namespace sk::ui
