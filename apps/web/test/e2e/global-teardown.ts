import { stopStack } from './stack';

export default async function globalTeardown() {
  await stopStack(globalThis.__LINKAGE_E2E_STACK__);
  globalThis.__LINKAGE_E2E_STACK__ = undefined;
}
