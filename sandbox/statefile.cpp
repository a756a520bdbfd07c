#include "sandbox/statefile.h"

#include "sandbox/sandboxstore.h"
#include "services/json/boundedparse.h"
#include "services/json/secret.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

#include "sandbox/sandboxlog.h"

namespace sk::sandbox {

StateFile::StateFile(QString path, SandboxStore &store, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_store(store)
{
    // Bounded, not debounced: the first change after a save starts the clock and later changes do
    // not push it back, so under a steady stream of writes each one is on disk within
    // kSaveDelayMs plus the time one save takes.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kSaveDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        QString error;
        if (!saveNow(&error))
            qCWarning(lcSandbox).noquote() << "cannot save state:" << error;
    });
}

StateFile::~StateFile() = default;

StateFile::Load StateFile::load(QString *error)
{
    QFile file(m_path);
    if (!file.exists())
        return Load::Missing;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"Cannot read state file %1: %2"_s.arg(m_path, file.errorString());
        return Load::Failed;
    }
    const QByteArray bytes = file.readAll();
    const auto document = json::parseBounded(std::string_view(bytes.constData(), size_t(bytes.size())),
                                             json::kMaxResponseDepth);
    if (document.is_discarded()) {
        *error = u"State file %1 is not valid JSON"_s.arg(m_path);
        return Load::Failed;
    }
    std::string reason;
    if (!m_store.fromJson(document, &reason)) {
        *error = u"State file %1 is not usable: %2"_s.arg(m_path, QString::fromStdString(reason));
        return Load::Failed;
    }
    qCInfo(lcSandbox).noquote() << "loaded state from" << m_path;
    return Load::Loaded;
}

bool StateFile::saveNow(QString *error)
{
    m_debounce.stop();
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // holds secrets
    const std::string text = [this] {
        const sk::json::IncludeSecrets include; // the state file is the store itself, secrets and all
        return m_store.toJson().dump();
    }();
    if (file.write(text.data(), qint64(text.size())) != qint64(text.size()) || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    m_dirty = false;
    return true;
}

void StateFile::scheduleSave()
{
    m_dirty = true;
    if (!m_debounce.isActive())
        m_debounce.start();
}

} // namespace sk::sandbox
