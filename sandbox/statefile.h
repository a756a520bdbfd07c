#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace sk::sandbox {

class SandboxStore;

// --state FILE: loads the store at start, saves it atomically (QSaveFile: temporary file, then
// rename) at most kSaveDelayMs after a change, however busy the server, and on exit, so a
// crash never leaves a half-written file and loses at most the last kSaveDelayMs of writes.
class StateFile : public QObject
{
    Q_OBJECT

public:
    enum class Load { Loaded, Missing, Failed };
    static constexpr int kSaveDelayMs = 250;

    StateFile(QString path, SandboxStore &store, QObject *parent = nullptr);
    ~StateFile() override;

    Load load(QString *error);
    bool saveNow(QString *error);

    const QString &path() const { return m_path; }

public Q_SLOTS:
    void scheduleSave(); // saves within kSaveDelayMs; later changes never postpone it

private:
    QString m_path;
    SandboxStore &m_store;
    QTimer m_debounce;
    bool m_dirty = false;
};

} // namespace sk::sandbox
