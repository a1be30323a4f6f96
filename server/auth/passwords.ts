// Password hashing with Argon2id (the OWASP-recommended memory-hard hash). Parameters are the
// OWASP minimum for Argon2id — 19 MiB memory, 2 passes, 1 lane — stated here so a change is a
// reviewed decision; old hashes keep verifying because the parameters live in the hash string.
import { hash, verify } from '@node-rs/argon2';

export const PASSWORD_HASH_PARAMS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASH_PARAMS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash never signs anyone in
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies against a throwaway hash when no member matches, so a sign-in for an unknown handle
 * costs the same time as a wrong password and timing does not reveal which handles exist.
 */
export async function verifyAgainstNobody(password: string): Promise<false> {
  dummyHash ??= hashPassword('trustline-nobody-' + Math.random());
  await verifyPassword(await dummyHash, password);
  return false;
}
