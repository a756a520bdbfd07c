#include "ui/profiles/firstrunpage.h"

#include <QCommandLinkButton>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace sk::ui {

FirstRunPage::FirstRunPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("firstRunPage"));
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/scalekit-console.svg")).pixmap(64, 64));
    logo->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(tr("Welcome to Scalekit Console"), this);
    title->setObjectName(QStringLiteral("firstRunTitle"));
    title->setAlignment(Qt::AlignCenter);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Manage organizations, users, SSO, directories, AgentKit and MCP of a "
                                   "Scalekit environment. How would you like to start?"),
                                this);
    subtitle->setAlignment(Qt::AlignCenter);
    subtitle->setWordWrap(true);

    m_sandbox = makeChoice(QStringLiteral("exploreSandboxButton"), tr("Explore the sandbox"),
                           tr("A local Scalekit-compatible environment with realistic data. No account, "
                              "no network; nothing you do reaches a real customer."));
    m_add = makeChoice(QStringLiteral("addEnvironmentButton"), tr("Add an environment"),
                       tr("Connect to your Scalekit environment with its URL, client ID and client secret "
                          "(Developers › API Config in the dashboard). The secret goes to your system keychain."));
    m_environment = makeChoice(QStringLiteral("useEnvironmentVariablesButton"), tr("Use SCALEKIT_ENV_URL"),
                               QString());
    m_environment->hide();
    connect(m_sandbox, &QPushButton::clicked, this, &FirstRunPage::exploreSandboxRequested);
    connect(m_add, &QPushButton::clicked, this, &FirstRunPage::addEnvironmentRequested);
    connect(m_environment, &QPushButton::clicked, this, &FirstRunPage::useEnvironmentVariablesRequested);

    auto *column = new QVBoxLayout;
    column->setSpacing(12);
    column->addWidget(logo);
    column->addWidget(title);
    column->addWidget(subtitle);
    column->addSpacing(12);
    column->addWidget(m_sandbox);
    column->addWidget(m_add);
    column->addWidget(m_environment);

    // A fixed-width column (no alignment flag, which would drop the buttons' height-for-width
    // and clip their descriptions).
    auto *center = new QWidget(this);
    center->setLayout(column);
    center->setFixedWidth(500);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(center);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
    m_sandbox->setFocus();
}

QPushButton *FirstRunPage::makeChoice(const QString &objectName, const QString &title, const QString &description)
{
    auto *button = new QCommandLinkButton(title, description, this);
    button->setObjectName(objectName);
    button->setCursor(Qt::PointingHandCursor);
    return button;
}

void FirstRunPage::setEnvironmentVariablesHost(const QString &host)
{
    m_environment->setVisible(!host.isEmpty());
    if (auto *link = qobject_cast<QCommandLinkButton *>(m_environment))
        link->setDescription(tr("Connect to %1 with SCALEKIT_CLIENT_ID and SCALEKIT_CLIENT_SECRET from the "
                                "environment, like the SDKs do.")
                                 .arg(host));
}

} // namespace sk::ui
