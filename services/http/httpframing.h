#pragma once

#include <QByteArray>
#include <QList>

// HTTP/1.1 framing pieces (RFC 9110/9112) shared by the sandbox's request parser
// (sandbox/httpparser) and the client's response parser (httpresponseparser): field syntax,
// Content-Length lists and chunked bodies. Pure (no Qt event loop), so both parsers stay fuzz
// targets. Every rule is strict: anything ambiguous is an error, never a guess.
namespace sk::http {

// A head (start line and fields, without the blank line that ends it) split at CRLF into
// its lines, without the CRLFs. False when any line ends in a bare LF or holds a CR: that
// framing is ambiguous.
bool splitHeadLines(const QByteArray &head, QList<QByteArray> *lines);

bool isToken(const QByteArray &text);
bool isOws(char c);
QByteArray trimOws(const QByteArray &text);
// Field values: visible characters, spaces, tabs and obs-text; no other control character.
bool isFieldValue(const QByteArray &value);
// "name: value" -> (name, value); false when it is not a valid field line.
bool splitField(const QByteArray &line, QByteArray *name, QByteArray *value);
// Whether a comma-separated list ("keep-alive, Upgrade") holds `token` (case-insensitive).
bool hasToken(const QByteArray &list, const char *token);
// A Content-Length value folded into *length: a list of identical values is that value;
// different, negative or non-numeric values (or more than 18 digits) are false.
// *length starts at -1 (none seen yet) and keeps the value over repeated fields.
bool foldContentLength(const QByteArray &value, qint64 *length);

// Decodes a chunked body (RFC 9112 §7.1) incrementally. Chunk extensions are checked and
// ignored; trailer fields are checked, counted against the limits and dropped.
class ChunkedBody
{
public:
    enum class Result { NeedMore, Complete, Failed };
    struct Limits
    {
        qsizetype maxBodyBytes; // the decoded body
        qsizetype maxTrailerBytes;
        int maxTrailerFields;
    };

    // Consumes what it can from the front of `buffer`, appending chunk data to `body`.
    Result parse(QByteArray &buffer, QByteArray &body, const Limits &limits);
    // On Failed: the status a server answers with (400, 413, 431) and why.
    int errorStatus() const { return m_errorStatus; }
    const char *errorMessage() const { return m_errorMessage; }
    void reset() { *this = ChunkedBody(); }

    static constexpr qsizetype kMaxChunkLine = 1024;

private:
    Result fail(int status, const char *message);

    enum class Step { Size, Data, DataEnd, Trailers };
    Step m_step = Step::Size;
    qsizetype m_remaining = 0;
    int m_trailerCount = 0;
    qsizetype m_trailerBytes = 0;
    int m_errorStatus = 0;
    const char *m_errorMessage = "";
};

} // namespace sk::http
