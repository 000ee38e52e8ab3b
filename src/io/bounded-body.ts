// A response's body, read whole but never past a limit: a Content-Length over it stops before reading, and a
// body that keeps coming is cancelled at the first byte over it. `tooLarge` makes the caller's error
// (the size it declared, or null when it was the stream that ran over).
export async function boundedBody(
  res: Response,
  max: number,
  tooLarge: (declared: number | null) => Error,
): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > max) {
    await res.body?.cancel();
    throw tooLarge(declared);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel();
      throw tooLarge(null);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
