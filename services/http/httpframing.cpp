#include "services/http/httpframing.h"

#include <QList>

namespace sk::http {

namespace {

bool isTchar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

// 1*DIGIT, at most 18 digits (so it fits in a qint64); -1 otherwise.
qint64 decimal(const QByteArray &text)
{
    if (text.isEmpty() || text.size() > 18)
        return -1;
    qint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

bool splitHeadLines(const QByteArray &head, QList<QByteArray> *lines)
{
    *lines = head.split('\n');
    for (qsizetype i = 0; i < lines->size(); ++i) {
        QByteArray &line = (*lines)[i];
        const bool last = i + 1 == lines->size();
        if (!last) {
            if (!line.endsWith('\r'))
                return false;
            line.chop(1);
        }
        if (line.contains('\r'))
            return false;
    }
    return true;
}

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTchar(c))
            return false;
    }
    return true;
}

bool isOws(char c)
{
    return c == ' ' || c == '\t';
}

QByteArray trimOws(const QByteArray &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isOws(text[begin]))
        ++begin;
    while (end > begin && isOws(text[end - 1]))
        --end;
    return text.mid(begin, end - begin);
}

bool isFieldValue(const QByteArray &value)
{
    for (const char ch : value) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && c != '\t') || c == 0x7f)
            return false;
    }
    return true;
}

bool splitField(const QByteArray &line, QByteArray *name, QByteArray *value)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return false;
    *name = line.left(colon);
    *value = trimOws(line.mid(colon + 1));
    return isToken(*name) && isFieldValue(*value);
}

bool hasToken(const QByteArray &list, const char *token)
{
    for (const QByteArray &part : list.split(',')) {
        if (trimOws(part).compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool foldContentLength(const QByteArray &value, qint64 *length)
{
    for (const QByteArray &item : value.split(',')) {
        const qint64 one = decimal(trimOws(item));
        if (one < 0 || (*length >= 0 && one != *length))
            return false;
        *length = one;
    }
    return true;
}

ChunkedBody::Result ChunkedBody::fail(int status, const char *message)
{
    m_errorStatus = status;
    m_errorMessage = message;
    return Result::Failed;
}

ChunkedBody::Result ChunkedBody::parse(QByteArray &buffer, QByteArray &body, const Limits &limits)
{
    if (m_errorStatus != 0)
        return Result::Failed;
    for (;;) {
        switch (m_step) {
        case Step::Size: {
            const qsizetype eol = buffer.indexOf("\r\n");
            if (eol < 0)
                return buffer.size() > kMaxChunkLine ? fail(400, "Chunk size line too long.")
                                                     : Result::NeedMore;
            if (eol > kMaxChunkLine)
                return fail(400, "Chunk size line too long.");
            const QByteArray line = buffer.left(eol);
            buffer.remove(0, eol + 2);
            qsizetype digits = 0;
            qint64 size = 0;
            while (digits < line.size() && hexDigit(line[digits]) >= 0) {
                if (digits >= 15)
                    return fail(413, "The body is too large.");
                size = size * 16 + hexDigit(line[digits]);
                ++digits;
            }
            if (digits == 0 || (digits < line.size() && line[digits] != ';'))
                return fail(400, "Malformed chunk size.");
            if (!isFieldValue(line))
                return fail(400, "Malformed chunk extension.");
            if (size > limits.maxBodyBytes - body.size())
                return fail(413, "The body is too large.");
            m_remaining = size;
            m_step = size == 0 ? Step::Trailers : Step::Data;
            break;
        }
        case Step::Data: {
            const qsizetype take = qMin(m_remaining, buffer.size());
            body.append(buffer.constData(), take);
            buffer.remove(0, take);
            m_remaining -= take;
            if (m_remaining > 0)
                return Result::NeedMore;
            m_step = Step::DataEnd;
            break;
        }
        case Step::DataEnd:
            if (buffer.size() < 2)
                return Result::NeedMore;
            if (buffer[0] != '\r' || buffer[1] != '\n')
                return fail(400, "Chunk data does not end in CRLF.");
            buffer.remove(0, 2);
            m_step = Step::Size;
            break;
        case Step::Trailers: {
            const qsizetype eol = buffer.indexOf("\r\n");
            if (eol < 0)
                return buffer.size() + m_trailerBytes > limits.maxTrailerBytes
                    ? fail(431, "The trailer section is too large.")
                    : Result::NeedMore;
            const QByteArray line = buffer.left(eol);
            buffer.remove(0, eol + 2);
            if (line.isEmpty())
                return Result::Complete; // trailer fields are read and dropped
            m_trailerBytes += eol + 2;
            if (++m_trailerCount > limits.maxTrailerFields || m_trailerBytes > limits.maxTrailerBytes)
                return fail(431, "Too many trailer fields.");
            QByteArray name;
            QByteArray value;
            if (line.contains('\r') || line.contains('\n') || isOws(line.front())
                || !splitField(line, &name, &value))
                return fail(400, "Malformed trailer field.");
            break;
        }
        }
    }
}

} // namespace sk::http
