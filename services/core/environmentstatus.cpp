#include "services/core/environmentstatus.h"

namespace sk::services {

EnvironmentStatus::EnvironmentStatus(QObject *parent)
    : QObject(parent)
{
}

void EnvironmentStatus::setEnvironment(const QString &name, Kind kind)
{
    if (name == m_name && kind == m_kind)
        return;
    m_name = name;
    m_kind = kind;
    emit environmentChanged();
}

void EnvironmentStatus::setConnection(Connection connection, const QString &message)
{
    if (connection == m_connection && message == m_connectionMessage)
        return;
    const bool couldWrite = canWrite();
    m_connection = connection;
    m_connectionMessage = message;
    emit connectionChanged();
    if (couldWrite != canWrite())
        emit writableChanged();
}

void EnvironmentStatus::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    const bool couldWrite = canWrite();
    m_readOnly = readOnly;
    if (couldWrite != canWrite())
        emit writableChanged();
}

void EnvironmentStatus::setInFlight(int count)
{
    count = qMax(0, count);
    if (count == m_inFlight)
        return;
    m_inFlight = count;
    emit inFlightChanged(m_inFlight);
}

void EnvironmentStatus::requestStarted()
{
    ++m_inFlight;
    emit inFlightChanged(m_inFlight);
}

void EnvironmentStatus::requestFinished()
{
    if (m_inFlight == 0)
        return;
    --m_inFlight;
    emit inFlightChanged(m_inFlight);
}

QString EnvironmentStatus::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::None: return tr("No environment");
    case Kind::Sandbox: return tr("Sandbox");
    case Kind::Development: return tr("Development");
    case Kind::Staging: return tr("Staging");
    case Kind::Production: return tr("Production");
    }
    return {};
}

QString EnvironmentStatus::connectionLabel(Connection connection)
{
    switch (connection) {
    case Connection::NotConfigured: return tr("Not connected");
    case Connection::Connecting: return tr("Connecting…");
    case Connection::Connected: return tr("Connected");
    case Connection::Unavailable: return tr("Unavailable");
    case Connection::Failed: return tr("Connection failed");
    }
    return {};
}

} // namespace sk::services
