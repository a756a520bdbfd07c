#pragma once

#include "services/api/apierror.h"
#include "services/api/connectionsettings.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace sk::api {
class ApiClient;
}

namespace sk::services {

// "Test connection": fetches a token with the client credentials, then one page of
// organizations, with a client of its own (the session's token cache is not touched).
// Completes with exactly one of succeeded() or failed() per start(); starting again or
// destroying the tester cancels a test in progress silently.
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTester(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ConnectionTester() override;

    // Empty when the test started; otherwise why the settings cannot be tried (nothing is
    // sent and no signal follows).
    QString start(const api::ConnectionSettings &settings);
    void cancel();
    bool isRunning() const { return m_run != nullptr; }

signals:
    // The token was accepted and the API answered; organizationCount is the environment's total.
    // organizationCount is entities::kUnknownTotal (-1) when the server sent no usable count.
    void succeeded(qint64 organizationCount);
    void failed(const sk::api::ApiError &error);

private:
    QNetworkAccessManager *m_network;
    QPointer<QObject> m_run; // owns the client and the call of the test in progress
};

} // namespace sk::services
