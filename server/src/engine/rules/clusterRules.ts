import { clusterListMismatch } from './cluster-list-mismatch';
import { clusterTokenMismatch } from './cluster-token-mismatch';
import { duplicateMemberName } from './duplicate-member-name';
import { joinListMismatch } from './join-list-mismatch';
import { joinStateNew } from './join-state-new';
import { memberWithoutFile } from './member-without-file';
import { mixedState } from './mixed-state';
import { peerUrlDisagreement } from './peer-url-disagreement';
import { portClash } from './port-clash';
import type { Rule } from './rule';
import { timingMismatch } from './timing-mismatch';

/** Across the member files of one cluster: they must agree to form one cluster. */
export const clusterRules: readonly Rule[] = [
	clusterTokenMismatch,
	clusterListMismatch,
	joinStateNew,
	joinListMismatch,
	duplicateMemberName,
	peerUrlDisagreement,
	portClash,
	timingMismatch,
	mixedState,
	memberWithoutFile,
];
