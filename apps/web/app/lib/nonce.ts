import { createContext, useContext } from 'react';

/**
 * The Content-Security-Policy nonce of the response being rendered (server.js makes one per
 * request): inline scripts Remix writes carry it, or the browser refuses them. In the browser it is
 * empty, which is what the browser shows of a nonce anyway.
 */
export const NonceContext = createContext('');
export const useNonce = () => useContext(NonceContext);
