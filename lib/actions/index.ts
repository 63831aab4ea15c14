import 'server-only';

export { createAction, type Action, type ActionConfig, type ActionContext } from './create-action';
export { createRoute, type RouteConfig, type RouteContext } from './create-route';
export { type ActionErrorCode, type ActionResult } from './result';
