// Zod compiles each object schema with `new Function` when it is made, where it may; the editor's
// Content-Security-Policy forbids that (and reports every try), so in the editor's browser check the schemas run as
// plain code. Imported before any schema module.
import { z } from 'astro/zod';

z.config({ jitless: true });
