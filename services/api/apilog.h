#pragma once

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>
#include <QUrlQuery>

// The `sk.api` logging category: one line per HTTP exchange with the environment, off by
// default (QT_LOGGING_RULES="sk.api=true" turns it on). It names the method, the path with the
// query KEYS only (never their values), the status, the milliseconds and the server's request
// id. It never writes headers, bodies or tokens.
Q_DECLARE_LOGGING_CATEGORY(lcApi)

namespace sk::api {

// "/api/v1/organizations?page_size&page_token": the path, and the query keys without values.
QString loggablePath(const QString &path, const QUrlQuery &query);

// Logs one finished exchange. status 0 means no HTTP answer (`outcome` says why).
void logExchange(const QByteArray &method, const QString &path, int status, qint64 milliseconds,
                 const QByteArray &requestId, int attempt, const QString &outcome = {});

} // namespace sk::api
