// "Latest wins" (see client.ts): the answer to a request that a newer request on the same channel
// replaced. Its own module so that the page can recognise it without loading the engine's client.

/** The answer to a request that a newer request on the same channel replaced. Not a failure. */
export class SupersededError extends Error {
  constructor() {
    super('superseded by a newer request');
    this.name = 'SupersededError';
  }
}

export function isSuperseded(error: unknown): boolean {
  return error instanceof Error && error.name === 'SupersededError';
}
