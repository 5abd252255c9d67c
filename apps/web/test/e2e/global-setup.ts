import { startStack, type Stack } from './stack';

declare global {
  var __LINKAGE_E2E_STACK__: Stack | undefined;
}

export default async function globalSetup() {
  globalThis.__LINKAGE_E2E_STACK__ = await startStack();
}
