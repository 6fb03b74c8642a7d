/*
 * Text that reads like a variable or a systemd specifier but that nothing expands where it stands: systemd expands
 * neither `${VAR}`/`$VAR` nor `%H` in an EnvironmentFile= (nor `${…}` inside `$DAEMON_ARGS`), and etcd expands nothing
 * in its YAML file. In a file a tool renders, the tool's own syntax is masked before any rule sees a value.
 */

/** The first `${VAR}`, `$VAR` or `%X` specifier in a value, if it holds one. */
export function literalExpansion(value: string): string | undefined {
	return /\$\{[^}\s]*\}?|\$[A-Za-z_][A-Za-z0-9_]*|%[A-Za-z%]/.exec(value)?.[0];
}
