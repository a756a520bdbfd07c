#pragma once

#include "services/api/apierror.h"
#include "services/api/apirequest.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkReply;

namespace sk::api {

class ApiClient;

// One request: owns its QNetworkReply, waits for a token, retries what may be retried,
// decodes the answer (off the GUI thread when it is large) and completes exactly once, by
// calling either the decoder's delivery or the failure callback. Destroying it (directly or
// with its owner) aborts the request and no callback runs. It deletes itself after completing.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    using Deliver = std::function<void()>;
    // Turns the parsed body into a delivery. May run on a worker thread; may throw (a decode
    // error then completes the call with BadResponse).
    using Decoder = std::function<Deliver(const nlohmann::json &)>;
    using Failure = std::function<void(const ApiError &)>;

    ~ApiCall() override;

    // Aborts and completes with a Cancelled error.
    void cancel();
    bool isFinished() const { return m_finished; }
    // Decode the answer on a worker thread whatever its size (bulk loads: the GUI thread then
    // only receives ready values). Set it before the answer arrives.
    void setDecodeOnWorker(bool on) { m_decodeOnWorker = on; }
    int attempts() const { return m_attempts; }
    const ApiRequest &request() const { return m_request; }

    // Bodies larger than this (or any body, with ApiRequest::decodeOnWorker) are parsed and
    // decoded on a worker thread.
    static constexpr qsizetype kWorkerThreshold = 128 * 1024;

signals:
    void finished();

private:
    friend class ApiClient;
    ApiCall(ApiClient *client, ApiRequest request, Decoder decoder, Failure failure, QObject *owner);

    void start();
    void transmit();
    void onReplyFinished();
    void onTimeout();
    void retryOrFail(const ApiError &error);
    void decodeBody(QByteArray body);
    void complete(const Deliver &deliver);
    void fail(const ApiError &error);
    void releaseReply();

    QPointer<ApiClient> m_client;
    ApiRequest m_request;
    Decoder m_decoder;
    Failure m_failure;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_backoff;
    QElapsedTimer m_sentAt; // this attempt, for the sk.api log
    int m_attempts = 0;
    int m_tokenGeneration = -1;
    bool m_refreshedToken = false;
    bool m_timedOut = false;
    bool m_finished = false;
    bool m_decodeOnWorker = false;
};

} // namespace sk::api
