#pragma once

#include "services/api/apierror.h"

#include <optional>
#include <utility>

namespace sk::api {

// The outcome of a typed call: a value or an ApiError, never both.
template <typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(ApiError error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const ApiError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ApiError m_error;
};

// For calls whose answer carries nothing the caller needs ({} bodies).
struct Empty
{
};

} // namespace sk::api
