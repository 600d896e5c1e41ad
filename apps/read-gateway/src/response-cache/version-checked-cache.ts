import type { Cache } from '@graphql-yoga/plugin-response-cache';
import type { ExecutionResult } from 'graphql';
import { LRUCache } from 'lru-cache';

/**
 * Answers kept for one version of the read models: a key starts with the version it was made
 * under (`<version>:<digest>`), and only keys of the current version are kept or given back. When
 * the version moves, every answer kept goes at once. At most `maxEntries` are kept, the least
 * recently used going first.
 */
export class VersionCheckedCache implements Cache {
  readonly #entries: LRUCache<string, ExecutionResult>;
  #version: string;

  constructor(
    private readonly version: () => string,
    maxEntries: number,
  ) {
    this.#entries = new LRUCache({ max: maxEntries });
    this.#version = version();
  }

  get(key: string): ExecutionResult | undefined {
    if (!this.#isCurrent(key)) return undefined;
    return this.#entries.get(key);
  }

  set(key: string, result: ExecutionResult): void {
    if (!this.#isCurrent(key)) return;
    this.#entries.set(key, result);
  }

  /** Answers go with the version, not with entities. */
  invalidate(): void {}

  /** Answers kept now. */
  get size(): number {
    return this.#entries.size;
  }

  #isCurrent(key: string): boolean {
    const version = this.version();
    if (version !== this.#version) {
      this.#entries.clear();
      this.#version = version;
    }
    return key.startsWith(`${version}:`);
  }
}
