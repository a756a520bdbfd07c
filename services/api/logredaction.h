#pragma once

#include <QString>

// The last word on what the console logs, whatever printed it: our categories, Qt's own (e.g.
// "This plugin does not support QPlatformServices::openUrl() for 'URL'" or "Unable to detect a web
// browser to launch 'URL'", which name the portal, magic or MCP link the user clicked Open on)
// or a library's. installLogRedaction() puts a message handler in front of the one in place;
// every message passes through redactLogMessage() before it is written anywhere.
namespace sk::api {

// The message with every secret-shaped part replaced:
// - an absolute URL keeps its scheme, host and port; its user info goes, and so does its path
//   unless it is an API path (/api/..., /oauth/...), and each query value ("?a&b" stays) and the
//   fragment (links carry their secret in the path, the query or the fragment);
// - "Bearer X", "Basic X" -> "Bearer [redacted]"; a JWT (eyJ...x.y) -> "[redacted]";
// - client_secret=X, access_token=X, refresh_token=X (form or JSON) -> the key with "[redacted]".
// Everything else is left as it was.
QString redactLogMessage(const QString &message);

// Installs the redacting handler once (later calls do nothing); it hands the redacted message to
// the handler that was in place. main() calls it before anything logs.
void installLogRedaction();

} // namespace sk::api
