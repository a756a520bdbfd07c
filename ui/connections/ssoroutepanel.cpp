#include "ui/connections/ssoroutepanel.h"

#include "models/core/displayformat.h"
#include "ui/widgets/statuscolors.h"
#include "ui/widgets/textstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sk::ui {

using models::SsoRoute;
using models::text;

SsoRoutePanel::SsoRoutePanel(services::Services *services, QWidget *parent)
    : QWidget(parent)
    , m_resolver(new models::SsoRouteResolver(services, this))
    , m_input(new QLineEdit(this))
    , m_check(new QPushButton(tr("Which connection?"), this))
    , m_badge(new QLabel(this))
    , m_answer(new QLabel(this))
{
    setObjectName(QStringLiteral("ssoRoutePanel"));
    m_input->setObjectName(QStringLiteral("ssoRouteInput"));
    m_input->setPlaceholderText(tr("Which connection will this email use? alice@example.com or example.com"));
    m_input->setClearButtonEnabled(true);
    m_check->setObjectName(QStringLiteral("ssoRouteCheck"));
    m_answer->setObjectName(QStringLiteral("ssoRouteAnswer"));
    m_answer->setWordWrap(true);
    m_answer->setTextFormat(Qt::RichText);
    m_answer->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_badge->hide();
    m_answer->setMinimumHeight(2 * m_answer->fontMetrics().lineSpacing());
    showHint();

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Sign-in routing:"), this));
    row->addWidget(m_input, 1);
    row->addWidget(m_check);
    auto *answer = new QHBoxLayout;
    answer->addWidget(m_badge, 0, Qt::AlignTop);
    answer->addWidget(m_answer, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addLayout(row);
    layout->addLayout(answer);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    connect(m_check, &QPushButton::clicked, this, &SsoRoutePanel::check);
    connect(m_input, &QLineEdit::returnPressed, this, &SsoRoutePanel::check);
    connect(m_resolver, &models::SsoRouteResolver::answered, this, &SsoRoutePanel::show);
    connect(m_resolver, &models::SsoRouteResolver::failed, this, [this](const api::ApiError &error) {
        m_check->setEnabled(true);
        m_badge->hide();
        m_answer->setText(QStringLiteral("<span style=\"%1\">%2</span>")
                              .arg(textStyle(TextRole::Error),
                                   tr("Could not check: %1").arg(error.describe()).toHtmlEscaped()));
    });
    connect(m_answer, &QLabel::linkActivated, this, [this](const QString &link) {
        if (!m_route)
            return;
        const QString org = text(m_route->organizationId);
        if (link == QLatin1String("connection") && m_route->connection)
            emit connectionActivated(org, text(m_route->connection->id));
        else if (link == QLatin1String("organization"))
            emit organizationActivated(org, text(m_route->organizationName));
    });
}

void SsoRoutePanel::check()
{
    if (m_input->text().trimmed().isEmpty())
        return;
    m_check->setEnabled(false);
    m_answer->setText(tr("Checking %1…").arg(m_input->text().trimmed().toHtmlEscaped()));
    m_resolver->resolve(m_input->text());
}

void SsoRoutePanel::clear()
{
    m_resolver->cancel();
    m_route.reset();
    m_input->clear();
    m_badge->hide();
    m_check->setEnabled(true);
    showHint();
}

void SsoRoutePanel::showHint()
{
    m_answer->setText(
        QStringLiteral("<span style=\"%1\">%2</span>")
            .arg(textStyle(TextRole::Muted),
                 tr("Type an email or a domain: the answer names the organization and SSO connection it "
                    "signs in through (by verified domain), and whether that connection works, or "
                    "exactly why none applies.")
                     .toHtmlEscaped()));
}

void SsoRoutePanel::show(const SsoRoute &route)
{
    m_route = route;
    m_check->setEnabled(true);
    const models::StatusTone tone = route.applies()        ? models::StatusTone::Good
        : route.outcome == SsoRoute::Outcome::InvalidInput ? models::StatusTone::Neutral
                                                           : models::StatusTone::Danger;
    const QColor fill = statusColor(tone, palette());
    m_badge->setText(route.applies() ? tr(" Routes ") : tr(" None applies "));
    m_badge->setStyleSheet(QStringLiteral("background: %1; color: %2; border-radius: 8px; padding: 2px 8px;")
                               .arg(fill.name(), textColorOn(fill).name()));
    m_badge->show();
    QStringList links;
    if (!route.organizationId.empty()) {
        links << QStringLiteral("<a href=\"organization\">%1</a>")
                     .arg(tr("Open organization %1")
                              .arg(route.organizationName.empty() ? text(route.organizationId)
                                                                  : text(route.organizationName))
                              .toHtmlEscaped());
    }
    if (route.connection)
        links << QStringLiteral("<a href=\"connection\">%1</a>")
                     .arg(tr("Show connection %1").arg(text(route.connection->id)));
    QString html = route.explanation().toHtmlEscaped();
    if (const QString code = route.signInErrorCode(); !code.isEmpty())
        html += QStringLiteral(" <span style=\"%1\">%2</span>")
                    .arg(textStyle(TextRole::Muted), tr("(sign-ins fail with <code>%1</code>)").arg(code));
    if (!links.isEmpty())
        html += QStringLiteral("<br>") + links.join(QStringLiteral(" · "));
    m_answer->setText(html);
}

} // namespace sk::ui
