export { settleAvailability, type Availability } from './service-availability';
export {
  postgresAvailability,
  createTemporaryDatabase,
  testPostgresUrl,
  type TemporaryDatabase,
} from './postgres-for-tests';
export { eventStoreBackends, type OpenedStore, type StoreBackend } from './store-backends';
