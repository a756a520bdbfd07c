#include "services/api/apiclient.h"

#include "services/api/apilog.h"
#include "services/api/networkerrors.h"
#include "services/http/keepaliveconnection.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

namespace sk::api {

namespace {
const QByteArray kUserAgent = QByteArrayLiteral("scalekit-console/" SCALEKIT_VERSION);
constexpr int kTokenTimeoutMs = 30000;
} // namespace

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

ApiClient::~ApiClient()
{
    if (m_tokenReply) {
        m_tokenReply->disconnect(this);
        m_tokenReply->abort();
        m_tokenReply->deleteLater();
    }
}

void ApiClient::setSettings(ConnectionSettings settings)
{
    m_settings = std::move(settings);
    m_token = {};
    ++m_tokenGeneration;
    m_gate = QDeadlineTimer(); // another environment: its own limits
    m_keepAliveCarries.reset();
    if (m_tokenReply) {
        m_tokenReply->disconnect(this);
        m_tokenReply->abort();
        m_tokenReply->deleteLater();
        finishTokenRequest(ApiError::make(ApiError::Kind::Cancelled, tr("The environment changed.")));
    }
}

ApiCall *ApiClient::send(ApiRequest request, QObject *owner, ApiCall::Decoder decoder,
                         ApiCall::Failure failure)
{
    auto *call = new ApiCall(this, std::move(request), std::move(decoder), std::move(failure), owner);
    if (canStartAtOnce(call->request())) {
        call->start(); // the token is at hand: straight onto the keep-alive connection
        return call;
    }
    // Start on the next turn of the event loop so callers can keep the pointer before any
    // callback (even a synchronous validation failure) runs.
    QTimer::singleShot(0, call, &ApiCall::start);
    return call;
}

bool ApiClient::canStartAtOnce(const ApiRequest &request) const
{
    // Only when start() reaches transmit() without calling anything back: valid settings, a
    // fresh token, the Retry-After gate open. transmit() itself never calls back.
    return request.keepsAlive() && m_gate.hasExpired() && m_settings.validate().isEmpty()
        && m_token.isFresh(QDateTime::currentDateTimeUtc());
}

bool ApiClient::keepAliveCarries(const QUrl &url)
{
    if (!m_keepAliveCarries) {
        // A proxy or factory set on the QNAM is the QNAM's business: such requests stay there.
        const bool qnamDefaults
            = m_network->proxy().type() == QNetworkProxy::DefaultProxy && !m_network->proxyFactory();
        m_keepAliveCarries = qnamDefaults && http::KeepAliveConnection::canCarry(url);
    }
    return *m_keepAliveCarries;
}

std::chrono::milliseconds ApiClient::heldFor() const
{
    return std::chrono::milliseconds(m_gate.remainingTime());
}

void ApiClient::holdRequests(const ApiError &error)
{
    // A wait beyond the cap fails the call instead (RetryPolicy), so it holds nothing either.
    if (error.kind != ApiError::Kind::RateLimited || error.retryAfter.count() <= 0
        || error.retryAfter > m_retryPolicy.maxRetryAfter) {
        return;
    }
    const QDeadlineTimer until(error.retryAfter, Qt::PreciseTimer);
    if (m_gate.hasExpired() || until.deadlineNSecs() > m_gate.deadlineNSecs())
        m_gate = until;
}

void ApiClient::invalidateToken(int generation)
{
    if (generation == m_tokenGeneration) {
        m_token = {};
        ++m_tokenGeneration;
    }
}

void ApiClient::requireToken(QObject *waiter, TokenReady ready)
{
    if (const QString problem = m_settings.validate(); !problem.isEmpty()) {
        const bool insecure
            = m_settings.environmentUrl.scheme() == QStringLiteral("http") && !m_settings.isLoopback();
        ready(ApiError::make(insecure ? ApiError::Kind::Insecure : ApiError::Kind::Unauthorized, problem),
              -1);
        return;
    }
    if (m_token.isFresh(QDateTime::currentDateTimeUtc())) {
        ready(std::nullopt, m_tokenGeneration);
        return;
    }
    m_tokenWaiters.emplace_back(waiter, std::move(ready));
    if (!m_tokenReply)
        requestToken(1);
}

void ApiClient::requestToken(int attempt)
{
    QNetworkRequest request(m_settings.resolve(QStringLiteral("/oauth/token")));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setHeader(QNetworkRequest::UserAgentHeader, kUserAgent);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setTransferTimeout(kTokenTimeoutMs);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"),
                      QString::fromUtf8(QUrl::toPercentEncoding(m_settings.clientId)));
    form.addQueryItem(QStringLiteral("client_secret"),
                      QString::fromUtf8(QUrl::toPercentEncoding(m_settings.clientSecret)));
    // The token's lifetime counts from when we asked, not from when the answer arrived, so a
    // slow answer never makes the token look fresher than it is.
    const QDateTime requestedAt = QDateTime::currentDateTimeUtc();
    QElapsedTimer elapsed;
    elapsed.start();
    m_tokenReply = m_network->post(request, form.query(QUrl::FullyEncoded).toUtf8());
    const int generation = m_tokenGeneration;
    connect(m_tokenReply, &QNetworkReply::finished, this,
            [this, reply = m_tokenReply, attempt, generation, requestedAt, elapsed] {
                if (!reply)
                    return;
                reply->deleteLater();
                logExchange(QByteArrayLiteral("POST"), QStringLiteral("/oauth/token"),
                            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                            elapsed.elapsed(), reply->rawHeader("X-Request-Id"), attempt);
                if (reply != m_tokenReply || generation != m_tokenGeneration)
                    return;
                m_tokenReply = nullptr;
                const QByteArray body = reply->readAll();
                std::optional<ApiError> error = errorFromReply(reply, body, false);
                if (!error) {
                    if (auto token = AccessToken::fromTokenResponse(body, requestedAt)) {
                        m_token = std::move(*token);
                        ++m_tokensFetched;
                    } else {
                        error = ApiError::make(
                            ApiError::Kind::BadResponse,
                            tr("The token endpoint sent no usable access token."),
                            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
                    }
                }
                if (error) {
                    holdRequests(*error);
                    if (const auto delay = m_retryPolicy.nextDelay(*error, attempt, true)) {
                        QTimer::singleShot(*delay, this, [this, attempt, generation] {
                            if (generation == m_tokenGeneration && !m_tokenReply)
                                requestToken(attempt + 1);
                        });
                        return;
                    }
                    if (error->kind == ApiError::Kind::Unauthorized
                        || error->kind == ApiError::Kind::Validation) {
                        error->kind = ApiError::Kind::Unauthorized;
                        if (error->message.isEmpty())
                            error->message = tr("The token endpoint rejected the client credentials.");
                    }
                }
                finishTokenRequest(error);
            });
}

void ApiClient::finishTokenRequest(const std::optional<ApiError> &error)
{
    auto waiters = std::move(m_tokenWaiters);
    m_tokenWaiters.clear();
    for (auto &[waiter, ready] : waiters) {
        if (waiter)
            ready(error, m_tokenGeneration);
    }
}

QNetworkReply *ApiClient::transmit(const ApiRequest &apiRequest)
{
    QUrl url = m_settings.resolve(apiRequest.path());
    if (!apiRequest.urlQuery().isEmpty())
        url.setQuery(apiRequest.urlQuery().query(QUrl::FullyEncoded), QUrl::StrictMode);
    if (apiRequest.keepsAlive() && keepAliveCarries(url)) {
        // No redirect is followed there: a 3xx fails the call, as a cross-origin one does here.
        if (!m_keepAlive)
            m_keepAlive = new http::KeepAliveConnection(this);
        return m_keepAlive->get(
            url,
            {{QByteArrayLiteral("User-Agent"), kUserAgent},
             {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")},
             {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_token.value}});
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, kUserAgent);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + m_token.value);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    const QByteArray body = apiRequest.bodyBytes();
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return m_network->sendCustomRequest(request, apiRequest.method(), body);
}

void ApiClient::callStarted()
{
    ++m_inFlight;
    emit inFlightChanged(m_inFlight);
}

void ApiClient::callEnded()
{
    --m_inFlight;
    emit inFlightChanged(m_inFlight);
}

} // namespace sk::api
