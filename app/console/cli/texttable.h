#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace sk::app::cli {

// Rows as aligned text columns (two spaces apart), one line each. The first column is left
// aligned; the others too, unless rightAlign (numbers).
QByteArray textTable(const QList<QStringList> &rows, bool rightAlign = false, const QString &indent = {});

} // namespace sk::app::cli
