/** Our own explanation of one etcd option, written for an operator at 3 a.m. */
export interface OptionDoc {
	/** One sentence: what the option does. */
	readonly summary: string;
	/** Markdown paragraphs: when to change it, what goes wrong, version facts that matter. */
	readonly details: string;
	/** A realistic line for /etc/default/etcd, e.g. `ETCD_NAME="pg1"`. */
	readonly example: string;
}
