import { randomBytes } from "node:crypto";

/** A random id: 16 url-safe characters (96 bits). */
export function newId(): string {
  return randomBytes(12).toString("base64url");
}

const JOIN_CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I: read aloud in class

export function newJoinCode(): string {
  return [...randomBytes(6)].map((byte) => JOIN_CODE_LETTERS[byte % JOIN_CODE_LETTERS.length]).join("");
}
