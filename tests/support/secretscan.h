#pragma once

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

namespace sk::test {

// What the secret-hygiene tests search for, and where they found it. A secret is searched for
// as given, percent-encoded, JSON-escaped ('/' as "\/" too) and, when it is long, by its last 16
// characters (the random part of a link or token), so a cut or re-encoded copy is found too.
// Patterns catch secrets the test never saw itself: a sandbox link path with its token
// ("/connect/TOKEN", "/magicLink/TOKEN"), a bearer header, a form-encoded client secret.
class SecretScan
{
public:
    struct Finding
    {
        QString where; // a file path or "stdout of profiles add", ...
        QString kind; // "client secret", "MCP instance URL", ...
        QString form; // "as is", "percent-encoded", "JSON-escaped", "last 16 characters", "pattern"
    };

    // Adds a secret of this kind (empty values are ignored, duplicates kept once).
    void add(const QString &kind, const QString &value);
    void addPattern(const QString &kind, const QString &regularExpression);
    // How many secrets of this kind were added.
    int count(const QString &kind) const;
    QStringList kinds() const;

    // Every secret found in these bytes.
    QList<Finding> scan(const QString &where, const QByteArray &bytes) const;
    // Every file under dir, recursively and whole, whatever its size or kind (symbolic links are
    // not followed); files whose absolute path is in `skip` are left out.
    QList<Finding> scanTree(const QString &dir, const QSet<QString> &skip = {}, int *files = nullptr) const;

    static QString describe(const QList<Finding> &findings);
    // "client secret 1, access token 2, ...": how many secrets of each kind are searched for.
    QString summary() const;

private:
    struct Needle
    {
        QString kind;
        QString form;
        QByteArray bytes;
    };
    QList<Needle> m_needles;
    QList<QPair<QString, QRegularExpression>> m_patterns;
};

} // namespace sk::test
