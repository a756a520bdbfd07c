#pragma once

#include "services/api/result.h"

#include <QEventLoop>

#include <optional>

namespace sk::app::cli {

// Runs one typed service call to completion in a local event loop: start(owner, done) starts
// it with owner as the callback's context; returns what done received.
template<typename T, typename Start> api::Result<T> awaitCall(Start start)
{
    QEventLoop loop;
    std::optional<api::Result<T>> out;
    start(&loop, [&](api::Result<T> result) {
        out = std::move(result);
        loop.quit();
    });
    if (!out)
        loop.exec();
    return std::move(*out);
}

} // namespace sk::app::cli
