// The client's error-body parser: any HTTP status with any body becomes an ApiError (message,
// error code, field violations, Retry-After hints) without crashing or throwing.
#include "services/api/apierror.h"

#include <QByteArray>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    const int status = 100 + (data[0] << 8 | data[1]) % 500;
    const QByteArray body(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    const sk::api::ApiError error = sk::api::ApiError::fromHttp(status, body);
    (void)error.message.size();
    return 0;
}
