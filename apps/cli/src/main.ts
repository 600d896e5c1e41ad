// `npx sluice <command>`: the operator's command line.
import { ConfigError } from '@sluice/gateway';
import { DeadLetterError, RebuildError } from '@sluice/projections';
import { deadLettersCommand } from './dead-letters-command';
import { projectionsCommand } from './projections-command';
import { tokenCommand } from './token-command';

const commands: Record<string, (args: readonly string[]) => Promise<string>> = {
  token: (args) => tokenCommand(args, process.env),
  projections: (args) => projectionsCommand(args, process.env),
  'dead-letters': (args) => deadLettersCommand(args, process.env),
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
