// helm's environment: minimalEnv, and every folder helm reads its settings from inside a throw-away home,
// so no chart repository, registry login, plugin or cache of the runner is used (renders and pulls alike).
import { join } from 'node:path';
import { minimalEnv } from './childProcess.js';

export function helmEnv(home: string): NodeJS.ProcessEnv {
  return {
    ...minimalEnv(home),
    HELM_CONFIG_HOME: join(home, 'config'),
    HELM_CACHE_HOME: join(home, 'cache'),
    HELM_DATA_HOME: join(home, 'data'),
    HELM_PLUGINS: join(home, 'plugins'),
    HELM_REPOSITORY_CONFIG: join(home, 'config', 'repositories.yaml'),
    HELM_REPOSITORY_CACHE: join(home, 'cache', 'repository'),
    HELM_REGISTRY_CONFIG: join(home, 'config', 'registry.json'),
  };
}
