/** Address readers write to with corrections; shown on the About page. Set PUBLIC_CORRECTIONS_EMAIL when deploying. */
export const CORRECTIONS_EMAIL: string = import.meta.env.PUBLIC_CORRECTIONS_EMAIL ?? 'corrections@mineaction.az';
