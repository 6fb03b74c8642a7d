import { authToken } from './auth-token';
import { logOutputs } from './log-outputs';
import { logRotation } from './log-rotation';
import type { Rule } from './rule';

/** The start-up checks of docs/startup-checks.md that no older rule covers: refused combinations, intervals, limits. */
export const startupRules: readonly Rule[] = [
	authToken,
	logOutputs,
	logRotation,
];
