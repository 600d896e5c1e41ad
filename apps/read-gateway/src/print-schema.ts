import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printReadSchema } from './schema';

const target = fileURLToPath(new URL('../../../schema/read.graphql', import.meta.url));
writeFileSync(target, printReadSchema());
console.log(`printed ${target}`);
