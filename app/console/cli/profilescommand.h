#pragma once

#include <QStringList>

namespace sk::app::cli {

// scalekit-console profiles list|add|remove|rename|test: the saved environment profiles.
//   profiles list [--json]
//   profiles add NAME --env-url URL --client-id ID [--kind KIND] [--color #rrggbb] [--read-only] [--replace]
//       (the client secret is read from standard input, never from the command line)
//   profiles remove NAME
//   profiles rename OLD NEW
//   profiles test NAME
int runProfiles(const QStringList &arguments);

} // namespace sk::app::cli
