// Must be imported before anything that builds zod schemas: zod probes `new Function` when a
// schema is created, and the CSP (script-src 'self') reports that probe as a violation.
import { z } from 'zod';

z.config({ jitless: true });
