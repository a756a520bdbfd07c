#include "sandbox/httpparser.h"

#include "services/http/httpframing.h"

#include <utility>

namespace sk::sandbox {

using http::foldContentLength;
using http::hasToken;
using http::isOws;
using http::isToken;
using http::splitField;
using http::splitHeadLines;

HttpRequestParser::HttpRequestParser(HttpLimits limits)
    : m_limits(limits)
{ }

void HttpRequestParser::append(const char *data, qsizetype size)
{
    if (m_state != State::Failed)
        m_buffer.append(data, size);
}

HttpRequestParser::State HttpRequestParser::fail(int status, const char *message)
{
    m_errorStatus = status;
    m_errorMessage = message;
    m_buffer.clear();
    m_state = State::Failed;
    return m_state;
}

HttpRequestParser::State HttpRequestParser::parse()
{
    if (m_state == State::Failed || m_state == State::Complete)
        return m_state;
    if (!m_headDone) {
        m_state = parseHead();
        if (!m_headDone)
            return m_state;
    }
    m_state = m_isChunked ? parseChunked() : parseBody();
    return m_state;
}

HttpRequestParser::State HttpRequestParser::parseHead()
{
    // RFC 9112 §2.2: empty lines before a request line are ignored.
    qsizetype skip = 0;
    while (m_buffer.size() >= skip + 2 && m_buffer[skip] == '\r' && m_buffer[skip + 1] == '\n')
        skip += 2;
    if (skip > 0) {
        m_buffer.remove(0, skip);
        m_scanFrom = 0;
    }
    if (m_buffer.isEmpty())
        return State::NeedMore;

    const qsizetype end = m_buffer.indexOf("\r\n\r\n", m_scanFrom);
    if (end < 0) {
        const qsizetype firstLine = m_buffer.indexOf("\r\n");
        if ((firstLine < 0 && m_buffer.size() > m_limits.maxRequestLineBytes)
            || firstLine > m_limits.maxRequestLineBytes)
            return fail(414, "The request line is too long.");
        if (m_buffer.size() > m_limits.maxHeaderBytes)
            return fail(431, "The request header is too large.");
        m_scanFrom = qMax<qsizetype>(0, m_buffer.size() - 3);
        return State::NeedMore;
    }
    if (end + 4 > m_limits.maxHeaderBytes)
        return fail(431, "The request header is too large.");
    const QByteArray head = m_buffer.left(end);
    m_buffer.remove(0, end + 4);
    m_scanFrom = 0;

    // Every line must have ended in CRLF: a bare LF or CR is ambiguous framing.
    QList<QByteArray> lines;
    if (!splitHeadLines(head, &lines))
        return fail(400, "A header line does not end in CRLF.");

    const QByteArray &requestLine = lines.front();
    if (requestLine.size() > m_limits.maxRequestLineBytes)
        return fail(414, "The request line is too long.");
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3)
        return fail(400, "Malformed request line.");
    const QByteArray &method = parts[0];
    const QByteArray &target = parts[1];
    const QByteArray &version = parts[2];
    if (!isToken(method) || method.size() > 32)
        return fail(400, "Malformed request method.");
    if (!target.startsWith('/'))
        return fail(400, "The request target must be an absolute path.");
    for (const char ch : target) {
        const auto c = static_cast<unsigned char>(ch);
        if (c <= 0x20 || c >= 0x7f)
            return fail(400, "The request target holds a character that must be percent-encoded.");
    }
    bool http10 = false;
    if (version == "HTTP/1.0") {
        http10 = true;
    } else if (version != "HTTP/1.1") {
        if (version.size() == 8 && version.startsWith("HTTP/") && version[6] == '.' && version[5] >= '0'
            && version[5] <= '9' && version[7] >= '0' && version[7] <= '9')
            return fail(505, "Only HTTP/1.1 and HTTP/1.0 are supported.");
        return fail(400, "Malformed HTTP version.");
    }

    WireRequest request;
    request.method = method;
    request.target = target;
    if (lines.size() - 1 > m_limits.maxHeaderCount)
        return fail(431, "Too many header fields.");
    request.headers.reserve(lines.size() - 1);
    qint64 contentLength = -1;
    int transferEncodings = 0;
    QByteArray transferEncoding;
    int hosts = 0;
    QByteArray connection;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        if (!line.isEmpty() && isOws(line.front()))
            return fail(400, "Obsolete line folding is not accepted.");
        QByteArray name;
        QByteArray value;
        if (!splitField(line, &name, &value))
            return fail(400, "Malformed header field.");
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            // A list of identical values is the same length; anything else is ambiguous.
            const qint64 before = contentLength;
            if (!foldContentLength(value, &contentLength))
                return fail(400, before >= 0 ? "Conflicting Content-Length values." : "Invalid Content-Length.");
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            ++transferEncodings;
            transferEncoding = value;
        } else if (name.compare("host", Qt::CaseInsensitive) == 0) {
            ++hosts;
        } else if (name.compare("connection", Qt::CaseInsensitive) == 0) {
            connection += value + ',';
        } else if (name.compare("expect", Qt::CaseInsensitive) == 0) {
            if (value.compare("100-continue", Qt::CaseInsensitive) != 0)
                return fail(417, "Only Expect: 100-continue is supported.");
            request.expectContinue = !http10;
        }
        request.headers.append(qMakePair(std::move(name), std::move(value)));
    }
    if (hosts > 1)
        return fail(400, "More than one Host header.");
    if (transferEncodings > 0) {
        if (contentLength >= 0)
            return fail(400, "Transfer-Encoding and Content-Length together.");
        if (http10)
            return fail(400, "Transfer-Encoding in an HTTP/1.0 request.");
        if (transferEncodings > 1 || transferEncoding.compare("chunked", Qt::CaseInsensitive) != 0)
            return fail(501, "Only Transfer-Encoding: chunked is supported.");
        m_isChunked = true;
    }
    if (contentLength > m_limits.maxBodyBytes)
        return fail(413, "The request body is too large.");
    request.keepAlive = http10 ? hasToken(connection, "keep-alive") : !hasToken(connection, "close");
    m_contentLength = qMax<qint64>(0, contentLength);
    m_request = std::move(request);
    m_headDone = true;
    m_chunked.reset();
    return State::NeedBody;
}

HttpRequestParser::State HttpRequestParser::parseBody()
{
    if (m_buffer.size() < m_contentLength)
        return State::NeedBody;
    m_request.body = m_buffer.left(m_contentLength);
    m_buffer.remove(0, m_contentLength);
    return State::Complete;
}

HttpRequestParser::State HttpRequestParser::parseChunked()
{
    const http::ChunkedBody::Limits limits {m_limits.maxBodyBytes, m_limits.maxHeaderBytes,
                                            m_limits.maxHeaderCount - int(m_request.headers.size())};
    switch (m_chunked.parse(m_buffer, m_request.body, limits)) {
    case http::ChunkedBody::Result::NeedMore:
        return State::NeedBody;
    case http::ChunkedBody::Result::Complete:
        return State::Complete;
    case http::ChunkedBody::Result::Failed:
        break;
    }
    return fail(m_chunked.errorStatus(), m_chunked.errorMessage());
}

WireRequest HttpRequestParser::takeRequest()
{
    WireRequest out = std::move(m_request);
    m_request = {};
    m_headDone = false;
    m_isChunked = false;
    m_contentLength = 0;
    m_scanFrom = 0;
    m_state = State::NeedMore;
    return out;
}

} // namespace sk::sandbox
