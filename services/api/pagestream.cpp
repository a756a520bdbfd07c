#include "services/api/pagestream.h"

namespace sk::api {

void PageStreamBase::cancel()
{
    if (m_finished)
        return;
    delete m_call.data();
    finish(ApiError::make(ApiError::Kind::Cancelled, {}));
}

void PageStreamBase::finish(std::optional<ApiError> error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    emit finished();
}

} // namespace sk::api
