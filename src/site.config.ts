import { faviconFile } from './lib/routes.ts';

/** What a fork changes first: the project this atlas serves and where its source lives. */
export const siteConfig = {
  project: 'CIVITEC',
  programme: 'Interreg Europe',
  projectUrl: 'https://www.interregeurope.eu/civitec',
  /**
   * The licence of the content. For the DCAT-AP catalogue: `eu`, its code in the EU Publications
   * Office licence authority (http://publications.europa.eu/resource/authority/licence/…), left out
   * for a licence that table lacks (the catalogue then names `url`); `type`, what it asks of users in
   * the ADMS licence types (http://purl.org/adms/licencetype/…: Attribution, ViralEffect-ShareAlike, PublicDomain…).
   * For the data package: `spdx`, its SPDX id.
   */
  contentLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/', eu: 'CC_BY_4_0', type: 'Attribution', spdx: 'CC-BY-4.0' },
  /** Set REPO_URL when publishing; the footer links to it. */
  repository: process.env['REPO_URL'] || undefined,
  /** Where readers send accessibility feedback; set FEEDBACK_EMAIL when publishing. */
  feedbackEmail: process.env['FEEDBACK_EMAIL'] || undefined,
  /**
   * Where users of the open data write with questions: the DCAT-AP catalogue's contact point
   * (dcat:contactPoint). DATA_CONTACT_EMAIL, else FEEDBACK_EMAIL; with neither, the catalogue names no contact.
   */
  dataContactEmail: process.env['DATA_CONTACT_EMAIL'] || process.env['FEEDBACK_EMAIL'] || undefined,
  /**
   * The day the open data was first published (YYYY-MM-DD): the catalogue's dct:issued. Left out
   * until a fork knows it: no date is better than an invented one.
   */
  dataFirstPublished: undefined as string | undefined,
  /** The site's own files in public/ (paths inside it); the check refuses anything else there outside media/. */
  publicFiles: [faviconFile],
} as const;
