// The Hono environment of every route: the Worker's bindings, and the signed-in person on staff routes.
import type { StaffMember } from '../server/staff-auth';

export interface AppEnv {
  Bindings: Env;
}

export interface StaffEnv {
  Bindings: Env;
  Variables: { staff: StaffMember };
}
