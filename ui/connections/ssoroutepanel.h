#pragma once

#include "models/connections/ssoroute.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sk::services {
class Services;
}

namespace sk::ui {

// "Which connection will this email use?": an email or a domain in, the answer of
// models::SsoRouteResolver out, in one line a person can act on, with a badge (routes / none
// applies) and links to the organization and the connection involved.
class SsoRoutePanel : public QWidget
{
    Q_OBJECT

public:
    explicit SsoRoutePanel(services::Services *services, QWidget *parent = nullptr);

    QLineEdit *input() const { return m_input; }
    QPushButton *checkButton() const { return m_check; }
    QLabel *answerLabel() const { return m_answer; }
    const std::optional<models::SsoRoute> &route() const { return m_route; }
    models::SsoRouteResolver *resolver() const { return m_resolver; }

    void check();
    void clear();

signals:
    void connectionActivated(const QString &organizationId, const QString &connectionId);
    void organizationActivated(const QString &organizationId, const QString &organizationName);

private:
    void show(const models::SsoRoute &route);
    void showHint();

    models::SsoRouteResolver *m_resolver;
    QLineEdit *m_input;
    QPushButton *m_check;
    QLabel *m_badge;
    QLabel *m_answer;
    std::optional<models::SsoRoute> m_route;
};

} // namespace sk::ui
