// `npx sluice <command>`: the operator's command line.
import { ConfigError } from '@sluice/gateway';
import { DeadLetterError, RebuildError } from '@sluice/projections';
import { deadLettersCommand } from './dead-letters-command';
import { eventsCommand } from './events-command';
import { migrateCommand } from './migrate-command';
import { projectionsCommand } from './projections-command';
import { statusCommand } from './status-command';
import { streamCommand } from './stream-command';
import { tokenCommand } from './token-command';

const commands: Record<string, (args: readonly string[]) => Promise<string>> = {
  status: (args) => statusCommand(args, process.env),
  token: (args) => tokenCommand(args, process.env),
  projections: (args) => projectionsCommand(args, process.env),
  'dead-letters': (args) => deadLettersCommand(args, process.env),
  stream: (args) => streamCommand(args, process.env),
  events: (args) => eventsCommand(args, process.env),
  migrate: (args) => migrateCommand(args, process.env),
};

/** Errors of the operator's input or of the system's state, told as one line; others in full. */
const told = (error: unknown): error is ConfigError | DeadLetterError | RebuildError =>
  error instanceof ConfigError || error instanceof DeadLetterError || error instanceof RebuildError;

const [name, ...args] = process.argv.slice(2);
const command = name === undefined ? undefined : commands[name];
if (!command) {
  console.error(`usage: sluice <${Object.keys(commands).join('|')}> …`);
  process.exit(2);
}
command(args).then(
  (output) => console.log(output),
  (error: unknown) => {
    console.error(told(error) ? `sluice: ${error.message}` : error);
    process.exit(told(error) ? 2 : 1);
  },
);
