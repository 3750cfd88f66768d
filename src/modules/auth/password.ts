import bcrypt from "bcryptjs";

// bcrypt in pure JS: no native build, same format as the C library. Cost 10 ≈ 70 ms per hash here.
export const PASSWORD_HASH_ROUNDS = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, PASSWORD_HASH_ROUNDS);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}
