#include "app/console/cli/exportwriter.h"

#include "services/core/bytescan.h"

#include <QFile>
#include <QFileInfo>

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace sk::app::cli {

namespace {

constexpr std::size_t kPendingBlock = 256 * 1024; // CSV bytes gathered before a write

const nlohmann::json *lookup(const nlohmann::json &row, const std::string &path)
{
    const nlohmann::json *node = &row;
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t dot = path.find('.', start);
        const std::string key = path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        if (!node->is_object())
            return nullptr;
        const auto it = node->find(key);
        if (it == node->end())
            return nullptr;
        node = &*it;
        if (dot == std::string::npos)
            break;
        start = dot + 1;
    }
    return node;
}

} // namespace

std::optional<ExportWriter::Format> ExportWriter::formatFromName(const QString &name)
{
    if (name == QStringLiteral("json"))
        return Format::Json;
    if (name == QStringLiteral("jsonl"))
        return Format::JsonLines;
    if (name == QStringLiteral("csv"))
        return Format::Csv;
    return std::nullopt;
}

ExportWriter::ExportWriter(Format format, QList<Column> columns)
    : m_format(format)
    , m_columns(std::move(columns))
{
}

ExportWriter::~ExportWriter() = default;

bool ExportWriter::open(const QString &fileName, bool ownerOnly)
{
    const QFileInfo info(fileName);
    if (fileName.isEmpty()) {
        m_plain = std::make_unique<QFile>();
        if (!m_plain->open(stdout, QIODevice::WriteOnly)) {
            m_error = m_plain->errorString();
            return false;
        }
        m_device = m_plain.get();
    } else if (info.isSymLink() || (info.exists() && !info.isFile())) {
        // A FIFO, a device, a symbolic link such as /dev/stdout: written straight into. A
        // temporary file renamed over it would replace the pipe or device (or the link) with a
        // regular file.
        if (info.isDir()) {
            m_error = QStringLiteral("%1 is a directory").arg(fileName);
            return false;
        }
        m_plain = std::make_unique<QFile>(fileName);
        if (!m_plain->open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            m_error = m_plain->errorString();
            return false;
        }
        // A link to a regular file that will hold secrets: owner-only, as a new file would be.
        if (ownerOnly && info.isFile()
            && !m_plain->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            m_error = m_plain->errorString();
            return false;
        }
        m_device = m_plain.get();
    } else {
        m_file = std::make_unique<QSaveFile>(fileName);
        if (!m_file->open(QIODevice::WriteOnly)) {
            m_error = m_file->errorString();
            return false;
        }
        // The temporary file is renamed into place on commit(), keeping these permissions.
        if (ownerOnly && !m_file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            m_error = m_file->errorString();
            m_file->cancelWriting();
            return false;
        }
        m_device = m_file.get();
    }
    return true; // nothing is written before the first row: a failed export leaves no half document
}

void ExportWriter::write(const nlohmann::json &row)
{
    switch (m_format) {
    case Format::Json:
        writeText((m_rows == 0 ? QByteArrayLiteral("[\n  ") : QByteArrayLiteral(",\n  "))
                  + QByteArray::fromStdString(row.dump()));
        break;
    case Format::JsonLines:
        writeText(QByteArray::fromStdString(row.dump()) + '\n');
        break;
    case Format::Csv: {
        if (m_rows == 0)
            writeCsvHeader();
        QStringList cells;
        for (const Column &column : m_columns) {
            const nlohmann::json *value = lookup(row, column.path);
            cells << csvEscape(value ? csvCell(*value) : QString());
        }
        writeText(cells.join(u',').toUtf8() + "\r\n");
        break;
    }
    }
    ++m_rows;
}

void ExportWriter::writeCells(const std::vector<std::string> &cells)
{
    if (m_rows == 0) {
        writeCsvHeader();
        m_pending.reserve(kPendingBlock + 64 * 1024);
    }
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_pending += ',';
        appendCsvEscaped(m_pending, cells[i]);
    }
    m_pending += "\r\n";
    if (m_pending.size() >= kPendingBlock)
        flushPending();
    ++m_rows;
}

void ExportWriter::flushPending()
{
    const auto size = qsizetype(m_pending.size());
    if (size > 0 && m_device->write(m_pending.data(), size) != size && m_error.isEmpty())
        m_error = m_device->errorString();
    m_pending.clear();
}

void ExportWriter::appendCsvEscaped(std::string &out, std::string_view cell)
{
    // Eight bytes at a time, then byte by byte: whether the cell holds one of the four bytes
    // that need quoting (find_first_of would call memchr for every byte of the cell).
    static constexpr auto kSpecial = [] {
        std::array<bool, 256> table {};
        table[','] = table['"'] = table['\n'] = table['\r'] = true;
        return table;
    }();
    const auto special = [](std::uint64_t word) {
        return bytescan::hasByte(word, ',') || bytescan::hasByte(word, '"') || bytescan::hasByte(word, '\n')
            || bytescan::hasByte(word, '\r');
    };
    const char *begin = cell.data();
    const char *end = begin + cell.size();
    const char *p = begin + bytescan::plainWords(cell, special);
    // Fewer than eight bytes left, none special so far: the last eight bytes instead.
    if (end - p < 8 && p != end && cell.size() >= 8 && !special(bytescan::load8(end - 8)))
        p = end;
    while (p != end && !kSpecial[static_cast<unsigned char>(*p)])
        ++p;
    if (p == end) {
        out.append(begin, cell.size());
        return;
    }
    out += '"';
    for (p = begin; p != end;) { // runs up to and including each quote, the quote doubled
        const auto *quote = static_cast<const char *>(std::memchr(p, '"', std::size_t(end - p)));
        const char *stop = quote ? quote + 1 : end;
        out.append(p, std::size_t(stop - p));
        if (quote)
            out += '"';
        p = stop;
    }
    out += '"';
}

void ExportWriter::writeCsvHeader()
{
    QStringList headers;
    for (const Column &column : m_columns)
        headers << csvEscape(column.header);
    writeText(headers.join(u',').toUtf8() + "\r\n");
}

bool ExportWriter::commit()
{
    flushPending();
    if (m_format == Format::Csv && m_rows == 0)
        writeCsvHeader();
    if (m_format == Format::Json)
        writeText(m_rows == 0 ? QByteArrayLiteral("[]\n") : QByteArrayLiteral("\n]\n"));
    if (m_file) {
        if (!m_file->commit()) {
            m_error = m_file->errorString();
            return false;
        }
        return true;
    }
    if (!m_plain->flush() || !m_error.isEmpty()) {
        if (m_error.isEmpty())
            m_error = m_plain->errorString();
        return false;
    }
    return true;
}

void ExportWriter::writeText(const QByteArray &bytes)
{
    if (m_device->write(bytes) != bytes.size() && m_error.isEmpty())
        m_error = m_device->errorString();
}

QString ExportWriter::csvCell(const nlohmann::json &value)
{
    if (value.is_null())
        return {};
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_boolean())
        return value.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.is_array()) {
        QStringList parts;
        for (const nlohmann::json &item : value)
            parts << csvCell(item);
        return parts.join(u';');
    }
    return QString::fromStdString(value.dump());
}

QString ExportWriter::csvEscape(const QString &cell)
{
    if (!cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\n') && !cell.contains(u'\r'))
        return cell;
    QString escaped = cell;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

} // namespace sk::app::cli
