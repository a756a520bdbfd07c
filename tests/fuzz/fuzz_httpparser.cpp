// The sandbox's HTTP/1.1 request parser: arbitrary bytes, fed in arbitrary pieces. Checks that it
// never crashes, never waits on a head longer than the limit, and that every request it completes respects
// them (no body over maxBodyBytes, no more than maxHeaderCount fields, an origin-form target).
#include "sandbox/httpparser.h"

#include <cstdint>
#include <cstdlib>

using sk::sandbox::HttpRequestParser;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    sk::sandbox::HttpLimits limits;
    limits.maxBodyBytes = 4096; // small, so the fuzzer reaches the limits
    limits.maxHeaderBytes = 2048;
    limits.maxRequestLineBytes = 512;
    limits.maxHeaderCount = 16;
    HttpRequestParser parser(limits);
    // The first byte sets the piece size: the same stream split differently must parse the same.
    const std::size_t piece = 1 + data[0] % 64;
    const char *bytes = reinterpret_cast<const char *>(data + 1);
    const std::size_t length = size - 1;
    for (std::size_t at = 0; at < length; at += piece) {
        parser.append(bytes + at, qsizetype(std::min(piece, length - at)));
        for (;;) {
            const HttpRequestParser::State state = parser.parse();
            if (state == HttpRequestParser::State::Failed) {
                if (parser.errorStatus() < 400 || parser.errorStatus() > 505)
                    std::abort();
                return 0;
            }
            // Waiting for more of a head: never more buffered than a head may be long.
            if (state == HttpRequestParser::State::NeedMore && parser.buffered() > limits.maxHeaderBytes)
                std::abort();
            if (state != HttpRequestParser::State::Complete)
                break;
            const sk::sandbox::WireRequest request = parser.takeRequest();
            if (request.body.size() > limits.maxBodyBytes || request.headers.size() > limits.maxHeaderCount
                || !request.target.startsWith('/') || request.method.isEmpty())
                std::abort();
        }
    }
    return 0;
}
