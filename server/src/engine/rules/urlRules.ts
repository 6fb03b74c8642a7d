import { advertiseEmptyHost } from './advertise-empty-host';
import { advertiseUnreachable } from './advertise-unreachable';
import { allowedCnAndHostname } from './allowed-cn-and-hostname';
import { caImpliesCertAuth } from './ca-implies-cert-auth';
import { certAuthWithoutCa } from './cert-auth-without-ca';
import { duplicateUrl } from './duplicate-url';
import { invalidUrl } from './invalid-url';
import { listenClientHttpConflict } from './listen-client-http-conflict';
import { listenHostName } from './listen-host-name';
import { loopbackAdvertise } from './loopback-advertise';
import type { Rule } from './rule';
import { tlsMissing } from './tls-missing';
import { tlsUnused } from './tls-unused';

/** URLs: their form, listen versus advertise, TLS for each side. */
export const urlRules: readonly Rule[] = [
	invalidUrl,
	listenHostName,
	advertiseEmptyHost,
	advertiseUnreachable,
	loopbackAdvertise,
	duplicateUrl,
	listenClientHttpConflict,
	tlsMissing,
	tlsUnused,
	certAuthWithoutCa,
	caImpliesCertAuth,
	allowedCnAndHostname,
];
