import { makeKeys } from './keys';

/** Prints fresh signing keys and a session secret as environment lines, e.g. for docker compose's `.env`. */
makeKeys()
  .then((keys) => {
    const line = (name: string, value: unknown) =>
      `${name}='${typeof value === 'string' ? value : JSON.stringify(value)}'`;
    console.log(line('USER_TOKEN_PRIVATE_KEY', keys.userToken.privateJwk));
    console.log(line('INTERNAL_TOKEN_PRIVATE_KEY', keys.internalToken.privateJwk));
    console.log(line('INTERNAL_TOKEN_PUBLIC_KEY', keys.internalToken.publicJwk));
    console.log(line('SESSION_SECRET', keys.sessionSecret));
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
