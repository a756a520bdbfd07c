#pragma once

#include "services/api/accesstoken.h"
#include "services/api/apicall.h"
#include "services/api/connectionsettings.h"
#include "services/api/result.h"
#include "services/api/retrypolicy.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>

#include <functional>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace sk::http {
class KeepAliveConnection;
}

namespace sk::api {

// The one gateway to a Scalekit environment. It holds the connection settings and the cached
// client-credentials token (memory only), and starts ApiCalls on the injected
// QNetworkAccessManager. Retries, backoff, Retry-After and the token refresh on 401 live here
// and in ApiCall, never in callers.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ApiClient() override;

    // New settings drop the cached token. Calls already started keep running.
    void setSettings(ConnectionSettings settings);
    const ConnectionSettings &settings() const { return m_settings; }
    RetryPolicy &retryPolicy() { return m_retryPolicy; }
    int inFlight() const { return m_inFlight; }
    int tokensFetched() const { return m_tokensFetched; }
    // The keep-alive transport of ApiRequest::keepAlive() GETs (null until the first one).
    const http::KeepAliveConnection *keepAliveConnection() const { return m_keepAlive; }

    // The client-wide Retry-After gate: after a 429 that asked to wait, every request to this
    // environment (new ones and retries alike) is held until the time has passed, so one rate
    // limit gives one retry wave instead of N independent ones. 0 when the gate is open.
    std::chrono::milliseconds heldFor() const;

    // Starts a request whose JSON answer goes through `decoder`. The call is a child of
    // `owner`: destroying the owner cancels it silently. No callback runs before this returns:
    // a call starts on the next turn of the event loop, except a keep-alive GET
    // (ApiRequest::keepAlive) when a fresh token is at hand and no Retry-After holds, which
    // goes on the wire at once (writing it calls nothing back).
    ApiCall *send(ApiRequest request, QObject *owner, ApiCall::Decoder decoder, ApiCall::Failure failure);

    // Typed form: `decode` turns the JSON into a T (may throw sk::json::DecodeError);
    // `done` receives the value or the error, on the owner's thread, exactly once.
    template <typename T, typename Decode>
    ApiCall *fetch(ApiRequest request, QObject *owner, Decode decode, std::function<void(Result<T>)> done)
    {
        auto decoder = [decode = std::move(decode), done](const nlohmann::json &json) -> ApiCall::Deliver {
            auto value = std::make_shared<T>(decode(json));
            return [done, value] { done(Result<T>(std::move(*value))); };
        };
        auto failure = [done](const ApiError &error) { done(Result<T>(error)); };
        return send(std::move(request), owner, std::move(decoder), std::move(failure));
    }

    // Drops the cached token if it is still the one a failed call used.
    void invalidateToken(int generation);

signals:
    void inFlightChanged(int count);

private:
    friend class ApiCall;
    using TokenReady = std::function<void(const std::optional<ApiError> &error, int generation)>;
    void requireToken(QObject *waiter, TokenReady ready);
    void requestToken(int attempt);
    void finishTokenRequest(const std::optional<ApiError> &error);
    QNetworkReply *transmit(const ApiRequest &request);
    bool canStartAtOnce(const ApiRequest &request) const;
    bool keepAliveCarries(const QUrl &url);
    void callStarted();
    void callEnded();
    // Closes the gate for a 429's Retry-After (within RetryPolicy::maxRetryAfter).
    void holdRequests(const ApiError &error);

    QNetworkAccessManager *m_network;
    ConnectionSettings m_settings;
    RetryPolicy m_retryPolicy;
    AccessToken m_token;
    int m_tokenGeneration = 0;
    int m_tokensFetched = 0;
    QPointer<QNetworkReply> m_tokenReply;
    std::vector<std::pair<QPointer<QObject>, TokenReady>> m_tokenWaiters;
    int m_inFlight = 0;
    QDeadlineTimer m_gate; // expired: open
    http::KeepAliveConnection *m_keepAlive = nullptr;
    // Whether the keep-alive connection may carry requests to the current environment (no
    // proxy applies); asked once per environment, as the answer needs the proxy settings.
    std::optional<bool> m_keepAliveCarries;
};

} // namespace sk::api
