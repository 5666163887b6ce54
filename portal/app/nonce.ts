import { createContext, useContext } from 'react';

/** The per-response CSP nonce; set on the server only (browsers hide nonce attributes after parsing). */
export const NonceContext = createContext<string | undefined>(undefined);
export const useNonce = (): string | undefined => useContext(NonceContext);
