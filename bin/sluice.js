#!/usr/bin/env node
// The `sluice` command: runs the TypeScript CLI through tsx, as the other entry points do.
import { register } from 'tsx/esm/api';

register();
await import('../apps/cli/src/main.ts');
