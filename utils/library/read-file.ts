/** Reads a file as UTF-8 text (a BOM dropped), reporting the share read so far. */
export async function readFileText(file: Blob, onProgress?: (share: number) => void): Promise<string> {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  const chunks: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    chunks.push(decoder.decode(value, { stream: true }));
    onProgress?.(file.size ? bytes / file.size : 1);
  }
  chunks.push(decoder.decode());
  return chunks.join('');
}
