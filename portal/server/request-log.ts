// One line per request, as react-router-serve's morgan "tiny" wrote it (method, path, status, bytes, time), but
// without the query string (which can carry what a person typed) and written in batches: a write per line to a
// pipe is a system call per page view. Lines wait at most FLUSH_MS.

export const FLUSH_MS = 200;
const MAX_BATCH = 256;

export interface RequestLog {
  line(method: string, path: string, status: number, bytes: number | undefined, ms: number): void;
  flush(): void;
}

export function createRequestLog(write: (text: string) => void): RequestLog {
  let lines: string[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (lines.length === 0) return;
    const text = `${lines.join('\n')}\n`;
    lines = [];
    write(text);
  };

  return {
    line(method, path, status, bytes, ms) {
      lines.push(`${method} ${path} ${status} ${bytes ?? '-'} - ${ms.toFixed(3)} ms`);
      if (lines.length >= MAX_BATCH) flush();
      else if (!timer) {
        timer = setTimeout(flush, FLUSH_MS);
        timer.unref();
      }
    },
    flush,
  };
}
