import { randomBytes } from 'node:crypto';

/** A cluster token of `length` hex characters from the operating system's cryptographic random source. */
export function generateToken(length: number): string {
	return randomBytes(Math.ceil(length / 2)).toString('hex').slice(0, length);
}
