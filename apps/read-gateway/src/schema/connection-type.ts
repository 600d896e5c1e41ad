import type { ObjectRef } from '@pothos/core';
import type { Connection, Edge } from '../connection/connection';
import { builder, type ReadSchemaTypes } from './builder';
import { PageInfoRef } from './page-info';

/** `<Name>Connection` and `<Name>Edge` for a node type: the one shape every list shares. */
export function connectionType<T>(name: string, nodeRef: ObjectRef<ReadSchemaTypes, T>) {
  const EdgeRef = builder.objectRef<Edge<T>>(`${name}Edge`).implement({
    fields: (t) => ({
      node: t.expose('node', { type: nodeRef }),
      cursor: t.exposeString('cursor', { description: 'Pass it as after to read the rows that follow.' }),
    }),
  });
  return builder.objectRef<Connection<T>>(`${name}Connection`).implement({
    fields: (t) => ({
      edges: t.field({ type: [EdgeRef], resolve: (connection) => connection.edges }),
      pageInfo: t.field({ type: PageInfoRef, resolve: (connection) => connection.pageInfo }),
      totalCount: t.int({
        description: 'Rows matching the filters, over every page.',
        resolve: (connection) => connection.totalCount(),
      }),
    }),
  });
}
