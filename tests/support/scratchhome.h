#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace sk::test {

// One directory that stands for everything a program may write for its user: HOME,
// XDG_CONFIG_HOME, XDG_CACHE_HOME, XDG_DATA_HOME, XDG_STATE_HOME and TMPDIR all point inside it,
// so a test can afterwards read every file the program wrote. The D-Bus session (and with it
// the keychain, whose files live with its daemon, outside this directory) is left as it was.
class ScratchHome
{
public:
    explicit ScratchHome(QString root)
        : m_root(std::move(root))
    { }

    // Creates the folders; false when one cannot be made.
    bool create() const;
    QString root() const { return m_root; }
    QString path(const QString &relative) const;

    // env with the variables above pointed into the scratch directory, and every logging
    // category on (debug included), printed on stderr.
    QProcessEnvironment apply(QProcessEnvironment env) const;
    // The same for this process (before anything reads a standard path).
    void applyToThisProcess() const;

private:
    QString m_root;
};

// The permission bits of a file (0600 = owner read and write only); -1 when it cannot be read.
int fileMode(const QString &path);

} // namespace sk::test
