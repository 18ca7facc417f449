/** A short description of a RESTlet's answer for the progress lines. */
export function summarise(body: unknown): string {
  if (typeof body !== 'object' || body === null) return String(body).slice(0, 120);
  const b = body as Record<string, unknown>;
  if (typeof b['error'] === 'object' && b['error'] !== null) {
    const e = b['error'] as Record<string, unknown>;
    // NetSuite puts the serialised SuiteScriptError in `message`; its own message is the readable part.
    let message = String(e['message'] ?? '');
    try {
      const inner = JSON.parse(message) as { message?: unknown };
      if (typeof inner.message === 'string') message = inner.message;
    } catch {
      // A plain-text message stays as it is.
    }
    return `error ${String(e['code'])}: ${message.length > 160 ? `${message.slice(0, 157)}...` : message}`;
  }
  if (typeof b['found'] === 'boolean') {
    const record = (b['record'] ?? {}) as Record<string, unknown>;
    const fulfilment = (b['fulfilment'] ?? {}) as Record<string, unknown>;
    if (!b['found']) return 'not in NetSuite';
    const parts = [`found ${String(record['recordType'])} ${String(record['tranid'] ?? record['id'])}`];
    if (present(record['status'])) parts.push(`status ${String(record['status'])}`);
    if (present(fulfilment['state'])) parts.push(`fulfilment ${String(fulfilment['state'])}`);
    return parts.join(', ');
  }
  const parts: string[] = [];
  if (present(b['status']) && present(b['recordType']))
    // An order answer: "created salesorder 7" (the record by type and number, its internal id when it differs).
    parts.push(
      `${String(b['status'])} ${String(b['recordType'])} ${String(b['tranid'] ?? b['id'])}` +
        (present(b['tranid']) && present(b['id']) && String(b['tranid']) !== String(b['id'])
          ? ` (id ${String(b['id'])})`
          : ''),
    );
  // Otherwise each key the answer holds; those it leaves null (no record for an exception) say nothing.
  else
    for (const key of ['status', 'id', 'version'])
      if (present(b[key])) parts.push(`${key} ${String(b[key])}`);
  const exceptions = b['exceptions'];
  if (Array.isArray(exceptions) && exceptions.length > 0)
    parts.push(
      `exceptions ${exceptions.map((e: { code?: string; category?: string }) => e.code ?? e.category ?? '?').join(', ')}`,
    );
  return parts.length > 0 ? parts.join(', ') : JSON.stringify(body).slice(0, 120);
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null;
}
