import type { CommandAccepted } from '../commands/command-result';
import { builder } from './builder';

export const CommandAcceptedRef = builder.objectRef<CommandAccepted>('CommandAccepted').implement({
  description: 'A command that succeeded: where its events landed.',
  fields: (t) => ({
    id: t.exposeID('id', {
      description: 'The product or order the command acted on (new for registerProduct and placeOrder).',
    }),
    version: t.exposeInt('version', { description: "That stream's version after the command." }),
    position: t.field({
      type: 'Position',
      description:
        'Global position of the last event written. Pass it as atLeast to the read side to read your own write.',
      resolve: (accepted) => accepted.position,
    }),
    events: t.exposeStringList('events', { description: 'Types of the events written, in order.' }),
  }),
});
