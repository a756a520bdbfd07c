#pragma once

#include <QObject>
#include <QString>

namespace sk::services {

// What the window shows about the environment the console is talking to: its name and kind,
// whether it can be reached, and how many requests are in flight. One instance per session,
// owned by the composition root and injected wherever it is needed.
class EnvironmentStatus : public QObject
{
    Q_OBJECT

public:
    enum class Kind { None, Sandbox, Development, Staging, Production };
    Q_ENUM(Kind)
    enum class Connection { NotConfigured, Connecting, Connected, Unavailable, Failed };
    Q_ENUM(Connection)

    explicit EnvironmentStatus(QObject *parent = nullptr);

    QString name() const { return m_name; }
    Kind kind() const { return m_kind; }
    Connection connection() const { return m_connection; }
    QString connectionMessage() const { return m_connectionMessage; }
    int inFlight() const { return m_inFlight; }
    bool isProduction() const { return m_kind == Kind::Production; }
    // Read-only profiles: every write action is disabled while this is set.
    bool isReadOnly() const { return m_readOnly; }
    // True when a write may be offered: connected and not read-only.
    bool canWrite() const { return !m_readOnly && m_connection == Connection::Connected; }

    void setEnvironment(const QString &name, Kind kind);
    void setConnection(Connection connection, const QString &message = {});
    void setInFlight(int count);
    void setReadOnly(bool readOnly);
    void requestStarted();
    void requestFinished();

    static QString kindLabel(Kind kind);
    static QString connectionLabel(Connection connection);

signals:
    void environmentChanged();
    void connectionChanged();
    void inFlightChanged(int count);
    // Read-only or connection changed: write actions re-check canWrite().
    void writableChanged();

private:
    QString m_name;
    Kind m_kind = Kind::None;
    Connection m_connection = Connection::NotConfigured;
    QString m_connectionMessage;
    int m_inFlight = 0;
    bool m_readOnly = false;
};

} // namespace sk::services
