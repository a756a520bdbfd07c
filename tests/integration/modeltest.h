#pragma once

// Waiting for paged models in tests against a real sandbox.

#include "models/core/pagedtablemodel.h"

#include <QTest>

namespace sk::test {

// True once the model is no longer loading a page (loaded, complete or failed).
inline bool settle(const models::PagedTableModel &model, int timeoutMs = 30000)
{
    return QTest::qWaitFor([&model] { return model.state() != models::PagedTableModel::State::Loading; }, timeoutMs);
}

} // namespace sk::test
