#pragma once

#include "services/http/httpframing.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace sk::http {

// What the client accepts from a server (docs/reliability.md lists them).
struct ResponseLimits
{
    qsizetype maxHeaderBytes = 64 * 1024; // status line and fields
    int maxHeaderCount = 128; // fields (trailer fields count too)
    qsizetype maxBodyBytes = 64 * 1024 * 1024; // the decoded body
    int maxInterimResponses = 8; // 1xx answers before the final one
};

// A strict, incremental HTTP/1.1 response parser (RFC 9112) for the client's keep-alive
// connection. The same rules as the sandbox's request parser: two different Content-Length
// values, Transfer-Encoding with Content-Length or other than chunked, a bare LF, obsolete line
// folding or a control character in a field are errors, and after an error it parses nothing
// more (the connection is closed). 1xx answers are skipped (101 is an error: nothing was asked to
// switch); 204 and 304 have no body; a body with neither length nor chunking runs to the close.
// Pure (no Qt event loop), so it is a fuzz target (tests/fuzz/fuzz_httpresponse.cpp).
class HttpResponseParser
{
public:
    enum class State {
        NeedMore, // feed more bytes (or call closed())
        Complete, // the answer is whole; the parser then takes nothing more until reset()
        Failed, // errorMessage() says why; the connection must be closed
    };

    explicit HttpResponseParser(ResponseLimits limits = {});

    // Appends and parses. Bytes after a complete answer are not consumed: excess() counts them
    // (the client sends one request at a time, so any are a broken server).
    State feed(const char *data, qsizetype size);
    // The server closed the connection: completes a body that runs to the close, otherwise
    // the answer is cut short (Failed).
    State closed();
    State state() const { return m_state; }

    int status() const { return m_status; }
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    QByteArray header(const char *name) const; // the first field of that name, or empty
    const QByteArray &body() const { return m_body; }
    QByteArray takeBody() { return std::move(m_body); }
    // Whether the connection may carry another request after this answer.
    bool keepAlive() const { return m_keepAlive; }
    qsizetype excess() const { return m_excess; }
    // True once any byte of an answer has arrived (an idle keep-alive connection that the
    // server closed has received none, so the request may be sent again on a new one).
    bool started() const { return m_started; }
    const char *errorMessage() const { return m_errorMessage; }
    // Bytes held while waiting for the end of a head (never more than maxHeaderBytes).
    qsizetype bufferedHead() const { return m_headDone ? 0 : m_buffer.size(); }

    // Ready for the next answer on the same connection.
    void reset();

private:
    State fail(const char *message);
    State parseHead();
    State parseBody();

    enum class Framing { None, Length, Chunked, UntilClose };
    ResponseLimits m_limits;
    QByteArray m_buffer; // the head, or chunked bytes not yet decoded
    qsizetype m_scanFrom = 0;
    State m_state = State::NeedMore;
    bool m_headDone = false;
    bool m_started = false;
    int m_interim = 0;
    int m_status = 0;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    Framing m_framing = Framing::None;
    qint64 m_remaining = 0; // Framing::Length
    ChunkedBody m_chunked;
    bool m_keepAlive = true;
    qsizetype m_excess = 0;
    const char *m_errorMessage = "";
};

} // namespace sk::http
