/*
 * Template expressions decide a value only when the file is rendered (Ansible/Jinja `{{ … }}`, `{% … %}`,
 * envsubst `${VAR}`, systemd specifiers such as `%H`). Checks skip what such an expression decides.
 */
const templateExpression = /\{\{|\{%|\{#|\$\{|%[a-zA-Z%]/;

export function hasTemplate(text: string): boolean {
	return templateExpression.test(text);
}
