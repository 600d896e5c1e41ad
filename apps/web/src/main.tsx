import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadGatewayConfig } from './api/gateway-config';
import { App } from './app';
import { AppServicesContext } from './app-services';
import { DashboardStore } from './live/dashboard-store';
import { LiveConnection } from './live/live-connection';
import { startLiveSession } from './live/live-session';
import './styles.css';

const gateways = await loadGatewayConfig();
const connection = new LiveConnection(gateways.readWsUrl);
const store = new DashboardStore();
startLiveSession(gateways.readUrl, connection, store);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <AppServicesContext.Provider value={{ gateways, connection, store }}>
      <App />
    </AppServicesContext.Provider>
  </StrictMode>,
);
