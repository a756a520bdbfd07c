#pragma once

#include <memory>
#include <utility>

namespace sk::entities {

// An optional value held on the heap: 8 bytes when empty, deep-copied on copy, compared by
// value. Used for big, rarely present sub-messages (ConnectedAccount::authorizationDetails) so
// that a million list rows stay small.
template <typename T>
class Box
{
public:
    Box() = default;
    Box(T value) : m_ptr(std::make_unique<T>(std::move(value))) { } // NOLINT: implicit like optional
    Box(const Box &other) : m_ptr(other.m_ptr ? std::make_unique<T>(*other.m_ptr) : nullptr) { }
    Box(Box &&) noexcept = default;
    Box &operator=(const Box &other)
    {
        if (this != &other)
            m_ptr = other.m_ptr ? std::make_unique<T>(*other.m_ptr) : nullptr;
        return *this;
    }
    Box &operator=(Box &&) noexcept = default;
    ~Box() = default;

    bool has_value() const { return m_ptr != nullptr; }
    explicit operator bool() const { return has_value(); }
    T &operator*() { return *m_ptr; }
    const T &operator*() const { return *m_ptr; }
    T *operator->() { return m_ptr.get(); }
    const T *operator->() const { return m_ptr.get(); }
    T &emplace() { m_ptr = std::make_unique<T>(); return *m_ptr; }
    void reset() { m_ptr.reset(); }

    friend bool operator==(const Box &a, const Box &b)
    {
        if (a.has_value() != b.has_value())
            return false;
        return !a.has_value() || *a == *b;
    }

private:
    std::unique_ptr<T> m_ptr;
};

} // namespace sk::entities
