import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printWriteSchema } from './schema';

const target = fileURLToPath(new URL('../../../schema/write.graphql', import.meta.url));
writeFileSync(target, printWriteSchema());
console.log(`printed ${target}`);
