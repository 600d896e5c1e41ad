export { startSystem, type RunningSystem } from './start-system';
export { openInfrastructure, type Infrastructure, type InfrastructureConfig } from './infrastructure';
