#include "ui/connections/authlogdetailpane.h"

#include "models/connections/authlogsmodel.h"
#include "models/connections/ssoerrors.h"
#include "models/core/displayformat.h"
#include "services/resources/services.h"
#include "ui/widgets/scrollablecontent.h"
#include "ui/widgets/textstyle.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sk::ui {

using entities::AuthLogRequest;
using models::SsoErrorCode;
using models::text;

namespace {

QString codeHtml(const SsoErrorCode &e)
{
    return QStringLiteral("<b><code>%1</code></b>: %2 <i>%3</i>")
        .arg(e.code, e.meaning.toHtmlEscaped(), e.resolution.toHtmlEscaped());
}

QLabel *richLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}

} // namespace

AuthLogDetailPane::AuthLogDetailPane(services::Services *services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_title(new QLabel(this))
    , m_facts(richLabel(this, QStringLiteral("authLogFacts")))
    , m_links(richLabel(this, QStringLiteral("authLogLinks")))
    , m_explanation(richLabel(this, QStringLiteral("authLogExplanation")))
    , m_code(new QLineEdit(this))
    , m_codeAnswer(richLabel(this, QStringLiteral("authLogCodeAnswer")))
{
    setObjectName(QStringLiteral("authLogDetail"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_code->setObjectName(QStringLiteral("authLogCodeInput"));
    m_code->setPlaceholderText(tr("e.g. invalid_saml_response"));
    m_code->setClearButtonEnabled(true);

    auto *content = new QWidget(this);
    auto *why = new QGroupBox(tr("Why it failed"), content);
    auto *whyLayout = new QVBoxLayout(why);
    whyLayout->addWidget(m_explanation);
    auto *codes = new QGroupBox(tr("Explain an error code (the error= your app received)"), content);
    auto *codesLayout = new QVBoxLayout(codes);
    codesLayout->addWidget(m_code);
    codesLayout->addWidget(m_codeAnswer);

    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_links);
    layout->addWidget(why);
    layout->addWidget(codes);
    layout->addStretch(1);
    setScrollableContent(this, content);

    connect(m_links, &QLabel::linkActivated, this, [this](const QString &link) {
        if (!m_log)
            return;
        if (link == QLatin1String("connection"))
            emit connectionActivated(text(m_log->organizationId), text(m_log->connectionId));
        else if (link == QLatin1String("organization"))
            emit organizationActivated(text(m_log->organizationId));
    });
    connect(m_code, &QLineEdit::textChanged, this, &AuthLogDetailPane::explainCode);
    setLog(std::nullopt);
}

void AuthLogDetailPane::setLog(const std::optional<AuthLogRequest> &log)
{
    delete m_request.data();
    delete m_nameRequest.data();
    m_log = log;
    m_explanation->parentWidget()->setVisible(false);
    if (!log) {
        m_title->setText(tr("No sign-in selected"));
        m_facts->setText(
            tr("Select a sign-in request to see who, when, through which connection, and why it failed."));
        m_links->clear();
        return;
    }
    const models::StatusBadge badge = models::AuthLogsModel::statusBadge(log->status);
    m_title->setText(
        tr("%1 · %2").arg(badge.text, text(log->email).isEmpty() ? tr("(no email)") : text(log->email)));
    m_facts->setText(tr("%1<br>%2 %3 · workflow %4<br>request %5")
                         .arg(models::formatTimestamp(log->timestamp).toHtmlEscaped(),
                              text(log->connectionProvider).toHtmlEscaped(),
                              text(log->connectionType).toHtmlEscaped(), text(log->workflow).toHtmlEscaped(),
                              text(log->authRequestId).toHtmlEscaped()));
    showLinks(QString());
    if (!log->organizationId.empty()) {
        // The log names the organization by ID only: fetch its name for the link.
        m_nameRequest = new QObject(this);
        const std::string id = log->authRequestId;
        m_services->organizations().get(log->organizationId, m_nameRequest,
                                        [this, id](api::Result<entities::Organization> org) {
                                            m_nameRequest->deleteLater();
                                            m_nameRequest.clear();
                                            if (org && m_log && m_log->authRequestId == id)
                                                showLinks(text(org.value().displayName));
                                        });
    }
    if (text(log->status).compare(QLatin1String("FAILED"), Qt::CaseInsensitive) != 0)
        return;
    m_explanation->parentWidget()->setVisible(true);
    if (log->connectionId.empty() || log->organizationId.empty()) {
        explain(std::nullopt, false);
        return;
    }
    m_explanation->setText(tr("Reading the connection…"));
    m_request = new QObject(this);
    const std::string id = log->authRequestId;
    m_services->connections().getSso(log->organizationId, log->connectionId, m_request,
                                     [this, id](api::Result<entities::Connection> result) {
                                         m_request->deleteLater();
                                         m_request.clear();
                                         if (!m_log || m_log->authRequestId != id)
                                             return;
                                         if (result)
                                             explain(result.value(), false);
                                         else
                                             explain(std::nullopt,
                                                     result.error().kind == api::ApiError::Kind::NotFound);
                                     });
}

void AuthLogDetailPane::showLinks(const QString &organizationName)
{
    QStringList links;
    if (!m_log->organizationId.empty()) {
        const QString org = organizationName.isEmpty()
            ? text(m_log->organizationId)
            : QStringLiteral("%1 (%2)").arg(organizationName, text(m_log->organizationId));
        links << QStringLiteral("<a href=\"organization\">%1</a>")
                     .arg(tr("Organization %1").arg(org).toHtmlEscaped());
    }
    if (!m_log->connectionId.empty())
        links << QStringLiteral("<a href=\"connection\">%1</a>")
                     .arg(tr("Connection %1").arg(text(m_log->connectionId)));
    m_links->setText(links.join(QStringLiteral(" · ")));
}

void AuthLogDetailPane::explain(const std::optional<entities::Connection> &connection, bool deleted)
{
    const auto why = models::ssoerrors::explainFailure(*m_log, connection, deleted,
                                                       m_clock.value_or(QDateTime::currentDateTimeUtc()));
    QString html = why.summary.toHtmlEscaped();
    if (why.error)
        html += QStringLiteral("<br>") + tr("Sign-ins in this state fail with %1").arg(codeHtml(*why.error));
    if (!why.typical.isEmpty()) {
        QStringList items;
        for (const SsoErrorCode &e : why.typical)
            items << QStringLiteral("<li>%1</li>").arg(codeHtml(e));
        html += QStringLiteral("<ul>%1</ul>").arg(items.join(QString()));
    }
    m_explanation->setText(html);
}

void AuthLogDetailPane::explainCode()
{
    const QString code = m_code->text().trimmed();
    if (code.isEmpty()) {
        m_codeAnswer->clear();
        return;
    }
    if (const auto e = models::ssoerrors::find(code)) {
        m_codeAnswer->setText((e->configuration ? tr("SSO configuration error. ") : tr("Integration error. "))
                              + codeHtml(*e));
        return;
    }
    m_codeAnswer->setText(
        QStringLiteral("<span style=\"%1\">%2</span>")
            .arg(textStyle(TextRole::Muted),
                 tr("%1 is not one of the documented SSO error codes.").arg(code).toHtmlEscaped()));
}

} // namespace sk::ui
