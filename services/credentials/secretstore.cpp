#include "services/credentials/secretstore.h"

#include <QMetaObject>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace sk::services {

namespace {
const QString kProbeKey = QStringLiteral("probe/availability");
} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

SecretStore::~SecretStore()
{
    // Nothing of the in-memory fallback survives the process.
    for (auto it = m_memory.begin(); it != m_memory.end(); ++it)
        it->fill(QChar(u'\0'));
    m_memory.clear();
}

QString SecretStore::keyFor(const QString &profileName)
{
    return QStringLiteral("profile/%1/client-secret").arg(profileName);
}

void SecretStore::setState(State state, const QString &reason)
{
    const bool changed = state != m_state || reason != m_reason;
    m_state = state;
    m_reason = state == State::Unavailable ? reason : QString();
    if (changed)
        emit stateChanged(m_state);
}

void SecretStore::deliver(QObject *context, Done done, Outcome outcome, bool queued)
{
    if (!done)
        return;
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    auto call = [guard, hadContext, done = std::move(done), outcome = std::move(outcome)] {
        if (hadContext && !guard)
            return;
        done(outcome);
    };
    if (queued)
        QMetaObject::invokeMethod(this, std::move(call), Qt::QueuedConnection);
    else
        call();
}

void SecretStore::startJob(Operation operation, const QString &key, const QString &secret, JobDone done)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read: job = new QKeychain::ReadPasswordJob(serviceName(), this); break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(serviceName(), this);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Operation::Remove: job = new QKeychain::DeletePasswordJob(serviceName(), this); break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext copy
    job->setKey(key);
    ++m_pending;
    connect(job, &QKeychain::Job::finished, this, [this, operation, done = std::move(done)](QKeychain::Job *finished) {
        --m_pending;
        Outcome outcome;
        switch (finished->error()) {
        case QKeychain::NoError:
            setState(State::Available);
            if (operation == Operation::Read)
                outcome.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            break;
        case QKeychain::EntryNotFound:
            setState(State::Available);
            outcome.status = Outcome::Status::NotFound;
            break;
        case QKeychain::AccessDeniedByUser:
            // The keychain works; the user said no to this one request.
            outcome.status = Outcome::Status::Failed;
            outcome.error = finished->errorString();
            break;
        default:
            outcome.status = Outcome::Status::Failed;
            outcome.error = finished->errorString();
            if (outcome.error.isEmpty())
                outcome.error = tr("The keychain failed without saying why (error %1).").arg(int(finished->error()));
            setState(State::Unavailable, outcome.error);
            break;
        }
        done(std::move(outcome));
    });
    job->start();
}

void SecretStore::read(const QString &profileName, QObject *context, Done done)
{
    if (const auto it = m_memory.constFind(profileName); it != m_memory.constEnd()) {
        Outcome outcome;
        outcome.secret = *it;
        outcome.memoryOnly = true;
        deliver(context, std::move(done), std::move(outcome), true);
        return;
    }
    startJob(Operation::Read, keyFor(profileName), {}, [this, context = QPointer<QObject>(context),
                                                         hadContext = context != nullptr,
                                                         done = std::move(done)](Outcome outcome) mutable {
        if (!hadContext || context)
            deliver(context, std::move(done), std::move(outcome), false);
    });
}

void SecretStore::write(const QString &profileName, const QString &secret, QObject *context, Done done)
{
    startJob(Operation::Write, keyFor(profileName), secret,
             [this, profileName, secret, context = QPointer<QObject>(context), hadContext = context != nullptr,
              done = std::move(done)](Outcome outcome) mutable {
                 if (outcome.ok()) {
                     m_memory.remove(profileName);
                 } else if (m_state == State::Unavailable) {
                     // No keychain: keep it for this run, never on disk.
                     m_memory.insert(profileName, secret);
                     outcome.memoryOnly = true;
                     outcome.status = Outcome::Status::Ok;
                 }
                 if (!hadContext || context)
                     deliver(context, std::move(done), std::move(outcome), false);
             });
}

void SecretStore::remove(const QString &profileName, QObject *context, Done done)
{
    const bool hadMemory = m_memory.remove(profileName) > 0;
    startJob(Operation::Remove, keyFor(profileName), {},
             [this, hadMemory, context = QPointer<QObject>(context), hadContext = context != nullptr,
              done = std::move(done)](Outcome outcome) mutable {
                 // A missing entry is removed; so is one that only ever lived in memory (the
                 // keychain failing again cannot hold a copy it never received).
                 if (outcome.status == Outcome::Status::NotFound || hadMemory)
                     outcome.status = Outcome::Status::Ok;
                 outcome.memoryOnly = hadMemory;
                 if (!hadContext || context)
                     deliver(context, std::move(done), std::move(outcome), false);
             });
}

void SecretStore::rename(const QString &from, const QString &to, QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    auto finish = [this, guard, hadContext, done](Outcome outcome) {
        if (!hadContext || guard)
            deliver(guard, done, std::move(outcome), false);
    };
    read(from, this, [this, from, to, finish](const Outcome &readOutcome) {
        if (!readOutcome.ok()) {
            finish(readOutcome);
            return;
        }
        const QString secret = readOutcome.secret;
        write(to, secret, this, [this, from, finish](const Outcome &writeOutcome) {
            if (!writeOutcome.ok()) {
                finish(writeOutcome);
                return;
            }
            const bool movedToMemory = writeOutcome.memoryOnly;
            remove(from, this, [finish, movedToMemory](const Outcome &removeOutcome) {
                Outcome outcome = removeOutcome;
                outcome.memoryOnly = movedToMemory;
                finish(outcome);
            });
        });
    });
}

void SecretStore::probe(QObject *context, Done done)
{
    startJob(Operation::Read, kProbeKey, {},
             [this, context = QPointer<QObject>(context), hadContext = context != nullptr,
              done = std::move(done)](Outcome outcome) mutable {
                 outcome.secret.clear();
                 if (!hadContext || context)
                     deliver(context, std::move(done), std::move(outcome), false);
             });
}

} // namespace sk::services
