#pragma once

#include <QLoggingCategory>

// Sandbox logs go to stderr and never contain secrets, tokens, portal or magic links, or MCP
// instance URLs: only methods, paths, counts and timings.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxHttp)
