// The web form's one script, bundled by src/cms/bundle.ts from the npm package (never a CDN build,
// which fetches fonts and checks for updates elsewhere). It reads config.yml beside index.html.
import CMS from '@sveltia/cms';

CMS.init();
