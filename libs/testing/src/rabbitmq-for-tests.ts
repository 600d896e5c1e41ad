import { randomBytes } from 'node:crypto';
import { Connection } from 'rabbitmq-client';
import { settleAvailability, type Availability } from './service-availability';

/** @default amqp://guest:guest@127.0.0.1:5672 */
export const testAmqpUrl = process.env.TEST_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';

let probe: Promise<Availability> | undefined;

/** Probes RabbitMQ once per test file. */
export function rabbitAvailability(): Promise<Availability> {
  probe ??= (async () => {
    const connection = new Connection({ url: testAmqpUrl, retryLow: 100, retryHigh: 200 });
    connection.on('error', () => {});
    try {
      await connection.onConnect(3_000, true);
      return settleAvailability('RabbitMQ', testAmqpUrl, undefined);
    } catch (error) {
      return settleAvailability('RabbitMQ', testAmqpUrl, error);
    } finally {
      await connection.close();
    }
  })();
  return probe;
}

export interface TemporaryRabbitNames {
  /** The AMQP_PREFIX these names share (`<prefix>.events` and so on, as the bus names them). */
  prefix: string;
  exchange: string;
  queue: string;
  deadLetterQueue: string;
  /** Deletes everything under these names, leaving the broker as it was. */
  cleanup(): Promise<void>;
}

/** Exchange and queue names of a suite's own, so suites run in parallel on one broker. */
export function temporaryRabbitNames(url = testAmqpUrl): TemporaryRabbitNames {
  const prefix = `sluice.test.${randomBytes(5).toString('hex')}`;
  const names = {
    exchange: `${prefix}.events`,
    queue: `${prefix}.projections`,
    deadLetterQueue: `${prefix}.projections.dead`,
  };
  return {
    prefix,
    ...names,
    async cleanup() {
      const connection = new Connection({ url });
      connection.on('error', () => {});
      try {
        await connection.queueDelete({ queue: names.queue });
        await connection.queueDelete({ queue: names.deadLetterQueue });
        await connection.exchangeDelete({ exchange: names.exchange });
      } finally {
        await connection.close();
      }
    },
  };
}
