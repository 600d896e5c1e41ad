export { settleAvailability, type Availability } from './service-availability';
export {
  postgresAvailability,
  createTemporaryDatabase,
  testPostgresUrl,
  type TemporaryDatabase,
} from './postgres-for-tests';
export { eventStoreBackends, type OpenedStore, type StoreBackend } from './store-backends';
export {
  rabbitAvailability,
  temporaryRabbitNames,
  testAmqpUrl,
  type TemporaryRabbitNames,
} from './rabbitmq-for-tests';
export { startTcpProxy, type TcpProxy } from './tcp-proxy';
export { postGraphQL, type GraphQLResponse } from './graphql-http';
export {
  writeClient,
  writeMutationInputs,
  type WriteClient,
  type WriteCommand,
  type Accepted,
} from './write-client';
export { startNodeProcess, type NodeProcess } from './node-process';
export {
  firstSubscriptionResult,
  readSubscriptionResults,
  subscribeSse,
  subscribeWs,
  wsClient,
  type Received,
} from './subscription-clients';
export { untilReadable } from './until-readable';
export { openOlderTransaction, type OlderTransaction } from './older-transaction';
export { testAuth, testAuthSecret, testToken, authHeader } from './test-auth';
export {
  appendDomainEvents,
  eventTime,
  legacyProductRegistered,
  placeAndPay,
  placeOrderOf,
  placeOrdersThenPay,
  productRegisteredEvent,
  type LegacyEvent,
} from './domain-log-writes';
export { appendRandomShopHistory } from './random-shop-history';
export { seededRandom } from './seeded-random';
export { storedTestEvent } from './stored-test-event';
export { LogLines, type LogEntry } from './log-lines';
