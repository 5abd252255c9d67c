import { pruneNeedForm } from '../../app/lib/need-form';
import { multipartFileStream, readText, UploadTooLargeError } from '../../app/lib/uploads.server';

async function* chunks(...parts: string[]) {
  for (const p of parts) yield new TextEncoder().encode(p);
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

test('frames a streamed file as a one-field multipart body the Fetch API can parse back', async () => {
  const framed = multipartFileStream('file', 'cert.pdf', 'application/pdf', chunks('%PDF-1.4\n', 'body'), 1024);
  const body = await readAll(framed.stream);
  const parsed = await new Response(body, { headers: { 'content-type': framed.contentType } }).formData();
  const file = parsed.get('file') as File;
  expect(file.name).toBe('cert.pdf');
  expect(file.type).toBe('application/pdf');
  expect(await file.text()).toBe('%PDF-1.4\nbody');
  expect(framed.bytes()).toBe(13);
});

test('stops a file larger than the limit with a clear error', async () => {
  const framed = multipartFileStream('file', 'big.pdf', 'application/pdf', chunks('12345', '67890'), 8);
  await expect(readAll(framed.stream)).rejects.toBeInstanceOf(UploadTooLargeError);
  await expect(readText(chunks('123456789'), 8)).rejects.toThrow('larger than');
});

test('drops the optional schedule and empty requirement rows of a need form before validation', () => {
  const form = new FormData();
  form.set('title', 'Herbs');
  form.set('schedule.kind', 'RECURRING');
  form.set('schedule.startDate', '');
  form.set('requirements[0].standardCode', 'HACCP');
  form.set('requirements[0].level', 'EACH_SUPPLIER');
  form.set('requirements[1].standardCode', '');
  form.set('requirements[1].level', 'EACH_SUPPLIER');
  const pruned = pruneNeedForm(form);
  expect([...pruned.keys()]).toEqual(['title', 'requirements[0].standardCode', 'requirements[0].level']);
});
