// The client's HTTP/1.1 response parser (services/http/httpresponseparser, the keep-alive
// transport of the export): arbitrary bytes from a hostile server, fed in arbitrary pieces.
// Checks that it never crashes, never buffers a head past the limit, that every answer it
// completes respects the limits, and that the same bytes split differently parse the same.
#include "services/http/httpresponseparser.h"

#include <cstdint>
#include <cstdlib>

using sk::http::HttpResponseParser;
using sk::http::ResponseLimits;

namespace {

struct Outcome
{
    HttpResponseParser::State state;
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool keepAlive = false;
};

Outcome run(const ResponseLimits &limits, const char *bytes, std::size_t length, std::size_t piece,
            bool close)
{
    HttpResponseParser parser(limits);
    HttpResponseParser::State state = HttpResponseParser::State::NeedMore;
    // Everything is fed, also after a complete answer: bytes past it must end the keep-alive.
    for (std::size_t at = 0; at < length && state != HttpResponseParser::State::Failed; at += piece) {
        state = parser.feed(bytes + at, qsizetype(std::min(piece, length - at)));
        if (state == HttpResponseParser::State::NeedMore && parser.bufferedHead() > limits.maxHeaderBytes)
            std::abort();
    }
    const bool completedByClose = close && state == HttpResponseParser::State::NeedMore;
    if (completedByClose)
        state = parser.closed();
    Outcome outcome;
    outcome.state = state;
    if (state == HttpResponseParser::State::Complete) {
        outcome.status = parser.status();
        outcome.headers = parser.headers();
        outcome.body = parser.body();
        outcome.keepAlive = parser.keepAlive();
        if (outcome.status < 200 || outcome.status > 999 || outcome.body.size() > limits.maxBodyBytes
            || outcome.headers.size() > limits.maxHeaderCount)
            std::abort();
        if (completedByClose && outcome.keepAlive)
            std::abort(); // an answer that ran to the close cannot leave the connection open
    }
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    ResponseLimits limits;
    limits.maxBodyBytes = 4096; // small, so the fuzzer reaches the limits
    limits.maxHeaderBytes = 1024;
    limits.maxHeaderCount = 12;
    limits.maxInterimResponses = 3;
    // The first byte sets the piece size, the second whether the server closes at the end.
    const std::size_t piece = 1 + data[0] % 64;
    const bool close = data[1] & 1;
    const char *bytes = reinterpret_cast<const char *>(data + 2);
    const std::size_t length = size - 2;
    const Outcome pieces = run(limits, bytes, length, piece, close);
    const Outcome whole = run(limits, bytes, length, length ? length : 1, close);
    // Failing early on a piece is fine only where the whole input fails too.
    if (pieces.state != whole.state || pieces.status != whole.status || pieces.headers != whole.headers
        || pieces.body != whole.body || pieces.keepAlive != whole.keepAlive)
        std::abort();
    return 0;
}
