// `npx sluice <command>`: the operator's command line.

type Env = Readonly<Record<string, string | undefined>>;
type Command = (args: readonly string[], env: Env) => Promise<string>;

// Each command's modules are loaded when it runs: `sluice token` need not load the database's.
const commands: Record<string, () => Promise<Command>> = {
  status: async () => (await import('./status-command')).statusCommand,
  token: async () => (await import('./token-command')).tokenCommand,
  projections: async () => (await import('./projections-command')).projectionsCommand,
  'dead-letters': async () => (await import('./dead-letters-command')).deadLettersCommand,
  stream: async () => (await import('./stream-command')).streamCommand,
  events: async () => (await import('./events-command')).eventsCommand,
  migrate: async () => (await import('./migrate-command')).migrateCommand,
};

/**
 * Errors of the operator's input or of the system's state, told as one line; others in full. Known
 * by name, so that the libraries that throw them are loaded only by the commands that use them.
 */
const toldErrors = new Set(['ConfigError', 'DeadLetterError', 'RebuildError']);
const told = (error: unknown): error is Error => error instanceof Error && toldErrors.has(error.name);

const [commandName, ...args] = process.argv.slice(2);
const command =
  commandName !== undefined && Object.hasOwn(commands, commandName) ? commands[commandName] : undefined;
if (!command) {
  console.error(`usage: sluice <${Object.keys(commands).join('|')}> …`);
  process.exit(2);
}
command()
  .then((run) => run(args, process.env))
  .then(
    (output) => console.log(output),
    (error: unknown) => {
      console.error(told(error) ? `sluice: ${error.message}` : error);
      process.exit(told(error) ? 2 : 1);
    },
  );
