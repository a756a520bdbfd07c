#include "models/agentkit/connectedaccountrow.h"

namespace sk::models {

namespace {

template<typename E>
entities::Enum<E> enumOf(std::int32_t value, StringArena::Ref raw, const StringArena &arena)
{
    entities::Enum<E> e(static_cast<E>(value));
    e.raw = arena.string(raw);
    return e;
}

} // namespace

ConnectedAccountRowCodec::Row ConnectedAccountRowCodec::pack(const Entity &account, StringArena &arena)
{
    Row row;
    row.id = arena.add(account.id);
    row.identifier = arena.intern(account.identifier);
    row.provider = arena.intern(account.provider);
    row.connector = arena.intern(account.connector);
    row.connectionId = arena.intern(account.connectionId);
    row.status = std::int32_t(account.status.value);
    row.statusRaw = arena.intern(account.status.raw);
    row.authType = std::int32_t(account.authorizationType.value);
    row.authTypeRaw = arena.intern(account.authorizationType.raw);
    if (!account.apiConfig.is_null())
        row.apiConfig = arena.add(account.apiConfig.dump());
    row.tokenExpiresNanos = account.tokenExpiresAt.nanos;
    row.updatedNanos = account.updatedAt.nanos;
    row.lastUsedNanos = account.lastUsedAt.nanos;
    return row;
}

ConnectedAccountRowCodec::Entity ConnectedAccountRowCodec::unpack(const Row &row, const StringArena &arena)
{
    Entity account;
    account.id = arena.string(row.id);
    account.identifier = arena.string(row.identifier);
    account.provider = arena.string(row.provider);
    account.connector = arena.string(row.connector);
    account.connectionId = arena.string(row.connectionId);
    account.status = status(row, arena);
    account.authorizationType = authType(row, arena);
    if (const std::string_view config = arena.view(row.apiConfig); !config.empty())
        account.apiConfig = nlohmann::json::parse(config); // written by pack(): valid JSON
    account.tokenExpiresAt = entities::Timestamp(row.tokenExpiresNanos);
    account.updatedAt = entities::Timestamp(row.updatedNanos);
    account.lastUsedAt = entities::Timestamp(row.lastUsedNanos);
    return account;
}

entities::Enum<entities::ConnectorStatus> ConnectedAccountRowCodec::status(const Row &row,
                                                                           const StringArena &arena)
{
    return enumOf<entities::ConnectorStatus>(row.status, row.statusRaw, arena);
}

entities::Enum<entities::ConnectorType> ConnectedAccountRowCodec::authType(const Row &row,
                                                                           const StringArena &arena)
{
    return enumOf<entities::ConnectorType>(row.authType, row.authTypeRaw, arena);
}

} // namespace sk::models
