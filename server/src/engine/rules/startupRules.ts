import { authToken } from './auth-token';
import { cipherSuites } from './cipher-suites';
import { existingAlone } from './existing-alone';
import { leaseCheckpoint } from './lease-checkpoint';
import { listenAddressClash } from './listen-address-clash';
import { logOutputs } from './log-outputs';
import { logRotation } from './log-rotation';
import { outOfRange } from './out-of-range';
import type { Rule } from './rule';
import { deprecationStage } from './deprecation-stage';
import { discoveryV3 } from './discovery-v3';
import { yamlEmptyValue } from './yaml-empty-value';
import { yamlFlagDefault } from './yaml-flag-default';
import { tlsVersion } from './tls-version';

/** The start-up checks of docs/startup-checks.md that no older rule covers: refused combinations, intervals, limits. */
export const startupRules: readonly Rule[] = [
	authToken,
	logOutputs,
	logRotation,
	cipherSuites,
	tlsVersion,
	leaseCheckpoint,
	outOfRange,
	discoveryV3,
	deprecationStage,
	yamlEmptyValue,
	yamlFlagDefault,
	existingAlone,
	listenAddressClash,
];
