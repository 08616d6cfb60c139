import { z } from 'zod';

/** A view beacon's body: the article's id and nothing else of note. */
export const beaconSchema = z.object({
  id: z.number().int().positive().max(2_147_483_647),
});
