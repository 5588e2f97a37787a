// Where the web UI's sources are and where Vite writes the build (git-ignored).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_SOURCE_DIR = resolve(REPO_DIR, 'web');
export const WEB_DIR = resolve(WEB_SOURCE_DIR, 'dist');
export const EXAMPLES_DIR = resolve(REPO_DIR, 'examples');
