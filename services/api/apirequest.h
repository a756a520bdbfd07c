#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

#include <chrono>
#include <optional>

namespace sk::api {

// One REST request as the reference's body-mapping rules build it (§3.2): a method, a path
// (with :verb suffixes), query parameters (dotted keys for nested fields, the key repeated for
// repeated fields), and an optional JSON body. POST/PUT/PATCH without a body send "{}".
class ApiRequest
{
public:
    ApiRequest(QByteArray method, QString path);

    static ApiRequest get(QString path) { return {QByteArrayLiteral("GET"), std::move(path)}; }
    static ApiRequest post(QString path) { return {QByteArrayLiteral("POST"), std::move(path)}; }
    static ApiRequest put(QString path) { return {QByteArrayLiteral("PUT"), std::move(path)}; }
    static ApiRequest patch(QString path) { return {QByteArrayLiteral("PATCH"), std::move(path)}; }
    static ApiRequest del(QString path) { return {QByteArrayLiteral("DELETE"), std::move(path)}; }

    // Query parameters: empty values are skipped, so optional filters can be passed as-is.
    ApiRequest &query(const QString &key, const QString &value);
    ApiRequest &query(const QString &key, const std::string &value);
    ApiRequest &query(const QString &key, qint64 value);
    ApiRequest &queryBool(const QString &key, bool value);
    ApiRequest &queryRepeated(const QString &key, const QStringList &values);
    ApiRequest &body(nlohmann::json json);
    // Retried automatically on transport failures. GET is; anything that changes state is
    // not, unless the caller knows it is safe.
    ApiRequest &idempotent(bool value);
    ApiRequest &timeout(std::chrono::milliseconds value);
    // Parse and decode the answer on a worker thread whatever its size (by default only bodies
    // of ApiCall::kWorkerThreshold bytes or more are). For callers that fold many pages on the
    // worker (AccountsOverview), so the GUI thread only merges small results.
    ApiRequest &decodeOnWorker(bool value);
    // A GET of a bulk walk (the CLI export): carried by the client's own keep-alive connection
    // (http::KeepAliveConnection) instead of QNetworkAccessManager where no proxy applies, and
    // started at once when a token is at hand, so the next page is on the wire while this one
    // is decoded. Ignored for other methods.
    ApiRequest &keepAlive(bool value);

    const QByteArray &method() const { return m_method; }
    const QString &path() const { return m_path; }
    const QUrlQuery &urlQuery() const { return m_query; }
    bool hasBody() const { return m_body.has_value(); }
    QByteArray bodyBytes() const; // "{}" for a write with no body, empty for GET/DELETE
    bool isIdempotent() const { return m_idempotent; }
    std::chrono::milliseconds timeoutValue() const { return m_timeout; }
    bool decodesOnWorker() const { return m_decodeOnWorker; }
    bool keepsAlive() const { return m_keepAlive && m_method == "GET"; }

    // Percent-encodes one path segment (ids, external ids, role names).
    static QString segment(const QString &value);
    static QString segment(const std::string &value);

private:
    QByteArray m_method;
    QString m_path;
    QUrlQuery m_query;
    std::optional<nlohmann::json> m_body;
    bool m_idempotent;
    std::chrono::milliseconds m_timeout{30000};
    bool m_decodeOnWorker = false;
    bool m_keepAlive = false;
};

} // namespace sk::api
