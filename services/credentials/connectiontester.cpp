#include "services/credentials/connectiontester.h"

#include "services/api/apiclient.h"
#include "services/resources/organizationsservice.h"

namespace sk::services {

ConnectionTester::ConnectionTester(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

ConnectionTester::~ConnectionTester()
{
    cancel();
}

void ConnectionTester::cancel()
{
    delete m_run.data(); // destroys the call with its owner: no callback runs
}

QString ConnectionTester::start(const api::ConnectionSettings &settings)
{
    cancel();
    if (const QString problem = settings.validate(); !problem.isEmpty())
        return problem;
    auto *run = new QObject(this);
    m_run = run;
    auto *client = new api::ApiClient(m_network, run);
    client->setSettings(settings);
    OrganizationsService(client).list({1, {}}, {}, run, [this, run](api::Result<entities::Page<entities::Organization>> page) {
        run->deleteLater();
        m_run = nullptr;
        if (page)
            emit succeeded(page.value().totalSize);
        else
            emit failed(page.error());
    });
    return {};
}

} // namespace sk::services
