#include "services/http/httpresponseparser.h"

namespace sk::http {

HttpResponseParser::HttpResponseParser(ResponseLimits limits)
    : m_limits(limits)
{ }

void HttpResponseParser::reset()
{
    *this = HttpResponseParser(m_limits);
}

QByteArray HttpResponseParser::header(const char *name) const
{
    for (const auto &field : m_headers) {
        if (field.first.compare(name, Qt::CaseInsensitive) == 0)
            return field.second;
    }
    return {};
}

HttpResponseParser::State HttpResponseParser::fail(const char *message)
{
    m_errorMessage = message;
    m_buffer.clear();
    m_body.clear();
    m_keepAlive = false;
    m_state = State::Failed;
    return m_state;
}

HttpResponseParser::State HttpResponseParser::feed(const char *data, qsizetype size)
{
    if (size <= 0 || m_state == State::Failed)
        return m_state;
    m_started = true;
    if (m_state == State::Complete) {
        m_excess += size;
        m_keepAlive = false;
        return m_state;
    }
    if (m_headDone && m_framing != Framing::Chunked) {
        // The common case: the body's bytes go straight where they belong.
        qsizetype take = size;
        if (m_framing == Framing::Length) {
            take = qsizetype(qMin<qint64>(m_remaining, size));
            m_remaining -= take;
        } else if (size > m_limits.maxBodyBytes - m_body.size()) {
            return fail("The answer's body is too large.");
        }
        m_body.append(data, take);
        if (take < size) {
            m_excess += size - take;
            m_keepAlive = false;
        }
        if (m_framing == Framing::Length && m_remaining == 0)
            m_state = State::Complete;
        return m_state;
    }
    m_buffer.append(data, size);
    while (!m_headDone) {
        const qsizetype before = m_buffer.size();
        if (parseHead() == State::Failed || (!m_headDone && m_buffer.size() == before))
            return m_state; // failed, or the head is not whole yet
        // an interim (1xx) answer was consumed, or the final head: what follows is body
    }
    return parseBody();
}

HttpResponseParser::State HttpResponseParser::closed()
{
    if (m_state != State::NeedMore)
        return m_state;
    m_keepAlive = false;
    if (m_headDone && m_framing == Framing::UntilClose) {
        m_state = State::Complete;
        return m_state;
    }
    return fail(m_started ? "The server closed the connection before the answer was complete."
                          : "The server closed the connection without answering.");
}

HttpResponseParser::State HttpResponseParser::parseHead()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n", m_scanFrom);
    if (end < 0) {
        if (m_buffer.size() > m_limits.maxHeaderBytes)
            return fail("The answer's header is too large.");
        m_scanFrom = qMax<qsizetype>(0, m_buffer.size() - 3);
        return m_state;
    }
    if (end + 4 > m_limits.maxHeaderBytes)
        return fail("The answer's header is too large.");
    const QByteArray head = m_buffer.left(end);
    m_buffer.remove(0, end + 4);
    m_scanFrom = 0;

    QList<QByteArray> lines;
    if (!splitHeadLines(head, &lines))
        return fail("A header line of the answer does not end in CRLF.");
    // "HTTP/1.1 200 OK": the version, three digits, a space and any reason (maybe empty).
    const QByteArray &statusLine = lines.front();
    if (statusLine.size() < 12 || !statusLine.startsWith("HTTP/1.") || (statusLine[7] != '1' && statusLine[7] != '0')
        || statusLine[8] != ' ' || (statusLine.size() > 12 && statusLine[12] != ' '))
        return fail("The answer's status line is malformed.");
    int status = 0;
    for (int i = 9; i < 12; ++i) {
        if (statusLine[i] < '0' || statusLine[i] > '9')
            return fail("The answer's status line is malformed.");
        status = status * 10 + (statusLine[i] - '0');
    }
    if (status < 100)
        return fail("The answer's status line is malformed.");
    if (!isFieldValue(statusLine))
        return fail("The answer's status line is malformed.");
    const bool http10 = statusLine[7] == '0';

    if (lines.size() - 1 > m_limits.maxHeaderCount)
        return fail("The answer has too many header fields.");
    QList<QPair<QByteArray, QByteArray>> headers;
    headers.reserve(lines.size() - 1);
    qint64 contentLength = -1;
    int transferEncodings = 0;
    QByteArray transferEncoding;
    QByteArray connection;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        if (!line.isEmpty() && isOws(line.front()))
            return fail("The answer uses obsolete line folding.");
        QByteArray name;
        QByteArray value;
        if (!splitField(line, &name, &value))
            return fail("The answer has a malformed header field.");
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            if (!foldContentLength(value, &contentLength))
                return fail("The answer has an invalid or conflicting Content-Length.");
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            ++transferEncodings;
            transferEncoding = value;
        } else if (name.compare("connection", Qt::CaseInsensitive) == 0) {
            connection += value + ',';
        }
        headers.append(qMakePair(std::move(name), std::move(value)));
    }

    if (status < 200) {
        if (status == 101)
            return fail("The server switched protocols, which was not asked for.");
        if (++m_interim > m_limits.maxInterimResponses)
            return fail("The server sent too many interim (1xx) answers.");
        return m_state; // an interim answer: the final one follows
    }

    m_status = status;
    m_headers = std::move(headers);
    m_keepAlive = http10 ? hasToken(connection, "keep-alive") : !hasToken(connection, "close");
    m_headDone = true;
    if (status == 204 || status == 304) {
        m_framing = Framing::None;
    } else if (transferEncodings > 0) {
        if (contentLength >= 0)
            return fail("The answer has both Transfer-Encoding and Content-Length.");
        if (http10 || transferEncodings > 1 || transferEncoding.compare("chunked", Qt::CaseInsensitive) != 0)
            return fail("The answer uses a Transfer-Encoding other than chunked.");
        m_framing = Framing::Chunked;
        m_chunked.reset();
    } else if (contentLength >= 0) {
        if (contentLength > m_limits.maxBodyBytes)
            return fail("The answer's body is too large.");
        m_framing = Framing::Length;
        m_remaining = contentLength;
        m_body.reserve(qsizetype(contentLength));
    } else {
        m_framing = Framing::UntilClose;
        m_keepAlive = false;
    }
    return m_state;
}

HttpResponseParser::State HttpResponseParser::parseBody()
{
    switch (m_framing) {
    case Framing::None:
        m_state = State::Complete;
        break;
    case Framing::Length:
    case Framing::UntilClose: {
        QByteArray rest = std::move(m_buffer);
        m_buffer.clear();
        m_state = State::NeedMore;
        if (m_framing == Framing::Length && m_remaining == 0) {
            m_state = State::Complete;
            m_excess += rest.size();
            if (!rest.isEmpty())
                m_keepAlive = false;
            return m_state;
        }
        return feed(rest.constData(), rest.size());
    }
    case Framing::Chunked: {
        const ChunkedBody::Limits limits {m_limits.maxBodyBytes, m_limits.maxHeaderBytes,
                                          m_limits.maxHeaderCount - int(m_headers.size())};
        switch (m_chunked.parse(m_buffer, m_body, limits)) {
        case ChunkedBody::Result::NeedMore:
            return m_state;
        case ChunkedBody::Result::Complete:
            m_state = State::Complete;
            m_excess += m_buffer.size();
            if (!m_buffer.isEmpty())
                m_keepAlive = false;
            m_buffer.clear();
            return m_state;
        case ChunkedBody::Result::Failed:
            break;
        }
        return fail(m_chunked.errorMessage());
    }
    }
    if (m_state == State::Complete && !m_buffer.isEmpty()) {
        m_excess += m_buffer.size();
        m_keepAlive = false;
        m_buffer.clear();
    }
    return m_state;
}

} // namespace sk::http
