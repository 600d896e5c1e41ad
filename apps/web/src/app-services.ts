import { createContext, useContext } from 'react';
import type { Workspace } from './session/workspace';

/** What the views of one user work with: their client, their WebSocket, their store, their access. */
export type AppServices = Workspace;

export const AppServicesContext = createContext<AppServices | undefined>(undefined);

export function useAppServices(): AppServices {
  const services = useContext(AppServicesContext);
  if (!services) throw new Error('useAppServices needs an <AppServicesContext.Provider>');
  return services;
}
