import { patroniClientCert } from './patroni-client-cert';
import { patroniGrpcGateway } from './patroni-grpc-gateway';
import { patroniHostNotAdvertised } from './patroni-host-not-advertised';
import { patroniHostsDiffer } from './patroni-hosts-differ';
import { patroniNoCacert } from './patroni-no-cacert';
import { patroniNoEndpoint } from './patroni-no-endpoint';
import { patroniPeerPort } from './patroni-peer-port';
import { patroniSchemeMismatch } from './patroni-scheme-mismatch';
import type { PatroniRule } from './patroniRule';
import { patroniV2Api } from './patroni-v2-api';

/** The rules of Patroni files, in the order their diagnostics are reported. */
export const patroniRules: readonly PatroniRule[] = [
	patroniNoEndpoint,
	patroniPeerPort,
	patroniSchemeMismatch,
	patroniHostNotAdvertised,
	patroniV2Api,
	patroniGrpcGateway,
	patroniClientCert,
	patroniNoCacert,
	patroniHostsDiffer,
];
