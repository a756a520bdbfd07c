#include "app/console/cli/onetimesecret.h"

#include "app/console/cli/cliexit.h"
#include "app/console/cli/exportwriter.h"
#include "app/console/cli/texttable.h"
#include "services/json/secret.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cstdio>

namespace sk::app::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sk::app::cli::OneTimeSecret", text);
}

const QString kFormat = QStringLiteral("format");

template<typename Bytes> void wipe(Bytes &bytes)
{
    std::fill(bytes.begin(), bytes.end(), typename Bytes::value_type {});
}

QByteArray render(const nlohmann::ordered_json &record, const QString &format)
{
    if (format == QStringLiteral("csv")) {
        QStringList header;
        QStringList row;
        for (const auto &[key, value] : record.items()) {
            header << ExportWriter::csvEscape(QString::fromStdString(key));
            row << ExportWriter::csvEscape(ExportWriter::csvCell(value));
        }
        return (header.join(u',') + u'\n' + row.join(u',') + u'\n').toUtf8();
    }
    if (format == QStringLiteral("table")) {
        QList<QStringList> rows;
        for (const auto &[key, value] : record.items())
            rows << QStringList {QString::fromStdString(key), ExportWriter::csvCell(value)};
        return textTable(rows);
    }
    return QByteArray::fromStdString(record.dump(2)) + '\n';
}

} // namespace

QCommandLineOption revealOption(const QString &what)
{
    return {QStringLiteral("reveal"),
            tr("Print %1 (shown only this once). Without it, it is printed as \"[secret]\".").arg(what)};
}

QCommandLineOption oneTimeSecretFormatOption()
{
    return {kFormat, tr("json (default), csv or table."), tr("FORMAT"), QStringLiteral("json")};
}

QString oneTimeSecretFormatProblem(const QString &name)
{
    if (name == QStringLiteral("json") || name == QStringLiteral("csv") || name == QStringLiteral("table"))
        return {};
    return tr("unknown format '%1'; expected json, csv or table.").arg(name);
}

int printOneTimeSecret(OneTimeSecret &secret, const QString &format, bool reveal)
{
    nlohmann::ordered_json record = secret.fields;
    record[secret.secretField] = reveal ? secret.value : std::string(json::kMaskedSecret);
    wipe(secret.value);
    QByteArray text = render(record, format);
    if (reveal)
        wipe(record[secret.secretField].get_ref<std::string &>());
    QFile out;
    const bool written
        = out.open(stdout, QIODevice::WriteOnly) && out.write(text) == text.size() && out.flush();
    wipe(text);
    if (!written) {
        std::fprintf(stderr, "scalekit-console: cannot write the new %s: %s\n", qUtf8Printable(secret.kind),
                     qUtf8Printable(out.errorString()));
        return ExitUnavailable;
    }
    if (!reveal)
        std::fprintf(
            stderr,
            "scalekit-console: the new %s was not printed (--reveal prints it); the API shows it only "
            "once, so it cannot be shown again.\n",
            qUtf8Printable(secret.kind));
    return ExitOk;
}

} // namespace sk::app::cli
