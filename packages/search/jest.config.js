import { preset } from '../../jest.preset.js';

// Verbose so that a skipped suite (the Meilisearch contract without a server) shows its reason.
export default preset('search', { verbose: true });
