#include "ui/agentkit/appconnectiondetail.h"

#include "models/agentkit/appconnectionsmodel.h"
#include "models/core/displayformat.h"
#include "ui/widgets/providericon.h"
#include "ui/widgets/textstyle.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sk::ui {

using models::AppConnectionsModel;

namespace {
QString yesNo(const std::optional<bool> &value)
{
    if (!value)
        return {};
    return *value ? QObject::tr("yes") : QObject::tr("no");
}
} // namespace

AppConnectionDetail::AppConnectionDetail(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_form(new QFormLayout)
    , m_redirect(new QLineEdit(this))
    , m_copyRedirect(new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("Copy"), this))
    , m_toggle(new QPushButton(this))
    , m_showAccounts(new QPushButton(tr("Show accounts"), this))
    , m_tools(new QPushButton(tr("Tools…"), this))
{
    setObjectName(QStringLiteral("appConnectionDetail"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setStyleSheet(textStyle(TextRole::Muted));
    m_subtitle->setWordWrap(true);
    m_redirect->setReadOnly(true);
    m_redirect->setObjectName(QStringLiteral("appConnectionRedirectUri"));
    m_redirect->setToolTip(tr("Register this redirect (callback) URI with the provider's OAuth app."));
    m_copyRedirect->setObjectName(QStringLiteral("appConnectionCopyRedirect"));
    m_toggle->setObjectName(QStringLiteral("appConnectionToggle"));
    m_showAccounts->setObjectName(QStringLiteral("appConnectionShowAccounts"));
    m_showAccounts->setToolTip(tr("Show this connection's connected accounts in the table below."));
    m_tools->setObjectName(QStringLiteral("appConnectionTools"));
    m_tools->setToolTip(tr("Browse this connection's tools and run one for a user."));
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *heading = new QHBoxLayout;
    heading->addWidget(m_icon);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    heading->addLayout(titles, 1);

    auto *redirectRow = new QHBoxLayout;
    redirectRow->addWidget(m_redirect, 1);
    redirectRow->addWidget(m_copyRedirect);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_showAccounts);
    buttons->addWidget(m_tools);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addLayout(heading);
    layout->addLayout(buttons);
    layout->addLayout(m_form);
    auto *redirectLabel = new QLabel(tr("Redirect URI"), this);
    layout->addWidget(redirectLabel);
    layout->addLayout(redirectRow);
    layout->addStretch(1);

    connect(m_copyRedirect, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_redirect->text()); });
    connect(m_toggle, &QPushButton::clicked, this, [this] {
        if (m_connection)
            emit enableRequested(!m_connection->enabled);
    });
    connect(m_showAccounts, &QPushButton::clicked, this, [this] {
        if (m_connection)
            emit showAccountsRequested(AppConnectionsModel::nameOf(*m_connection));
    });
    connect(m_tools, &QPushButton::clicked, this, [this] {
        if (m_connection)
            emit toolsRequested(AppConnectionsModel::nameOf(*m_connection));
    });
    setConnection(std::nullopt);
}

void AppConnectionDetail::setWritable(bool writable)
{
    m_writable = writable;
    m_toggle->setEnabled(m_connection.has_value() && m_writable);
}

void AppConnectionDetail::addRow(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return;
    auto *field = new QLabel(value, this);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setWordWrap(true);
    m_form->addRow(label, field);
    m_shown << QStringLiteral("%1: %2").arg(label, value);
}

QString AppConnectionDetail::shownText() const
{
    QStringList all = m_shown;
    if (!m_redirect->text().isEmpty())
        all << QStringLiteral("Redirect URI: %1").arg(m_redirect->text());
    return all.join(u'\n');
}

void AppConnectionDetail::setConnection(const std::optional<entities::Connection> &connection)
{
    m_connection = connection;
    m_shown.clear();
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    const bool has = connection.has_value();
    for (QWidget *w :
         std::initializer_list<QWidget *> {m_toggle, m_showAccounts, m_tools, m_redirect, m_copyRedirect})
        w->setVisible(has);
    if (!has) {
        m_icon->clear();
        m_title->setText(tr("No connection selected"));
        m_subtitle->setText(tr("Select a connection to see how it is configured."));
        m_redirect->clear();
        return;
    }
    const entities::Connection &c = *connection;
    const QString name = AppConnectionsModel::nameOf(c);
    m_icon->setPixmap(providerIcon(QString::fromStdString(c.providerKey)).pixmap(32, 32));
    m_title->setText(name);
    m_subtitle->setText(
        QStringLiteral("%1 · %2 · %3")
            .arg(models::text(c.providerKey), AppConnectionsModel::authTypeText(c.type), models::text(c.id)));
    m_toggle->setText(c.enabled ? tr("Disable…") : tr("Enable…"));
    m_toggle->setEnabled(m_writable);

    addRow(tr("Enabled"),
           c.enabled ? tr("yes: users can connect") : tr("no: new authorizations are refused"));
    addRow(tr("Credentials"), AppConnectionsModel::credentialsText(c));
    addRow(tr("Scopes"), AppConnectionsModel::scopesOf(c).join(QStringLiteral(", ")));
    QString redirect;
    if (const auto &o = c.oauthConfig) {
        addRow(tr("Client ID"), models::text(o->clientId));
        if (o->clientSecret.reveal() && !o->clientSecret.reveal()->empty())
            addRow(tr("Client secret"), tr("set (never shown)"));
        addRow(tr("Authorize URL"), models::text(o->authorizeUri));
        addRow(tr("Token URL"), models::text(o->tokenUri));
        addRow(tr("PKCE"), yesNo(o->pkceEnabled));
        addRow(tr("Access type"), models::text(o->accessType));
        addRow(tr("Prompt"), models::text(o->prompt));
        redirect = QString::fromStdString(o->redirectUri);
    }
    if (const auto &d = c.googleDwdConfig) {
        if (d->serviceAccountJson.reveal())
            addRow(tr("Service account key"), tr("set (never shown)"));
    }
    if (const auto &s = c.staticConfig; s && s->staticConfig.is_object() && !s->staticConfig.empty()) {
        QStringList keys;
        for (auto it = s->staticConfig.begin(); it != s->staticConfig.end(); ++it)
            keys << QString::fromStdString(it.key());
        addRow(tr("Static configuration"),
               tr("%1 (values never shown)").arg(keys.join(QStringLiteral(", "))));
    }
    addRow(tr("MCP server URL"), models::text(c.mcpServerUrl));
    addRow(tr("Setup status"), QString::fromStdString(c.status.displayName()));
    addRow(tr("Created"), models::formatTimestamp(c.createTime));
    addRow(tr("Updated"), models::formatTimestamp(c.updateTime));
    m_redirect->setText(redirect);
    m_redirect->setCursorPosition(0); // the start of the URI reads better than its end
    m_redirect->setVisible(!redirect.isEmpty());
    m_copyRedirect->setVisible(!redirect.isEmpty());
}

} // namespace sk::ui
