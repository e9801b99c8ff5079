/**
 * Drops `undefined` fields, also in nested objects, so records compare and serialise
 * cleanly (a stored record must not grow `"x": undefined` keys) and a merge cannot let an
 * absent field erase a known one.
 */
export function withoutUndefined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(value)) {
    if (field === undefined) continue;
    out[name] =
      field && typeof field === 'object' && !Array.isArray(field)
        ? withoutUndefined(field as object)
        : field;
  }
  return out as T;
}

/** The fields that hold something: not undefined, not '', not an empty array. */
export function filledFields<T extends object>(value: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [name, field] of Object.entries(value) as [keyof T, T[keyof T]][]) {
    if (field === undefined || field === '' || (Array.isArray(field) && field.length === 0))
      continue;
    out[name] = field;
  }
  return out;
}
