export { openInfrastructure, type Infrastructure, type InfrastructureConfig } from './infrastructure';
