// The sandbox's request handling behind the HTTP layer: bytes parsed as HTTP requests, turned into
// HttpRequests, routed through every registered route (API and public) and handled against a
// small seeded store, as SandboxServer::dispatch does (the bearer-token check left out so the
// fuzzer reaches the handlers). A 500 answer is a finding: client input never produces one.
#include "sandbox/httpparser.h"
#include "sandbox/router.h"
#include "sandbox/routes.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxstore.h"
#include "services/json/secret.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace sk::sandbox;

namespace {

struct World
{
    std::unique_ptr<SandboxStore> store;
    Router api;
    Router pub;
    int uses = 0;
};

SandboxOptions smallOptions()
{
    SandboxOptions options;
    options.seed = 11;
    options.organizations = 3;
    options.users = 8;
    options.connectedAccounts = 4;
    options.mcpInstances = 2;
    return options;
}

// A fresh store every 200 inputs keeps memory flat (the handlers create rows) while staying fast.
World &world()
{
    static World w;
    if (!w.store || ++w.uses > 200) {
        w = World {};
        w.store = std::make_unique<SandboxStore>(smallOptions());
        w.store->generate();
        w.store->setBaseUrl("http://127.0.0.1:1");
        registerAllRoutes(w.api, w.pub, *w.store);
    }
    return w;
}

void handle(WireRequest wire)
{
    World &w = world();
    HttpRequest request = HttpRequest::fromWire(std::move(wire));
    request.requestId = "req_fuzz";
    if (request.invalidQueryField())
        return; // answered 400 by the server
    const bool isApi = request.path.rfind("/api/", 0) == 0;
    const Router::Handler *handler = nullptr;
    if ((isApi ? w.api : w.pub).route(request, &handler) != Router::Match::Found)
        return;
    const sk::json::IncludeSecrets include;
    HttpResponse response;
    try {
        response = (*handler)(request);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "handler for %s %s threw: %s\n", request.method.constData(),
                     request.route.c_str(), e.what());
        std::abort();
    }
    if (request.method != "GET" && response.status < 300)
        ++w.store->generation; // as SandboxServer::dispatch does after a change
    if (response.status >= 500 && response.status != 501 && response.status != 503) {
        std::fprintf(stderr, "%s %s answered %d: %s\n", request.method.constData(), request.route.c_str(),
                     response.status, response.body.c_str());
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    HttpRequestParser parser;
    parser.append(reinterpret_cast<const char *>(data), qsizetype(size));
    while (parser.parse() == HttpRequestParser::State::Complete)
        handle(parser.takeRequest());
    return 0;
}
