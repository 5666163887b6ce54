import type express from 'express';

/** What body-parser and friends attach to a client's mistake (a body too large, malformed JSON). */
interface HttpError {
  status?: unknown;
  statusCode?: unknown;
  type?: unknown;
}

function clientStatus(error: unknown): number | null {
  if (typeof error !== 'object' || error === null) return null;
  const { status, statusCode } = error as HttpError;
  const code = typeof status === 'number' ? status : typeof statusCode === 'number' ? statusCode : null;
  return code !== null && code >= 400 && code < 500 ? code : null;
}

/**
 * The last error handler: a client's mistake (413 for a body over the limit, 400 for malformed JSON) keeps its
 * status and is logged as one line, never as a stack trace; only our own failures are 500. Nothing about the
 * request's content reaches the log or the answer.
 */
export function httpErrorHandler(log: (line: string) => void = console.warn): express.ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const status = clientStatus(error);
    if (status !== null) {
      const type = (error as HttpError).type;
      log(`[gateway] ${status} ${req.method} ${req.path}: ${typeof type === 'string' ? type : 'client error'}`);
      res.status(status).json({ error: status === 413 ? 'payload_too_large' : 'bad_request' });
      return;
    }
    console.error('[gateway]', error);
    res.status(500).json({ error: 'internal_error' });
  };
}
