// `npx sluice <command>`: the operator's command line.
import { ConfigError } from '@sluice/gateway';
import { tokenCommand } from './token-command';

const commands: Record<string, (args: readonly string[]) => Promise<string>> = {
  token: (args) => tokenCommand(args, process.env),
};

const [name, ...args] = process.argv.slice(2);
const command = name === undefined ? undefined : commands[name];
if (!command) {
  console.error(`usage: sluice <${Object.keys(commands).join('|')}> …`);
  process.exit(2);
}
command(args).then(
  (output) => console.log(output),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? `sluice: ${error.message}` : error);
    process.exit(error instanceof ConfigError ? 2 : 1);
  },
);
