#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace sk::sandbox {

class SandboxStore;

// --state FILE: loads the store at start, saves it atomically (QSaveFile: temporary file, then
// rename) a moment after each change and on exit, so a crash never leaves a half-written file.
class StateFile : public QObject
{
    Q_OBJECT

public:
    enum class Load { Loaded, Missing, Failed };

    StateFile(QString path, SandboxStore &store, QObject *parent = nullptr);
    ~StateFile() override;

    Load load(QString *error);
    bool saveNow(QString *error);

    const QString &path() const { return m_path; }

public Q_SLOTS:
    void scheduleSave(); // debounced

private:
    QString m_path;
    SandboxStore &m_store;
    QTimer m_debounce;
    bool m_dirty = false;
};

} // namespace sk::sandbox
