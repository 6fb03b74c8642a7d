import { advertiseNotServed } from './advertise-not-served';
import { advertisePeerMismatch } from './advertise-peer-mismatch';
import { clusterToken } from './cluster-token';
import { duplicateMemberUrl } from './duplicate-member-url';
import { evenMemberCount } from './even-member-count';
import { existingWithDiscovery } from './existing-with-discovery';
import { memberNameBlanks } from './member-name-blanks';
import { missingAdvertiseClient } from './missing-advertise-client';
import { missingName } from './missing-name';
import { multipleBootstrap } from './multiple-bootstrap';
import { nameNotInCluster } from './name-not-in-cluster';
import type { Rule } from './rule';
import { stateNew } from './state-new';

/** This member against its own cluster list: name, peer URLs, bootstrap, token and state. */
export const membershipRules: readonly Rule[] = [
	nameNotInCluster,
	missingName,
	memberNameBlanks,
	advertisePeerMismatch,
	advertiseNotServed,
	missingAdvertiseClient,
	duplicateMemberUrl,
	multipleBootstrap,
	existingWithDiscovery,
	evenMemberCount,
	clusterToken,
	stateNew,
];
