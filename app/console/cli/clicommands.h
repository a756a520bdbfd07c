#pragma once

#include <QStringList>

namespace sk::app::cli {

// The headless commands of scalekit-console (no window is opened):
//   export RESOURCE [--org ID] [--directory ID] [--format json|jsonl|csv] [--output FILE] [--quiet]
//   portal-link ORG_ID [--features sso,dir_sync]
//   auth-link --connection NAME --identifier ID
//   connected-accounts summary [--connection NAME...] [--format json|csv|table]
//   connected-accounts reauth [--status S,...] [--connection NAME...] --output FILE.csv
//   tools list (--connection NAME | --provider KEY) [--format json|table]
//   tools run TOOL --connection NAME --identifier ID [--input JSON | --input-file FILE]
//   directories list [--org ID] [--check] [--format json|jsonl|csv]
//   directories sync|enable|disable DIR_ID [--org ID]
//   directories rotate-token DIR_ID [--org ID] [--reveal] [--format json|csv|table] [--confirm-production]
//   api-clients create --org ID --name NAME [...] [--reveal] [--format json|csv|table]
//   api-clients add-secret CLIENT_ID --org ID [--reveal] [--format json|csv|table]
//   sso which EMAIL_OR_DOMAIN [--format json|table]
//   mcp auth-state (--instance ID | --user IDENTIFIER) [--links] [--format json|table]
// arguments[0] is the program, arguments[1] the command. Needs a QCoreApplication.
bool isCommand(const QString &name);
int runCommand(const QStringList &arguments);

int runExport(const QStringList &arguments);
int runPortalLink(const QStringList &arguments);
int runAuthLink(const QStringList &arguments);
int runConnectedAccounts(const QStringList &arguments);
int runConnectedAccountsSummary(const QStringList &arguments);
int runConnectedAccountsReauth(const QStringList &arguments);
int runTools(const QStringList &arguments);
int runDirectories(const QStringList &arguments);
int runDirectoriesRotateToken(const QStringList &arguments);
int runApiClients(const QStringList &arguments);
int runSso(const QStringList &arguments);
int runMcp(const QStringList &arguments);
int runMcpAuthState(const QStringList &arguments);

} // namespace sk::app::cli
