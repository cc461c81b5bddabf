import { z } from 'zod';

/** Zod's flattened field errors, first message per field, as a form shows them beside each input. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const perField: Record<string, string[] | undefined> = z.flattenError(error).fieldErrors;
  return Object.fromEntries(
    Object.entries(perField).flatMap(([field, messages]) => (messages?.[0] ? [[field, messages[0]]] : [])),
  );
}
