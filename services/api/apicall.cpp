#include "services/api/apicall.h"

#include "services/api/apiclient.h"
#include "services/api/apilog.h"
#include "services/api/networkerrors.h"
#include "services/api/rawbody.h"
#include "services/http/keepalivereply.h"
#include "services/json/boundedparse.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QNetworkReply>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace sk::api {

namespace {

struct Decoded
{
    ApiCall::Deliver deliver;
    std::optional<ApiError> error;
    bool parseFailed = false; // invalid or truncated JSON: worth another try
};

Decoded parseAndDecode(const QByteArray &body, const ApiCall::Decoder &decoder)
{
    Decoded result;
    if (const auto *raw = decoder.target<RawBodyDecoder>()) {
        try {
            if (auto deliver = raw->raw(std::string_view(body.constData(), size_t(body.size())))) {
                result.deliver = std::move(*deliver);
                return result;
            }
        } catch (const std::exception &) {
            // the ordinary path below decides, and reports, what is wrong with the answer
        }
    }
    nlohmann::json json;
    if (body.trimmed().isEmpty()) {
        json = nlohmann::json::object();
    } else {
        json = json::parseBounded(std::string_view(body.constData(), size_t(body.size())),
                                  json::kMaxResponseDepth);
        if (json.is_discarded()) {
            result.parseFailed = true;
            result.error = ApiError::make(
                ApiError::Kind::BadResponse,
                QCoreApplication::translate("sk::api::ApiCall", "The answer is not valid JSON (%n byte(s)).",
                                            nullptr, int(body.size())),
                200);
            return result;
        }
    }
    try {
        result.deliver = decoder(json);
    } catch (const std::exception &e) {
        result.error = ApiError::make(ApiError::Kind::BadResponse, QString::fromUtf8(e.what()), 200);
    }
    return result;
}

} // namespace

ApiCall::ApiCall(ApiClient *client, ApiRequest request, Decoder decoder, Failure failure, QObject *owner)
    : QObject(owner)
    , m_client(client)
    , m_request(std::move(request))
    , m_decoder(std::move(decoder))
    , m_failure(std::move(failure))
{
    m_timeout.setSingleShot(true);
    m_backoff.setSingleShot(true);
    m_backoff.setTimerType(Qt::PreciseTimer); // never earlier than Retry-After asked
    connect(&m_timeout, &QTimer::timeout, this, &ApiCall::onTimeout);
    connect(&m_backoff, &QTimer::timeout, this, &ApiCall::start);
    client->callStarted();
}

ApiCall::~ApiCall()
{
    releaseReply();
    if (!m_finished && m_client)
        m_client->callEnded();
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    releaseReply();
    fail(ApiError::make(ApiError::Kind::Cancelled, {}));
}

void ApiCall::start()
{
    if (m_finished || !m_client)
        return;
    // Held by the client-wide Retry-After gate: wait until it opens, then start again.
    if (const auto held = m_client->heldFor(); held.count() > 0) {
        m_backoff.start(held);
        return;
    }
    m_client->requireToken(this, [this](const std::optional<ApiError> &error, int generation) {
        if (m_finished)
            return;
        if (error) {
            fail(*error);
            return;
        }
        m_tokenGeneration = generation;
        transmit();
    });
}

void ApiCall::transmit()
{
    ++m_attempts;
    m_timedOut = false;
    m_sentAt.start();
    m_reply = m_client->transmit(m_request);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    m_timeout.start(m_request.timeoutValue());
}

void ApiCall::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows, synchronously
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    m_timeout.stop();
    auto *keptAlive = qobject_cast<http::KeepAliveReply *>(reply);
    const QByteArray body = keptAlive ? keptAlive->takeBody() : reply->readAll(); // the first: no copy
    const std::optional<ApiError> error = errorFromReply(reply, body, m_timedOut);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (lcApi().isInfoEnabled()) { // the path is not even put together otherwise
        logExchange(m_request.method(), loggablePath(m_request.path(), m_request.urlQuery()), status,
                    m_sentAt.elapsed(), reply->rawHeader("X-Request-Id"), m_attempts,
                    error && status == 0 ? ApiError::kindName(error->kind) : QString());
    }
    releaseReply();

    if (!error) {
        decodeBody(body);
        return;
    }
    if (m_client)
        m_client->holdRequests(*error); // after a 429 every request waits, not only this one
    if (error->kind == ApiError::Kind::Unauthorized && !m_refreshedToken && m_client) {
        // The token may have expired or been revoked early: fetch a new one, once.
        m_refreshedToken = true;
        m_client->invalidateToken(m_tokenGeneration);
        start();
        return;
    }
    retryOrFail(*error);
}

void ApiCall::retryOrFail(const ApiError &error)
{
    const auto delay = m_client
        ? m_client->retryPolicy().nextDelay(error, m_attempts, m_request.isIdempotent())
        : std::nullopt;
    if (delay) {
        m_backoff.start(*delay);
        return;
    }
    fail(error);
}

void ApiCall::decodeBody(QByteArray body)
{
    auto handle = [this](const Decoded &decoded) {
        if (decoded.parseFailed)
            retryOrFail(*decoded.error);
        else if (decoded.error)
            fail(*decoded.error);
        else
            complete(decoded.deliver);
    };
    if (body.size() < kWorkerThreshold && !m_decodeOnWorker && !m_request.decodesOnWorker()) {
        handle(parseAndDecode(body, m_decoder));
        return;
    }
    auto *watcher = new QFutureWatcher<Decoded>(this);
    connect(watcher, &QFutureWatcher<Decoded>::finished, this, [watcher, handle] {
        watcher->deleteLater();
        handle(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        [body = std::move(body), decoder = m_decoder] { return parseAndDecode(body, decoder); }));
}

void ApiCall::complete(const Deliver &deliver)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_client)
        m_client->callEnded();
    if (deliver)
        deliver();
    emit finished();
    deleteLater();
}

void ApiCall::fail(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    m_backoff.stop();
    if (m_client)
        m_client->callEnded();
    if (m_failure)
        m_failure(error);
    emit finished();
    deleteLater();
}

void ApiCall::releaseReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

} // namespace sk::api
