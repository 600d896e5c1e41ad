/** Command-line options of `npm run bench`. */
export interface BenchOptions {
  /** `--quick`: shorter measurements; the whole suite in under 3 minutes. */
  quick: boolean;
  /** `--only=append,place-order`: run just these benchmarks. */
  only: ReadonlySet<string> | undefined;
  /** `--profile`: servers write V8 CPU profiles to bench/results/profiles. */
  profile: boolean;
}

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const only = argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  return {
    quick: argv.includes('--quick'),
    only: only ? new Set(only.split(',')) : undefined,
    profile: argv.includes('--profile'),
  };
}

export function selected(options: BenchOptions, name: string): boolean {
  return options.only === undefined || options.only.has(name);
}

export const profileDir = 'bench/results/profiles';

/** Node arguments for a server process: with --profile, a CPU profile written when it exits. */
export function serverNodeArgs(options: BenchOptions): string[] {
  return options.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
}
