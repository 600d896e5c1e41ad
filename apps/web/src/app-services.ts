import { createContext, useContext } from 'react';
import type { GatewayConfig } from './api/gateway-config';
import type { DashboardStore } from './live/dashboard-store';
import type { LiveConnection } from './live/live-connection';

export interface AppServices {
  gateways: GatewayConfig;
  connection: LiveConnection;
  store: DashboardStore;
}

export const AppServicesContext = createContext<AppServices | undefined>(undefined);

export function useAppServices(): AppServices {
  const services = useContext(AppServicesContext);
  if (!services) throw new Error('useAppServices needs an <AppServicesContext.Provider>');
  return services;
}
