/** A cluster token of `length` hex characters from the operating system's cryptographic random source. */
export function generateToken(length: number): string {
	// Required on use: loading node:crypto is milliseconds of every server start, and tokens are made rarely.
	// eslint-disable-next-line @typescript-eslint/no-require-imports -- required on first use, on purpose (above)
	const { randomBytes } = require('node:crypto') as typeof import('node:crypto');
	return randomBytes(Math.ceil(length / 2)).toString('hex').slice(0, length);
}
