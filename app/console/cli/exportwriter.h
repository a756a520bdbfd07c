#pragma once

#include <QSaveFile>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

class QFile;
class QIODevice;

namespace sk::app::cli {

// Writes exported rows as a JSON array, JSON lines or CSV, to standard output or to a file
// that appears only when the export completes (written to a temporary file, then renamed).
// A path that is not a regular file (a FIFO, a device, a symbolic link such as /dev/stdout) is
// written straight into instead: renaming a temporary file over it would replace it.
class ExportWriter
{
public:
    enum class Format { Json, JsonLines, Csv };
    static std::optional<Format> formatFromName(const QString &name);

    // CSV columns: a header and a dotted path into the row's JSON ("settings.features").
    struct Column
    {
        QString header;
        std::string path;
    };

    ExportWriter(Format format, QList<Column> columns);
    ~ExportWriter();

    // Empty file name: standard output. Returns false with errorString() on failure.
    // ownerOnly: the file is readable and writable by its owner only (0600) from the moment it
    // is created, for exports that hold secrets (authorization links).
    bool open(const QString &fileName, bool ownerOnly = false);
    void write(const nlohmann::json &row);
    // One CSV row from its cells' text, in column order (the entity fast path: ExportWriter
    // escapes them as write() does).
    void writeCells(const std::vector<std::string> &cells);
    Format format() const { return m_format; }
    const QList<Column> &columns() const { return m_columns; }
    bool commit(); // ends the document; for a file, makes it appear
    QString errorString() const { return m_error; }

    // The CSV text of one value: scalars as they are, arrays joined with ';', objects as JSON.
    static QString csvCell(const nlohmann::json &value);
    static QString csvEscape(const QString &cell);
    static void appendCsvEscaped(std::string &out, std::string_view cell);

private:
    void writeText(const QByteArray &bytes);
    void flushPending();
    void writeCsvHeader();

    Format m_format;
    QList<Column> m_columns;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QFile> m_plain; // standard output, or a path written straight into
    QIODevice *m_device = nullptr;
    std::string m_pending; // CSV rows from writeCells, written in blocks
    qint64 m_rows = 0;
    QString m_error;
};

} // namespace sk::app::cli
