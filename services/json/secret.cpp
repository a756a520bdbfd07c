#include "services/json/secret.h"

namespace sk::json {

namespace {
thread_local int t_includeDepth = 0;
} // namespace

IncludeSecrets::IncludeSecrets()
{
    ++t_includeDepth;
}

IncludeSecrets::~IncludeSecrets()
{
    --t_includeDepth;
}

bool secretsIncluded()
{
    return t_includeDepth > 0;
}

} // namespace sk::json
