#include "models/agentkit/bulkreauth.h"

#include "models/agentkit/connectedaccountstatus.h"

#include <QFile>

namespace sk::models {

namespace {

QByteArray csvCell(const std::string &value)
{
    QByteArray cell = QByteArray::fromStdString(value);
    if (!cell.isEmpty() && QByteArrayView("=+-@").contains(cell.front()))
        cell.prepend('\'');
    cell.replace('"', "\"\"");
    return '"' + cell + '"';
}

} // namespace

BulkReauth::BulkReauth(services::ConnectedAccountsService *service,
                       const std::vector<entities::ConnectedAccount> &accounts, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    m_items.reserve(accounts.size());
    for (const entities::ConnectedAccount &a : accounts)
        m_items.push_back({a.id, a.identifier, a.connector, ConnectedAccountStatus::keyOf(a.status), std::nullopt, {}});
}

int BulkReauth::linked() const
{
    return int(std::count_if(m_items.begin(), m_items.end(), [](const Item &i) { return i.link.has_value(); }));
}

int BulkReauth::failed() const
{
    return int(std::count_if(m_items.begin(), m_items.end(), [](const Item &i) { return !i.failure.isEmpty(); }));
}

void BulkReauth::start()
{
    if (m_running)
        return;
    m_queue.clear();
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (!m_items[i].link)
            m_queue.push_back(i);
    }
    m_next = 0;
    m_done = 0;
    m_inFlight = 0;
    ++m_generation;
    if (m_queue.empty()) {
        emit finished();
        return;
    }
    m_running = true;
    emit progress(0, int(m_queue.size()));
    for (int i = 0; i < kParallel; ++i)
        startNext();
}

void BulkReauth::cancel()
{
    if (!m_running)
        return;
    ++m_generation; // answers still on their way are dropped
    m_running = false;
    emit finished();
}

void BulkReauth::startNext()
{
    if (!m_running || m_next >= m_queue.size())
        return;
    const std::size_t index = m_queue[m_next++];
    ++m_inFlight;
    const quint64 generation = m_generation;
    // Never retried by the client: each call mints a link.
    m_service->magicLink(services::AccountSelector::byId(m_items[index].id), this,
                         [this, index, generation](api::Result<entities::MagicLink> result) {
                             if (generation != m_generation)
                                 return;
                             --m_inFlight;
                             Item &item = m_items[index];
                             if (result) {
                                 item.link = std::move(result).value();
                                 item.failure.clear();
                             } else {
                                 item.failure = result.error().describe();
                             }
                             ++m_done;
                             emit progress(m_done, int(m_queue.size()));
                             if (m_done == int(m_queue.size())) {
                                 m_running = false;
                                 emit finished();
                             } else {
                                 startNext();
                             }
                         });
}

bool BulkReauth::writeCsv(const QString &fileName, QString *error) const
{
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    // Before any link is written: the file holds live authorization links.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray out = "identifier,connection,status,link,expire_time\n";
    for (const Item &item : m_items) {
        if (!item.link)
            continue;
        out += csvCell(item.identifier) + ',' + csvCell(item.connection) + ',' + csvCell(item.status.toStdString())
            + ',' + csvCell(item.link->link.reveal()) + ',' + csvCell(item.link->expiry.toRfc3339()) + '\n';
    }
    if (file.write(out) != out.size() || !file.flush()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace sk::models
