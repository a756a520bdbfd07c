#include "models/mcp/mcpreadinessoverview.h"

#include "services/json/jsonfields.h"
#include "services/resources/mcpservice.h"

namespace sk::models {

namespace {
// One page, already folded on the worker thread.
struct Folded
{
    McpReadinessMatrix matrix;
    std::string nextPageToken;
    qint64 totalSize = 0;
};
} // namespace

McpReadinessOverview::McpReadinessOverview(api::ApiClient *client, QObject *parent)
    : PageScan(client, parent)
{ }

void McpReadinessOverview::requestPage(const std::string &token)
{
    auto fold = [](const json::Json &body) {
        entities::Page<entities::McpInstance> page
            = json::decodePage<entities::McpInstance>(body, entities::pagekeys::kInstances);
        Folded folded { {}, std::move(page.nextPageToken), page.totalSize };
        for (const entities::McpInstance &instance : page.items)
            folded.matrix.add(instance);
        return folded;
    };
    fetchPage<Folded>(services::McpService::listInstancesRequest({}, { kPageSize, token }), fold,
                      [this](Folded folded) {
                          m_matrix.merge(folded.matrix);
                          return PageEnd { std::move(folded.nextPageToken), folded.totalSize };
                      });
}

} // namespace sk::models
