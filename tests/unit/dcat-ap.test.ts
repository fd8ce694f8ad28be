// The catalogue (/data/catalog.jsonld) against the official DCAT-AP 3.0.1 SHACL shapes: zero
// violations, for the real content and the fixture, with and without a site address; the
// warnings that remain are listed, each for a reason; a broken copy fails.
import { describe, expect, it } from 'vitest';
import { buildCatalog, type CatalogContext } from '../../src/lib/open-data/catalog.ts';
import { siteConfig } from '../../src/site.config.ts';
import { fixture } from '../helpers.ts';
import { atlasOf } from '../support/atlas.ts';
import { contentDir as projectContentDir } from '../support/project.ts';
import { countResults, toGraph, validate, validateCatalog, type ShaclResult } from './dcat-ap-shacl.ts';

type Node = Record<string, any>;


const contentDir = projectContentDir();
const atlases = { content: atlasOf(contentDir), fixture: atlasOf(fixture('valid')) };
const published = 'https://atlas.example.eu/kb/';
/** What the endpoint passes, from src/site.config.ts, with a contact address as DATA_CONTACT_EMAIL would give. */
const ctx = (root: string, more: Partial<CatalogContext> = {}): CatalogContext => ({
  root,
  publisher: { name: siteConfig.project, homepage: siteConfig.projectUrl },
  licence: siteConfig.contentLicence,
  contactEmail: 'data@atlas.example.eu',
  ...more,
});
const catalogBase = (root: string) => new URL('data/catalog.jsonld', root).href;

const only = (results: readonly ShaclResult[], severity: string) => results.filter((r) => r.severity === severity);

/**
 * The warnings a conforming catalogue still gets, each because the data does not have it:
 * - dcat:bbox and dcat:centroid of each country (a dct:Location named by the EU country authority):
 *   the atlas holds no country geometry;
 * - the publisher's dct:type: the ADMS publisher types have no kind for an interregional project;
 *   and it is a blank node, not an EU corporate body (the vocabulary shapes ask for one, once for the
 *   catalogue and once for each of the five datasets);
 * - dct:spatial of tools and themes, dct:temporal of regions and themes: they describe no place or period;
 * - the catalogue's dct:issued, until site.config.ts knows the date of first publication.
 */
function expectedRecommended(countries: number) {
  return {
    'Warning bbox MinCount': countries,
    'Warning centroid MinCount': countries,
    'Warning issued MinCount': 1,
    'Warning spatial MinCount': 2,
    'Warning temporal MinCount': 2,
    'Warning type MinCount': 1,
  };
}
const expectedVocabularies = { 'Warning publisher Node': 6, 'Warning publisher NodeKind': 6 };

describe('the DCAT-AP catalogue against the official DCAT-AP 3.0.1 shapes', () => {
  for (const [name, atlas] of Object.entries(atlases)) {
    it(`${name}: no violation, and only the warnings the data cannot answer`, async () => {
      const results = await validateCatalog(buildCatalog(atlas, ctx(published), 'en'), catalogBase(published));
      console.info(`DCAT-AP, ${name}: ${results.triples} triples; profile ${JSON.stringify(countResults(results.profile))}; recommended ${JSON.stringify(countResults(results.recommended))}; vocabularies ${JSON.stringify(countResults(results.vocabularies))}`);
      expect(results.profile).toEqual([]);
      expect(only(results.vocabularies, 'Violation')).toEqual([]);
      const countries = new Set(atlas.regions.map((r) => r.country)).size;
      expect(countResults(results.recommended)).toEqual(expectedRecommended(countries));
      expect(countResults(results.vocabularies)).toEqual(expectedVocabularies);
    });
  }

  it('a site with no address: relative addresses resolve against the catalogue, and it conforms the same', async () => {
    const catalog = buildCatalog(atlases.content, ctx('/kb/'), 'en') as Node;
    const text = JSON.stringify(catalog);
    expect(text).not.toMatch(/localhost|\.invalid|"\/kb\//);
    expect(catalog['@id']).toBe('catalog.jsonld');
    const datasets = catalog['dcat:dataset'] as Node[];
    expect(datasets[0]!['@id']).toBe('./#practices');
    expect(datasets[0]!['dcat:landingPage']['@id']).toBe('../practices/');
    expect(datasets[0]!['dcat:distribution'][0]['dcat:downloadURL']['@id']).toBe('practices.json');
    expect(catalog['foaf:homepage']['@id']).toBe('../');

    // Read from wherever it is published, it names that site.
    const base = 'https://elsewhere.example.org/atlas/data/catalog.jsonld';
    const graph = await toGraph(catalog, base);
    const subjects = new Set(graph.getSubjects(null, null, null).map((s) => s.value));
    expect(subjects).toContain('https://elsewhere.example.org/atlas/data/practices.csv');
    expect(subjects).toContain('https://elsewhere.example.org/atlas/data/#themes');
    expect(await validate(graph, 'profile')).toEqual([]);
  });

  it('names the contact point only when one is configured, and the issued date when known', async () => {
    const without = buildCatalog(atlases.fixture, ctx(published, { contactEmail: undefined }), 'en');
    expect(JSON.stringify(without)).not.toContain('contactPoint');
    const results = await validateCatalog(without, catalogBase(published));
    expect(results.profile).toEqual([]);
    expect(countResults(results.recommended)['Warning contactPoint MinCount']).toBe(5);

    const dated = buildCatalog(atlases.fixture, ctx(published, { issued: '2025-01-20' }), 'en') as Node;
    expect(dated['dct:issued']).toEqual({ '@value': '2025-01-20', '@type': 'xsd:date' });
    expect(dated['dcat:dataset'][0]['dcat:contactPoint']['vcard:hasEmail']['@id']).toBe('mailto:data@atlas.example.eu');
    expect(countResults((await validateCatalog(dated, catalogBase(published))).recommended)['Warning issued MinCount']).toBeUndefined();
  });

  it('uses the EU vocabularies with their labels', () => {
    const catalog = buildCatalog(atlases.fixture, ctx(published), 'en') as Node;
    const dataset = catalog['dcat:dataset'][0] as Node;
    const [json, csv] = dataset['dcat:distribution'] as Node[];
    const eu = 'http://publications.europa.eu/resource/authority/';
    expect(dataset['dcat:theme']).toMatchObject({ '@id': `${eu}data-theme/GOVE`, 'skos:prefLabel': { '@value': 'Government and public sector' }, 'skos:inScheme': { '@id': `${eu}data-theme` } });
    expect(dataset['dct:language']).toMatchObject({ '@id': `${eu}language/ENG`, '@type': ['dct:LinguisticSystem', 'skos:Concept'], 'skos:prefLabel': { '@value': 'English' } });
    expect(dataset['dct:accessRights']['@id']).toBe(`${eu}access-right/PUBLIC`);
    expect(dataset['dct:license']).toMatchObject({ '@id': `${eu}licence/CC_BY_4_0`, 'foaf:page': { '@id': 'https://creativecommons.org/licenses/by/4.0/' } });
    expect(dataset['dct:spatial'].map((s: Node) => [s['@id'], s['skos:prefLabel']['@value']])).toEqual([[`${eu}country/GRC`, 'Greece'], [`${eu}country/ROU`, 'Romania']]);
    expect(json!['dct:format']['@id']).toBe(`${eu}file-type/JSON`);
    expect(csv!['dct:format']).toMatchObject({ '@id': `${eu}file-type/CSV`, '@type': ['dct:MediaTypeOrExtent', 'skos:Concept'] });
    expect(csv!['dcat:mediaType']).toEqual({ '@id': 'https://www.iana.org/assignments/media-types/text/csv', '@type': 'dct:MediaType' });
    expect(csv!['dcat:byteSize']['@type']).toBe('xsd:nonNegativeInteger');
    expect(catalog['dcat:themeTaxonomy']).toMatchObject({ '@id': `${eu}data-theme`, '@type': 'skos:ConceptScheme' });
    for (const d of catalog['dcat:dataset'] as Node[]) expect(d['dcat:keyword']?.length, d['dct:identifier']).toBeGreaterThan(0);
  });

  it('fails a deliberately broken copy: each kind of break is a violation', async () => {
    const good = () => JSON.parse(JSON.stringify(buildCatalog(atlases.fixture, ctx(published), 'en'))) as Node;
    const breaks: Record<string, (c: Node) => void> = {
      'untyped places (the issue\'s 68 × not a dct:Location)': (c) => {
        for (const place of [...c['dct:spatial'], ...c['dcat:dataset'].flatMap((d: Node) => d['dct:spatial'] ?? [])]) delete place['@type'];
      },
      'a licence that is not a dct:LicenseDocument': (c) => { c['dcat:dataset'][1]['dcat:distribution'][0]['dct:license'] = { '@id': 'https://creativecommons.org/licenses/by/4.0/' }; },
      'a theme without skos:prefLabel (the issue\'s data theme)': (c) => { for (const d of c['dcat:dataset']) delete d['dcat:theme']['skos:prefLabel']; },
      'a byte size as xsd:decimal': (c) => { c['dcat:dataset'][0]['dcat:distribution'][1]['dcat:byteSize']['@type'] = 'xsd:decimal'; },
      'a distribution without dcat:accessURL': (c) => { delete c['dcat:dataset'][3]['dcat:distribution'][0]['dcat:accessURL']; },
      'a dataset without dct:description': (c) => { delete c['dcat:dataset'][4]['dct:description']; },
      'a language outside the EU language authority': (c) => { c['dcat:dataset'][0]['dct:language'] = { '@id': 'http://id.loc.gov/vocabulary/iso639-2/eng', '@type': 'dct:LinguisticSystem' }; },
    };
    for (const [what, breakIt] of Object.entries(breaks)) {
      const broken = good();
      breakIt(broken);
      const results = await validateCatalog(broken, catalogBase(published));
      const violations = [...results.profile, ...results.vocabularies].filter((r) => r.severity === 'Violation');
      expect(violations.length, what).toBeGreaterThan(0);
    }
  });
});
