#pragma once

#include "services/entities/authlogrequest.h"
#include "services/entities/connection.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

namespace sk::services {
class Services;
}

namespace sk::ui {

// One sign-in request of the logs: who, when, status, the organization and connection as links,
// and for a FAILED one why, in plain words (models::ssoerrors::explainFailure over the
// connection as it is now, fetched here). Below, "Explain an error code": any code an
// application received in `error=` in plain words.
class AuthLogDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit AuthLogDetailPane(services::Services *services, QWidget *parent = nullptr);

    void setLog(const std::optional<entities::AuthLogRequest> &log);
    QLabel *explanation() const { return m_explanation; }
    QLabel *links() const { return m_links; }
    QLineEdit *codeInput() const { return m_code; }
    QLabel *codeAnswer() const { return m_codeAnswer; }
    bool isLoading() const { return !m_request.isNull(); }
    void setClockForTesting(std::optional<QDateTime> now) { m_clock = now; }

signals:
    void connectionActivated(const QString &organizationId, const QString &connectionId);
    void organizationActivated(const QString &organizationId);

private:
    void explain(const std::optional<entities::Connection> &connection, bool deleted);
    void explainCode();
    void showLinks(const QString &organizationName);

    services::Services *m_services;
    std::optional<entities::AuthLogRequest> m_log;
    QPointer<QObject> m_request;
    QPointer<QObject> m_nameRequest;
    std::optional<QDateTime> m_clock;
    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_links;
    QLabel *m_explanation;
    QLineEdit *m_code;
    QLabel *m_codeAnswer;
};

} // namespace sk::ui
