#pragma once

#include "models/core/pagescan.h"
#include "models/mcp/mcpreadinessmatrix.h"

namespace sk::models {

// The readiness matrix of every MCP instance, counted in the background: pages the instances
// (30 a page, the API's limit), folds each page into a McpReadinessMatrix on a worker thread
// and merges it on the GUI thread; sorted (most blocked users first) once complete. matrix()
// can be read at any time, also while it fills; the scan itself is PageScan's.
class McpReadinessOverview : public PageScan
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 30;

    explicit McpReadinessOverview(api::ApiClient *client, QObject *parent = nullptr);

    const McpReadinessMatrix &matrix() const { return m_matrix; }
    qint64 loaded() const override { return m_matrix.instanceCount(); }

protected:
    void resetData() override { m_matrix.clear(); }
    void requestPage(const std::string &token) override;
    void completeData() override { m_matrix.sort(); }

private:
    McpReadinessMatrix m_matrix;
};

} // namespace sk::models
