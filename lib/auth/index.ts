import 'server-only';

// The data-access layer every page, action and route goes through.
export {
  getDmapiClient,
  getSession,
  lookupCurrentSession,
  requireRole,
  requireSession,
  sessionPermission,
  withDmapi,
  type SignInReason,
} from './session';
export type { PanelSession } from './session-store';
export { permission, can, visibleAreas, auditScope, type Area, type Operation, type Role, type Permission } from './roles';
export { actionPermission, requestAllowed } from './request-permission';
export { clientForSession } from './dmapi-pool';
export { endPanelSession } from './sign-out';
export { SessionEndedError } from './dmapi-pool';
