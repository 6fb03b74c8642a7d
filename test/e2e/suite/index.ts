import { runAll } from './harness';
import './activation.e2e';
import './hover.e2e';
import './fixes.e2e';
import './settings.e2e';
import './cluster.e2e';
import './yaml.e2e';
import './units.e2e';
import './containers.e2e';
import './patroni.e2e';
import './quiet.e2e';
import './lifecycle.e2e';

/** Called by VS Code's extension host (--extensionTestsPath). */
export function run(): Promise<void> {
	return runAll('etcd-config in VS Code');
}
