#pragma once

#include "services/http/httpframing.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace sk::sandbox {

// The limits the sandbox puts on what a client may send (docs/reliability.md lists them).
struct HttpLimits
{
    qsizetype maxRequestLineBytes = 8 * 1024; // method, target and version: more is 414
    qsizetype maxHeaderBytes = 32 * 1024; // the whole head (request line and fields): more is 431
    int maxHeaderCount = 100; // header fields: more is 431
    qsizetype maxBodyBytes = 1024 * 1024; // decoded body, Content-Length or chunked: more is 413
};

// One request as it came off the wire: the target is still percent-encoded.
struct WireRequest
{
    QByteArray method;
    QByteArray target; // origin-form: /path?query
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool keepAlive = true;
    bool expectContinue = false;
};

// A strict, incremental HTTP/1.1 request parser (RFC 9112) that never guesses at framing:
// two different Content-Length values, a negative or non-numeric one, Transfer-Encoding together
// with Content-Length, a Transfer-Encoding other than chunked, obsolete line folding, a bare LF
// or a control character in a field are errors, and after any error it parses nothing more
// (the connection is closed). Bodies over the limit are refused as soon as the head is read.
// Pure (no Qt event loop), so it is a fuzz target as well.
class HttpRequestParser
{
public:
    enum class State {
        NeedMore, // feed more bytes
        NeedBody, // the head is complete and valid; the body is still to come (100-continue point)
        Complete, // takeRequest() returns it; the bytes after it stay buffered (pipelining)
        Failed, // errorStatus()/errorMessage() say why; the connection must be closed
    };

    explicit HttpRequestParser(HttpLimits limits = {});

    void append(const char *data, qsizetype size);
    void append(const QByteArray &bytes) { append(bytes.constData(), bytes.size()); }

    // Advances as far as the buffered bytes allow.
    State parse();
    State state() const { return m_state; }

    // After Complete: the request; the parser is then ready for the next one.
    WireRequest takeRequest();

    int errorStatus() const { return m_errorStatus; }
    const QByteArray &errorMessage() const { return m_errorMessage; }
    // True once any byte of a request that is not yet complete has arrived.
    bool inRequest() const { return m_headDone || !m_buffer.isEmpty(); }
    qsizetype buffered() const { return m_buffer.size(); }
    // In NeedBody: the client waits for "100 Continue" before it sends the body.
    bool expectsContinue() const { return m_headDone && m_request.expectContinue; }

private:
    State fail(int status, const char *message);
    State parseHead();
    State parseBody();
    State parseChunked();

    HttpLimits m_limits;
    QByteArray m_buffer;
    qsizetype m_scanFrom = 0; // where to resume looking for the end of the head
    State m_state = State::NeedMore;
    WireRequest m_request;
    bool m_isChunked = false;
    qsizetype m_contentLength = 0;
    bool m_headDone = false;
    http::ChunkedBody m_chunked;
    int m_errorStatus = 0;
    QByteArray m_errorMessage;
};

} // namespace sk::sandbox
