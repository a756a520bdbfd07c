#include "tests/support/scratchhome.h"

#include <QDir>
#include <QFile>

#include <sys/stat.h>

namespace sk::test {

namespace {

struct Folder
{
    const char *variable;
    const char *folder;
};

constexpr Folder kFolders[] = {
    {"HOME", "home"},          {"XDG_CONFIG_HOME", "config"}, {"XDG_CACHE_HOME", "cache"},
    {"XDG_DATA_HOME", "data"}, {"XDG_STATE_HOME", "state"},   {"TMPDIR", "tmp"},
};

} // namespace

bool ScratchHome::create() const
{
    for (const Folder &f : kFolders) {
        if (!QDir().mkpath(path(QString::fromLatin1(f.folder))))
            return false;
    }
    return true;
}

QString ScratchHome::path(const QString &relative) const
{
    return QDir(m_root).filePath(relative);
}

QProcessEnvironment ScratchHome::apply(QProcessEnvironment env) const
{
    for (const Folder &f : kFolders)
        env.insert(QString::fromLatin1(f.variable), path(QString::fromLatin1(f.folder)));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*=true"));
    env.insert(QStringLiteral("QT_FORCE_STDERR_LOGGING"), QStringLiteral("1"));
    return env;
}

void ScratchHome::applyToThisProcess() const
{
    for (const Folder &f : kFolders)
        qputenv(f.variable, QFile::encodeName(path(QString::fromLatin1(f.folder))));
    qputenv("QT_LOGGING_RULES", "*=true");
}

int fileMode(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

} // namespace sk::test
