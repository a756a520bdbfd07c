#include "tests/support/secretscan.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <nlohmann/json.hpp>

namespace sk::test {

namespace {

constexpr qsizetype kTailLength = 16;

// The JSON string body nlohmann writes for the value (without the quotes).
QByteArray jsonEscaped(const QString &value)
{
    const std::string dumped = nlohmann::json(value.toStdString()).dump();
    return QByteArray::fromStdString(dumped.substr(1, dumped.size() - 2));
}

} // namespace

void SecretScan::add(const QString &kind, const QString &value)
{
    if (value.isEmpty())
        return;
    const QByteArray raw = value.toUtf8();
    const auto push = [&](const QString &form, const QByteArray &bytes) {
        for (const Needle &n : std::as_const(m_needles)) {
            if (n.bytes == bytes)
                return;
        }
        m_needles.append({kind, form, bytes});
    };
    push(QStringLiteral("as is"), raw);
    push(QStringLiteral("percent-encoded"), QUrl::toPercentEncoding(value));
    push(QStringLiteral("JSON-escaped"), jsonEscaped(value));
    QByteArray slashes = jsonEscaped(value);
    push(QStringLiteral("JSON-escaped"), slashes.replace("/", "\\/"));
    if (raw.size() >= 2 * kTailLength)
        push(QStringLiteral("last 16 characters"), raw.right(kTailLength));
}

void SecretScan::addPattern(const QString &kind, const QString &regularExpression)
{
    m_patterns.append({kind, QRegularExpression(regularExpression)});
}

int SecretScan::count(const QString &kind) const
{
    int n = 0;
    for (const Needle &needle : m_needles)
        n += needle.kind == kind && needle.form == QStringLiteral("as is");
    return n;
}

QStringList SecretScan::kinds() const
{
    QStringList out;
    for (const Needle &needle : m_needles) {
        if (!out.contains(needle.kind))
            out << needle.kind;
    }
    return out;
}

QList<SecretScan::Finding> SecretScan::scan(const QString &where, const QByteArray &bytes) const
{
    QList<Finding> found;
    for (const Needle &needle : m_needles) {
        if (bytes.contains(needle.bytes))
            found.append({where, needle.kind, needle.form});
    }
    if (!m_patterns.isEmpty()) {
        const QString text = QString::fromLatin1(bytes); // every byte maps to one character
        for (const auto &[kind, pattern] : m_patterns) {
            if (const QRegularExpressionMatch m = pattern.match(text); m.hasMatch())
                found.append({where, kind, QStringLiteral("pattern: ") + m.captured(0).left(40)});
        }
    }
    return found;
}

QList<SecretScan::Finding> SecretScan::scanTree(const QString &dir, const QSet<QString> &skip,
                                                int *files) const
{
    QList<Finding> found;
    int count = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = QFileInfo(it.next()).absoluteFilePath();
        if (skip.contains(path))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (QFileInfo(path).isFile()) // a socket or FIFO has nothing to read
                found.append({path, QStringLiteral("(unreadable file)"), file.errorString()});
            continue;
        }
        ++count;
        found += scan(path, file.readAll());
    }
    if (files)
        *files = count;
    return found;
}

QString SecretScan::describe(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << QStringLiteral("%1 in %2 (%3)").arg(f.kind, f.where, f.form);
    return lines.join(u'\n');
}

QString SecretScan::summary() const
{
    QStringList parts;
    for (const QString &kind : kinds())
        parts << QStringLiteral("%1 %2").arg(kind).arg(count(kind));
    return parts.join(QStringLiteral(", ")) + QStringLiteral("; %1 patterns").arg(m_patterns.size());
}

} // namespace sk::test
