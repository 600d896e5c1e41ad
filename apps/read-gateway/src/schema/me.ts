import { meDescriptions, meOf, roleEnumValues, type Me } from '@sluice/gateway';
import { builder } from './builder';

const RoleEnum = builder.enumType('Role', { values: roleEnumValues });

const MeRef = builder.objectRef<Me>('Me').implement({
  description: meDescriptions.type,
  fields: (t) => ({
    id: t.exposeID('id', { nullable: true, description: meDescriptions.id }),
    roles: t.field({ type: [RoleEnum], resolve: (me) => me.roles }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.queryField('me', (t) =>
  t.field({
    type: MeRef,
    description: meDescriptions.query,
    authScopes: { public: true },
    resolve: (_root, _args, context) => meOf(context.caller),
  }),
);
