/** The only place test helpers read the environment of the test run itself. */
export const testEnvironment = {
  /** PATH for child processes. */
  path: process.env.PATH ?? '',
  /** pnpm as the test run was started with it (npx, corepack or global), when it was. */
  pnpmExecPath: process.env.npm_execpath,
  /** The whole environment, for a pnpm child that must behave like the parent's. */
  all: process.env,
};
