// Makes themes/portal/map/denmark.json, Denmark's outline for the portal's map, from world-atlas (ISC; the
// data is Natural Earth's, public domain): only Denmark (ISO 3166-1 numeric 208, without the Faroe Islands
// and Greenland), as a GeoJSON MultiPolygon with coordinates rounded to 3 decimals (about 100 m), so the page
// never loads the whole world. Run from the repository's top level after `npm install world-atlas@2.0.2
// topojson-client@3.1.0` in a scratch folder, naming that folder's node_modules:
//   node src/main/map/extract-denmark.mjs <scratch>/node_modules 10m > themes/portal/map/denmark.json
// DenmarkMapDataTest checks the result (Denmark alone, its extremes, its size).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const [modules, scale = '50m'] = process.argv.slice(2);
const require = createRequire(join(modules, 'noop.js'));
const { feature } = require('topojson-client');
const world = JSON.parse(readFileSync(join(modules, 'world-atlas', `countries-${scale}.json`), 'utf8'));
const denmark = world.objects.countries.geometries.filter((country) => country.id === '208');
if (denmark.length !== 1) {
  throw new Error(`Expected one Denmark (208) in countries-${scale}, found ${denmark.length}`);
}
const shape = feature(world, denmark[0]).geometry;
const round = (value) => Math.round(value * 1000) / 1000;
const polygons = (shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates).map((polygon) =>
  polygon.map((ring) => ring.map(([lon, lat]) => [round(lon), round(lat)])
    .filter((point, index, all) => index === 0 || point[0] !== all[index - 1][0] || point[1] !== all[index - 1][1])));
const outline = {
  type: 'Feature',
  id: '208',
  properties: {
    name: 'Denmark',
    source: `Natural Earth (public domain) via world-atlas 2.0.2 countries-${scale} (ISC)`,
  },
  geometry: { type: 'MultiPolygon', coordinates: polygons },
};
process.stdout.write(JSON.stringify(outline) + '\n');
