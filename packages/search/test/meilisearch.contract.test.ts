import { Meilisearch } from 'meilisearch';
import { MeilisearchSearchIndex } from '../src/index.js';
import { runSearchIndexContract } from './contract/search-index.contract.js';

/** Why the Meilisearch pass cannot run here, or undefined when a server answers at MEILI_URL. */
async function unavailableReason(url: string | undefined): Promise<string | undefined> {
  if (!url) return 'MEILI_URL is not set';
  try {
    await new Meilisearch({ host: url, apiKey: process.env['MEILI_API_KEY'], timeout: 2000 }).health();
    return undefined;
  } catch (error) {
    return `no healthy Meilisearch at ${url} (${error instanceof Error ? error.message : String(error)})`;
  }
}

const reason = await unavailableReason(process.env['MEILI_URL']);

if (reason === undefined) {
  runSearchIndexContract('meilisearch', async () => {
    const client = new Meilisearch({ host: process.env['MEILI_URL'] ?? '', apiKey: process.env['MEILI_API_KEY'] });
    const indexUid = `search_contract_${process.pid}`;
    return {
      index: new MeilisearchSearchIndex(client, { indexUid }),
      clear: async () => {
        await client.index(indexUid).deleteAllDocuments().waitTask();
      },
      dispose: async () => {
        await client.deleteIndex(indexUid).waitTask();
      },
    };
  });
} else {
  // Never a silent pass: the skip is visible in Jest's summary and explained on the console.
  console.warn(`Meilisearch contract SKIPPED: ${reason}. Start Meilisearch and set MEILI_URL to run it.`);
  describe('SearchIndex contract: meilisearch', () => {
    it.skip(`skipped: ${reason}`, () => undefined);
  });
}
