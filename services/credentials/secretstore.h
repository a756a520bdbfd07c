#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace sk::services {

// The client secrets, in the OS keychain through qtkeychain (Secret Service on Linux, Keychain
// on macOS, Credential Manager on Windows), under the service "scalekit-console" with one key
// per profile ("profile/<name>/client-secret"). Every operation is asynchronous and answers
// exactly once through its callback, on the context's thread, unless the context is gone.
//
// There is no plaintext fallback. When the keychain cannot be used, the store says so with the
// backend's own error text (state() becomes Unavailable, unavailableReason()), keeps secrets
// written during this run in memory only, and forgets them when the process ends.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Unknown,     // not used yet
        Available,   // the last keychain operation worked
        Unavailable, // the keychain failed: secrets written now last for this run only
    };
    Q_ENUM(State)

    struct Outcome
    {
        enum class Status { Ok, NotFound, Failed };
        Status status = Status::Ok;
        QString secret;        // read: the secret
        QString error;         // the backend's error text, when it failed
        bool memoryOnly = false; // the secret is (or was) held for this run only

        bool ok() const { return status == Status::Ok; }
    };
    using Done = std::function<void(const Outcome &outcome)>;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    static QString serviceName() { return QStringLiteral("scalekit-console"); }
    static QString keyFor(const QString &profileName);

    void read(const QString &profileName, QObject *context, Done done);
    // Ok with memoryOnly set when the keychain failed and the secret is kept for this run.
    void write(const QString &profileName, const QString &secret, QObject *context, Done done);
    // A missing entry counts as removed.
    void remove(const QString &profileName, QObject *context, Done done);
    // Moves the secret to the new name and deletes the old entry. NotFound when there was none.
    void rename(const QString &from, const QString &to, QObject *context, Done done);
    // Reads a key nobody writes, to learn early whether the keychain answers.
    void probe(QObject *context = nullptr, Done done = {});

    State state() const { return m_state; }
    QString unavailableReason() const { return m_reason; }
    bool hasMemoryOnlySecrets() const { return !m_memory.isEmpty(); }
    int pendingJobs() const { return m_pending; }

signals:
    void stateChanged(sk::services::SecretStore::State state);

private:
    enum class Operation { Read, Write, Remove };
    using JobDone = std::function<void(Outcome)>;
    void startJob(Operation operation, const QString &key, const QString &secret, JobDone done);
    void deliver(QObject *context, Done done, Outcome outcome, bool queued);
    void setState(State state, const QString &reason = {});

    QHash<QString, QString> m_memory; // profile name -> secret, only while the keychain fails
    State m_state = State::Unknown;
    QString m_reason;
    int m_pending = 0;
};

} // namespace sk::services
