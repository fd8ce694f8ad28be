import { faviconFile } from './lib/routes.ts';

/** What a fork changes first: the project this atlas serves and where its source lives. */
export const siteConfig = {
  project: 'CIVITEC',
  programme: 'Interreg Europe',
  projectUrl: 'https://www.interregeurope.eu/civitec',
  contentLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  /** Set REPO_URL when publishing; the footer links to it. */
  repository: process.env['REPO_URL'] || undefined,
  /** Where readers send accessibility feedback; set FEEDBACK_EMAIL when publishing. */
  feedbackEmail: process.env['FEEDBACK_EMAIL'] || undefined,
  /** The site's own files in public/ (paths inside it); the check refuses anything else there outside media/. */
  publicFiles: [faviconFile],
} as const;
